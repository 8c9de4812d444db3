"""What the public statistics show, computed once from published values and already suppressed.

Every public figure for an indicator, a county and a half-year comes from one table
(``cycle_table``): the county's places (municipalities, workshops) as rows under the county's
total row, and the total, gender and exit-status columns. Suppression runs over that whole
table (``outcomes.suppression``), and the county view, the municipality view, the series, the
comparison, the open-data file and the API all read their cells from it, so no two surfaces
show a figure one of them hides.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from django.db.models import QuerySet
from django.utils.translation import gettext as _

from branch_models.models import Municipality, Region
from outcomes.models import ExitStatus, Gender, HalfYear, HalfYearPlan, Indicator, IndicatorValue
from outcomes.suppression import Cell, suppress_table

__all__ = [
    "Column",
    "CycleTable",
    "Place",
    "PlanProgress",
    "ReportedFigure",
    "counties_with_values",
    "cycle_table",
    "cycles_of",
    "half_year_indicators",
    "plan_progress",
    "public_values",
    "published_plans",
    "reported_figures",
    "shown_plans",
]


@dataclass(frozen=True)
class Column:
    """A column of a table: the total, a gender or an exit status."""

    dimension: str
    key: str
    label: str


@dataclass(frozen=True)
class Place:
    """A row of a table: a municipality, a workshop or the county as a whole."""

    key: str
    label: str
    municipality_code: str = ""


@dataclass
class CycleTable:
    """An indicator's suppressed cells for a county and a half-year (row 0: the county)."""

    indicator: Indicator
    region: Region
    cycle: HalfYear
    columns: list[Column]
    places: list[Place]
    cells: list[list[Cell]] = field(default_factory=list)

    @property
    def total(self) -> Cell:
        """The county's total."""
        return self.cells[0][0]

    def row(self, place_key: str) -> list[Cell] | None:
        """A place's cells, or None when the place has no value in this cycle."""
        for index, place in enumerate(self.places, start=1):
            if place.key == place_key:
                return self.cells[index]
        return None

    def breakdown(self, dimension: str, row: list[Cell] | None = None) -> list[tuple[Column, Cell]]:
        """The cells of one dimension (gender or exit status) of a row (default: the county)."""
        row = self.cells[0] if row is None else row
        return [(c, row[i]) for i, c in enumerate(self.columns) if c.dimension == dimension]

    @property
    def place_rows(self) -> list[tuple[Place, Cell]]:
        """Each place with its total, in name order."""
        return [(p, self.cells[i][0]) for i, p in enumerate(self.places, start=1)]


@dataclass(frozen=True)
class ReportedFigure:
    """A figure reported for a longer period (a project's), with its breakdown and source."""

    indicator: Indicator
    region_code: str
    place: str
    period_start: date
    period_end: date
    programme: str
    note: str
    source: str
    source_url: str
    is_demo: bool
    total: Cell
    breakdown: list[tuple[str, Cell]]


def public_values() -> QuerySet[IndicatorValue]:
    """Published values only: drafts never reach the public."""
    return IndicatorValue.objects.public().select_related(
        "indicator", "municipality", "owner_region"
    )


def _half_year_values(indicator: Indicator) -> list[IndicatorValue]:
    values = public_values().filter(indicator=indicator)
    return [v for v in values if v.cycle is not None]


def half_year_indicators() -> list[Indicator]:
    """Indicators with at least one published half-year value."""
    keys = {v.indicator_id for v in public_values() if v.cycle is not None}
    return [i for i in Indicator.objects.all() if i.pk in keys]


def cycles_of(indicator: Indicator, region: Region | None = None) -> list[HalfYear]:
    """The half-years with published values of ``indicator`` (in ``region``), oldest first."""
    values = _half_year_values(indicator)
    if region is not None:
        values = [v for v in values if v.owner_region_id == region.pk]
    return sorted({v.cycle for v in values if v.cycle is not None})


