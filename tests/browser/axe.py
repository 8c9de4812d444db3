"""Run axe-core (shipped inside axe-playwright-python, no network) on the page a tab shows."""

from __future__ import annotations

from axe_playwright_python.sync_playwright import Axe

# WCAG 2.1 level A and AA: what the public sector in Sweden must meet (DOS-lagen, EN 301 549).
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

_axe = Axe()


def violations(page: object, context: str | None = None) -> list[dict]:
    """Return axe-core's WCAG 2.1 A/AA violations on the page as it is now, or in the part
    of it that the CSS selector ``context`` names."""
    options = {"runOnly": {"type": "tag", "values": WCAG_21_AA}, "resultTypes": ["violations"]}
    return _axe.run(page, context=context, options=options).response["violations"]


def report(found: list[dict]) -> str:
    """Describe violations so a failing test says what to fix and where."""
    lines = []
    for violation in found:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"][:5]:
            lines.append(f"    {' '.join(node['target'])}: {node['failureSummary']}")
    return "\n".join(lines)
