"""What Skåne Nordost contributes: facts, its route to OCN validation, figures, pages.

Facts and figures come from the final report of the project *KompetensValidering* (Osby kommun,
2021-11-30; docs/seeds.md, seed 000).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from hub.plugins import (
    Contact,
    CooperationBody,
    LocalProcess,
    NavigationItem,
    PageSpec,
    ProcessStep,
    ProcessStepKind,
    RankAdjustment,
    RegionBlock,
    RegionFacts,
    RegionPlugin,
    RouteCandidate,
    RouteQuery,
    SourceRef,
    Statistic,
    default_region_facts,
    matching_candidates,
)
from plugins.skane_nordost.pages import SECTION

REPORT = SourceRef(
    title=_("Final report of the project KompetensValidering, Osby kommun"),
    date="2021-11-30",
)
LABOUR_MARKET_UNITS = (
    "arbetsmarknadsenheten-bromolla",
    "arbetsmarknadsenheten-hassleholm",
    "arbetsmarknadsenheten-kristianstad",
    "arbetsmarknadsenheten-osby",
    "arbetsmarknadsenheten-ostra-goinge",
)


def hub_describe_region(region: RegionPlugin) -> RegionFacts:
    """Describe the five municipalities' cooperation on validation."""
    municipalities = {
        "Bromölla": "https://www.bromolla.se",
        "Hässleholm": "https://www.hassleholm.se",
        "Kristianstad": "https://www.kristianstad.se",
        "Osby": "https://www.osby.se",
        "Östra Göinge": "https://www.ostragoinge.se",
    }
    return replace(
        default_region_facts(region),
        summary=_(
            "Five municipalities in north-eastern Skåne validate what job seekers can do with "
            "the OCN method. A shared web course, the foundation course, prepares them first."
        ),
        area=_("North-eastern Skåne"),
        cooperation_bodies=(
            CooperationBody(
                name="Samordningsförbundet Skåne Nordost",
                description=_(
                    "The financial coordination association (Finsam). It financed the project, "
                    "runs the foundation course and makes changes to it."
                ),
                url="https://www.sfsno.se",
            ),
            CooperationBody(
                name="Arbetsmarknadsgruppen",
                description=_(
                    "The managers of the municipal labour-market units. They work together "
                    "across municipal borders and with Arbetsförmedlingen, Försäkringskassan, "
                    "the region and employers."
                ),
                members=tuple(municipalities),
            ),
        ),
        contacts=(
            Contact(
                organisation="Samordningsförbundet Skåne Nordost",
                role=_("Questions about the foundation course, and errors in it"),
                url="https://www.sfsno.se",
            ),
            *(
                Contact(
                    organisation=_("Labour-market unit, %(municipality)s") % {"municipality": name},
                    role=_("Foundation course and OCN validation for residents"),
                    url=url,
                )
                for name, url in municipalities.items()
            ),
        ),
        sources=(REPORT,),
    )


def hub_seed_section() -> PageSpec:
    """Seed the section page and its pages on the foundation course and OCN validation."""
    return SECTION