def counties_with_values(indicator: Indicator) -> list[Region]:
    """The counties with published half-year values of ``indicator``."""
    ids = {v.owner_region_id for v in _half_year_values(indicator)}
    return list(Region.objects.filter(pk__in=ids).order_by("name"))


def _columns(indicator: Indicator) -> list[Column]:
    columns = [Column("total", "all", _("Total"))]
    if indicator.by_gender:
        columns += [Column("gender", g.value, str(g.label)) for g in Gender if g != Gender.ALL]
    if indicator.by_exit_status:
        columns += [
            Column("exit_status", s.value, str(s.label)) for s in ExitStatus if s != ExitStatus.ALL
        ]
    return columns


def _place(value: IndicatorValue) -> Place:
    if value.workshop:
        code = value.municipality.code if value.municipality_id else ""
        return Place(f"w:{value.workshop}", value.workshop, code)
    if value.municipality_id:
        return Place(
            f"m:{value.municipality.code}", value.municipality.name, value.municipality.code
        )
    return Place(f"r:{value.owner_region.code}", _("The county as a whole"))


def cycle_table(indicator: Indicator, region: Region, cycle: HalfYear) -> CycleTable:
    """Build the suppressed table of ``indicator`` for a county and a half-year."""
    columns = _columns(indicator)
    index = {(c.dimension, c.key): i for i, c in enumerate(columns)}
    values = public_values().filter(
        indicator=indicator,
        owner_region=region,
        period_start=cycle.start,
        period_end=cycle.end,
    )
    sums: dict[Place, list[int | None]] = defaultdict(lambda: [None] * len(columns))
    for value in values:
        if value.gender != Gender.ALL and value.exit_status != ExitStatus.ALL:
            continue  # cross-tabulated cells are kept for editors, not published
        if value.gender != Gender.ALL:
            column = index.get(("gender", value.gender))
        elif value.exit_status != ExitStatus.ALL:
            column = index.get(("exit_status", value.exit_status))
        else:
            column = 0
        if column is None:
            continue
        row = sums[_place(value)]
        row[column] = (row[column] or 0) + value.value
    places = sorted(sums, key=lambda p: p.label)
    total_row: list[int | None] = [
        sum(v for v in column if v is not None) if any(v is not None for v in column) else None
        for column in zip(*(sums[p] for p in places), strict=True)
    ] or [None] * len(columns)
    groups = [
        [i for i, c in enumerate(columns) if c.dimension == d] for d in ("gender", "exit_status")
    ]
    table = CycleTable(indicator, region, cycle, columns, places)
    table.cells = suppress_table(
        [total_row, *(sums[p] for p in places)],
        [g for g in groups if g],
        applies=indicator.suppressed,
    )
    return table


def reported_figures(region: Region | None = None) -> list[ReportedFigure]:
    """Published figures for periods other than a half-year (the seeds' project figures)."""
    values = [v for v in public_values() if v.cycle is None]
    if region is not None:
        values = [v for v in values if v.owner_region_id == region.pk]
    grouped: dict[tuple, list[IndicatorValue]] = defaultdict(list)
    for value in values:
        key = (
            value.indicator_id,
            _place(value),
            value.period_start,
            value.period_end,
            value.programme,
        )
        grouped[key].append(value)
    figures = []
    for (_indicator, place, start, end, programme), group in grouped.items():
        indicator = group[0].indicator
        columns = _columns(indicator)
        row: list[int | None] = [None] * len(columns)
        notes = {"total": group[0]}
        for value in group:
            if value.gender == Gender.ALL and value.exit_status == ExitStatus.ALL:
                row[0] = value.value
                notes["total"] = value
                continue
            for i, column in enumerate(columns):
                if (column.dimension, column.key) in (
                    ("gender", value.gender),
                    ("exit_status", value.exit_status),
                ) and not (value.gender != Gender.ALL and value.exit_status != ExitStatus.ALL):
                    row[i] = value.value
        groups = [
            [i for i, c in enumerate(columns) if c.dimension == d]
            for d in ("gender", "exit_status")
        ]
        cells = suppress_table([row], [g for g in groups if g], applies=indicator.suppressed)[0]
        first = notes["total"]
        figures.append(
            ReportedFigure(
                indicator=indicator,
                region_code=first.owner_region.code,
                place=place.label,
                period_start=start,
                period_end=end,
                programme=programme,
                note=first.note,
                source=first.source,
                source_url=first.source_url,
                is_demo=first.is_demo,
                total=cells[0],
                breakdown=[
                    (c.label, cells[i]) for i, c in enumerate(columns) if i and row[i] is not None
                ],
            )
        )
    figures.sort(key=lambda f: (f.indicator.sort_order, f.place, f.period_start))
    return figures


