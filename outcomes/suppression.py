"""Hide small counts of people wherever the public sees them, and what would give them away.

The rule (docs/outcomes.md):

1. *Primary*: a count of people from 1 to 4 is shown as "<5". Zero is shown: it tells nothing
   about a person.
2. *Secondary*: counts are shown in groups whose parts add up to a total that is also shown (a
   total and its women/men/other; a total and its exit statuses; a county and its
   municipalities). When exactly one part of a group is hidden, the total minus the others
   would give it back, so the smallest other part is hidden too (a zero only when no other is
   left). When the group's total is hidden, its parts are all hidden, as together they would
   add up to it. A table has margins both ways (municipalities by women and men, with the
   county's row and each municipality's total), so the rule is applied to every row and
   column until nothing more is hidden.

Only the public surfaces (pages, open-data CSV, API) pass values through here; the editors'
admin and its exports keep the values as entered, which is what makes them importable again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["HIDDEN", "SUPPRESSED", "THRESHOLD", "Cell", "suppress_table", "suppressed"]

THRESHOLD = 5
SUPPRESSED = "<5"
# A cell hidden by the secondary rule may be large: it is marked as SCB marks figures it
# withholds, so "<5" never claims a value it does not have.
HIDDEN = ".."


@dataclass(frozen=True)
class Cell:
    """A value as the public may see it: ``value`` is None when hidden."""

    value: int | None
    hidden: bool = False
    small: bool = False

    @property
    def display(self) -> str:
        """The value as text: "<5" when small, ".." when hidden to protect a small one."""
        if self.hidden:
            return SUPPRESSED if self.small else HIDDEN
        return "" if self.value is None else f"{self.value}"


def suppressed(value: int | None, *, applies: bool = True) -> bool:
    """Whether ``value`` alone must be hidden (a count of people from 1 to 4)."""
    return applies and value is not None and 0 < value < THRESHOLD


def _line(
    total: int | None, parts: list[int | None], hidden: list[bool], total_hidden: bool
) -> bool:
    """Apply the secondary rule to one line (a total and its parts); return whether it hid more."""
    if total_hidden:
        changed = [i for i, p in enumerate(parts) if p and not hidden[i]]
        for i in changed:
            hidden[i] = True
        return bool(changed)
    if total is None or sum(hidden) != 1:
        return False
    # The smallest other part, a zero only when no other is left (a zero would still add up).
    candidates = [(p == 0, p, i) for i, p in enumerate(parts) if not hidden[i] and p is not None]
    if not candidates:
        return False
    hidden[min(candidates)[2]] = True
    return True


def suppress_table(
    table: Sequence[Sequence[int | None]],
    groups: Sequence[Sequence[int]] | None = None,
    *,
    applies: bool = True,
) -> list[list[Cell]]:
    """Return the cells the public may see of a table with its margins.

    ``table[0]`` is the totals row and column 0 the totals column: each row's columns in a
    group of ``groups`` add up to its column 0 (women, men and other is one group; the exit
    statuses another), and each column's rows add up to its row 0 (a county and its
    municipalities). Without ``groups`` every other column is one group. The rule is applied
    to every row's groups and every column until nothing more is hidden.
    """
    values = [list(row) for row in table]
    if not applies or not values:
        return [[Cell(v) for v in row] for row in values]
    width = len(values[0])
    groups = [list(g) for g in groups] if groups is not None else [list(range(1, width))]
    hidden = [[suppressed(v) for v in row] for row in values]
    changed = True
    while changed:
        changed = False
        for r, row in enumerate(values):
            for group in groups:
                flags = [hidden[r][c] for c in group]
                changed |= _line(row[0], [row[c] for c in group], flags, hidden[r][0])
                for c, flag in zip(group, flags, strict=True):
                    hidden[r][c] = flag
        for c in range(width):
            flags = [hidden[r][c] for r in range(1, len(values))]
            column = [values[r][c] for r in range(1, len(values))]
            changed |= _line(values[0][c], column, flags, hidden[0][c])
            for r, flag in enumerate(flags, start=1):
                hidden[r][c] = flag
    return [
        [
            Cell(None, True, small=suppressed(v)) if h else Cell(v)
            for v, h in zip(row, hide, strict=True)
        ]
        for row, hide in zip(values, hidden, strict=True)
    ]
