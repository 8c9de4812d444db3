"""docs/plugins.md documents every hook of hub/plugins/hookspecs.py: its signature and an example.

The guide is what a region's developer reads first; a hook added, renamed or changed in the
specs without the guide following would send them the wrong way.
"""

from __future__ import annotations

import ast
import inspect
import re
from pathlib import Path

import pytest

from hub.plugins import hookspecs

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "plugins.md"
SPECS = sorted(name for name in hookspecs.__all__ if name.startswith("hub_"))
HEADING = re.compile(r"^### `(hub_\w+)(\(.*)`( \(firstresult\))?$", re.MULTILINE)
CODE = re.compile(r"```python\n(.*?)```", re.DOTALL)


def sections() -> dict[str, tuple[str, bool, str]]:
    """Each hook's documented signature, firstresult flag and section text, by hook name."""
    text = GUIDE.read_text(encoding="utf-8")
    headings = list(HEADING.finditer(text))
    found = {}
    for heading, following in zip(headings, [*headings[1:], None], strict=True):
        end = following.start() if following else text.find("\n## ", heading.end())
        found[heading.group(1)] = (
            heading.group(2),
            bool(heading.group(3)),
            text[heading.end() : end],
        )
    return found


def signature(name: str) -> str:
    return str(inspect.signature(getattr(hookspecs, name))).replace("'", "")


def test_every_hook_and_only_hooks_are_documented():
    assert sorted(sections()) == SPECS


@pytest.mark.parametrize("name", SPECS)
def test_hook_is_documented_with_its_signature_and_an_example(name):
    documented, firstresult, body = sections()[name]
    assert documented == signature(name)
    assert firstresult == getattr(hookspecs, name).hub_spec["firstresult"]
    implementations = [
        node
        for block in CODE.findall(body)
        for node in ast.walk(ast.parse(block))
        if isinstance(node, ast.FunctionDef) and node.name == name
    ]
    assert implementations, f"the section on {name} has no example implementing it"
    spec_arguments = set(inspect.signature(getattr(hookspecs, name)).parameters)
    for example in implementations:
        assert {argument.arg for argument in example.args.args} <= spec_arguments