def published_plans(
    region: Region | None = None, municipality: Municipality | None = None
) -> QuerySet[HalfYearPlan]:
    """Published plans and reports, newest cycle first."""
    plans = HalfYearPlan.objects.public().select_related("municipality", "owner_region")
    if region is not None:
        plans = plans.filter(owner_region=region)
    if municipality is not None:
        plans = plans.filter(municipality=municipality)
    return plans


def shown_plans(plans: QuerySet[HalfYearPlan]) -> list[HalfYearPlan]:
    """Give each plan ``planned_display`` and ``done_display``, suppressed as in its county.

    A plan's numbers are suppressed with all published plans of its county and cycle (the
    table ``plan_progress`` shows), so a list of one municipality hides what the county's
    total would give away.
    """
    plans = list(plans)
    for region_id, cycle in {(p.owner_region_id, p.cycle) for p in plans}:
        group = sorted(
            HalfYearPlan.objects.public().filter(
                owner_region_id=region_id, year=cycle.year, half=cycle.half
            ),
            key=lambda p: p.municipality_id,
        )
        cells = _plan_cells(group)
        by_id = {p.pk: cells[i] for i, p in enumerate(group, start=1)}
        for plan in plans:
            if plan.owner_region_id == region_id and plan.cycle == cycle:
                plan.planned_display = by_id[plan.pk][0].display
                plan.done_display = by_id[plan.pk][1].display
    return plans


def _plan_cells(group: list[HalfYearPlan]) -> list[list[Cell]]:
    """Suppress planned and done validations of one county's cycle (row 0: the county).

    Planned and done are not parts of one total: only the columns (municipalities adding up
    to the county) are groups.
    """
    rows = [[p.planned_validations, p.completed_validations] for p in group]
    reported = [r[1] for r in rows if r[1] is not None]
    total = [sum(r[0] for r in rows), sum(reported) if reported else None]
    return suppress_table([total, *rows], [])


@dataclass(frozen=True)
class PlanProgress:
    """A county's (or a municipality's) planned and done validations in a cycle."""

    cycle: HalfYear
    planned: Cell
    done: Cell
    reports: int
    plans: int


def plan_progress(region: Region, municipality: Municipality | None = None) -> list[PlanProgress]:
    """Planned against done validations per cycle, from published plans and reports.

    The county's figures are sums over its municipalities, suppressed with them: a
    municipality's small plan is hidden, and so is what would give it away.
    """
    plans = list(published_plans(region))
    by_cycle: dict[HalfYear, list[HalfYearPlan]] = defaultdict(list)
    for plan in plans:
        by_cycle[plan.cycle].append(plan)
    progress = []
    for cycle in sorted(by_cycle):
        group = sorted(by_cycle[cycle], key=lambda p: p.municipality_id)
        cells = _plan_cells(group)
        reported = [p for p in group if p.reported]
        if municipality is not None:
            index = next(
                (i for i, p in enumerate(group, 1) if p.municipality_id == municipality.pk), None
            )
            if index is None:
                continue
            row, count = cells[index], 1
        else:
            row, count = cells[0], len(group)
        progress.append(PlanProgress(cycle, row[0], row[1], reports=len(reported), plans=count))
    return progress