def hub_describe_processes() -> list[LocalProcess]:
    """Describe "our process for validation" as the cooperation defined it at the end of 2021."""
    steps = (
        ProcessStep(
            key="foundation-course",
            title=_("The foundation course"),
            kind=ProcessStepKind.PREPARATION,
            description=_(
                "A web course in three parts: Society, The labour market and At work. A short "
                "test ends each section. A glossary and a translate button help readers with "
                "little Swedish. Staff at the labour-market unit go through it with the "
                "participant."
            ),
            actors=LABOUR_MARKET_UNITS,
            duration=_("Individual"),
        ),
        ProcessStep(
            key="ocn-vocational-validation",
            title=_("Vocational validation in the OCN system"),
            kind=ProcessStepKind.VALIDATION,
            description=_(
                "Trained assessors at the labour-market unit map, teach and assess the "
                "participant's skills against the tasks of a real job, for example in a "
                "warehouse, a kitchen or outdoor work. Internal quality assurers check the "
                "assessments. The general working-life modules are part of every programme."
            ),
            validation_models=("ocn-lager", "ocn-kompetenser-for-arbetslivet"),
            actors=LABOUR_MARKET_UNITS,
            duration=_("Individual; it depends on prior knowledge and language"),
        ),
        ProcessStep(
            key="competence-certificate",
            title=_("Competence certificate"),
            kind=ProcessStepKind.CREDENTIAL,
            description=_(
                "Whoever meets the requirements gets an OCN competence certificate that shows "
                "an employer what the person can do in a real job."
            ),
        ),
        ProcessStep(
            key="job-or-studies",
            title=_("A real job, or studies"),
            kind=ProcessStepKind.OUTCOME,
            description=_(
                "The goal is a job an employer fills because it is needed, not because it is "
                "subsidised, or regular studies, for example at Komvux."
            ),
        ),
    )
    return [
        LocalProcess(
            key="var-process-for-validering",
            title=_("Our process for validation"),
            summary=_(
                "The route runs while the person takes part in a municipal labour-market "
                "measure: a preparatory group, a work placement or a subsidised job such as an "
                "extratjänst. Validation is formative: learning, mapping and assessment over "
                "time."
            ),
            audience=_(
                "Adults registered at a municipal labour-market unit in Skåne Nordost who lack "
                "a completed upper-secondary education or documented skills."
            ),
            steps=steps,
            source=REPORT,
        )
    ]


def hub_add_navigation_items() -> list[NavigationItem]:
    """Link the foundation course itself."""
    return [
        NavigationItem(
            title=_("The foundation course (web course)"),
            url="https://basprogram.sfsno.se",
            description=_("Society, The labour market and At work, with a glossary."),
        )
    ]


def hub_report_statistics() -> list[Statistic]:
    """Report the project's figures from its final report."""
    period = _("December 2018 – November 2021")
    figures = (
        ("ocn_registered", _("Registered in the OCN system"), 227, period),
        ("ocn_certificates", _("OCN competence certificates issued"), 117, period),
        (
            "preparatory_participants",
            _("Took part in preparatory groups with OCN content"),
            410,
            _("September 2020 – November 2021"),
        ),
        ("assessors_trained", _("Assessors trained (about)"), 40, _("by spring 2019")),
    )
    return [
        Statistic(key, label, value, period=when, source=REPORT.title)
        for key, label, value, when in figures
    ]


@dataclass(frozen=True)
class Cycle:
    """A half-year validation cycle: 1 January – 30 June or 1 July – 31 December."""

    start: date
    end: date


def current_cycle(today: date) -> tuple[Cycle, date]:
    """Return the cycle that contains ``today`` and the start of the next one."""
    if today.month <= 6:
        return Cycle(date(today.year, 1, 1), date(today.year, 6, 30)), date(today.year, 7, 1)
    return Cycle(date(today.year, 7, 1), date(today.year, 12, 31)), date(today.year + 1, 1, 1)


def hub_add_section_blocks(request: HttpRequest | None) -> list[RegionBlock]:
    """Show the current half-year cycle of OCN validation."""
    cycle, next_start = current_cycle(timezone.localdate())
    return [
        RegionBlock(
            title=_("Validation in half-year cycles"),
            template="skane_nordost/cycle_block.html",
            context={"cycle": cycle, "next_start": next_start},
        )
    ]


def hub_adjust_route_ranking(
    query: RouteQuery, candidates: Sequence[RouteCandidate]
) -> list[RankAdjustment]:
    """Favour OCN routes for people in the five municipalities, where every unit offers OCN."""
    from plugins.skane_nordost.apps import SkaneNordostPlugin

    if query.municipality_code not in SkaneNordostPlugin.municipality_codes:
        return []
    return [
        RankAdjustment(
            candidate=candidate.key,
            delta=0.5,
            reason=_(
                "In Skåne Nordost the municipal labour-market unit validates with OCN, after "
                "the foundation course."
            ),
        )
        for candidate in matching_candidates(candidates, method_family="ocn")
    ]
