"""Read a YAML (or JSON) data file and validate it against a schema, naming file and line on error.

Demo pages, lessons, glossary terms and plugin content are data, kept in files editors can
read. Every such file goes through ``read_data_file``: YAML's own syntax errors and the
schema's (a pydantic model) come back as one ``DataFileError`` that says where, e.g.
``communication/demo/data/glossary.yaml:12: terms.3.sv.term: Field required``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

__all__ = ["DataFileError", "read_data_file"]

Schema = TypeVar("Schema", bound=BaseModel)


class DataFileError(ValueError):
    """A data file that cannot be read or does not match its schema; the message says where."""


def _line(node: yaml.Node | None, loc: tuple[int | str, ...]) -> int:
    """The 1-based line of the value at ``loc``, or of the nearest enclosing value found."""
    if node is None:
        return 1
    for part in loc:
        child = None
        if isinstance(node, yaml.MappingNode):
            child = next((value for key, value in node.value if key.value == str(part)), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            child = node.value[part] if part < len(node.value) else None
        if child is not None:
            node = child
    return node.start_mark.line + 1


def _where(loc: tuple[int | str, ...]) -> str:
    """Where in the file's structure, e.g. ``content.en.title: ``; nothing for the whole file."""
    return ".".join(str(part) for part in loc) + ": " if loc else ""


def read_data_file(path: Path, schema: type[Schema]) -> Schema:
    """Load ``path`` and validate it with ``schema``; raise ``DataFileError`` naming the line."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataFileError(f"{path}: {exc.strerror}") from exc
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        data: Any = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        raise DataFileError(f"{path}:{line}: {exc.problem or exc.context}") from exc
    finally:
        loader.dispose()
    try:
        return schema.model_validate(data)
    except ValidationError as exc:
        problems = [
            f"{path}:{_line(node, error['loc'])}: {_where(error['loc'])}{error['msg']}"
            for error in exc.errors()
        ]
        raise DataFileError("\n".join(problems)) from exc
