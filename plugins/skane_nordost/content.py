"""What Skåne Nordost states about itself: facts, its route to OCN validation, links, figures.

Facts and figures come from the final report of the project *KompetensValidering* (Osby kommun,
2021-11-30; docs/seeds.md, seed 000).
"""

from __future__ import annotations

from pathlib import Path

from django.utils.translation import gettext_lazy as _

from hub.plugins import (
    Contact,
    CooperationBody,
    LocalProcess,
    NavigationItem,
    ProcessStep,
    ProcessStepKind,
    RegionContent,
    SourceRef,
)
from hub.section_data import read_section

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
MUNICIPALITIES = {
    "Bromölla": "https://www.bromolla.se",
    "Hässleholm": "https://www.hassleholm.se",
    "Kristianstad": "https://www.kristianstad.se",
    "Osby": "https://www.osby.se",
    "Östra Göinge": "https://www.ostragoinge.se",
}

# "Our process for validation" as the cooperation defined it at the end of 2021.
ROUTE = LocalProcess(
    key="var-process-for-validering",
    title=_("Our process for validation"),
    summary=_(
        "The route runs while the person takes part in a municipal labour-market measure: a "
        "preparatory group, a work placement or a subsidised job such as an extratjänst. "
        "Validation is formative: learning, mapping and assessment over time."
    ),
    audience=_(
        "Adults registered at a municipal labour-market unit in Skåne Nordost who lack a "
        "completed upper-secondary education or documented skills."
    ),
    steps=(
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
            validation_models=(
                "ocn-lager",
                "ocn-yrkeskompetens-kok",
                "ocn-yrkeskompetens-utemiljo",
            ),
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
    ),
    source=REPORT,
)

content = RegionContent(
    summary=_(
        "Five municipalities in north-eastern Skåne validate what job seekers can do with the "
        "OCN method. A shared web course, the foundation course, prepares them first."
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
                "The managers of the municipal labour-market units. They work together across "
                "municipal borders and with Arbetsförmedlingen, Försäkringskassan, the region "
                "and employers."
            ),
            members=tuple(MUNICIPALITIES),
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
            for name, url in MUNICIPALITIES.items()
        ),
    ),
    sources=(REPORT,),
    section=read_section(Path(__file__).resolve().parent / "data" / "section.yaml"),
    processes=(ROUTE,),
    navigation=(
        NavigationItem(
            title=_("The foundation course (web course)"),
            url="https://basprogram.sfsno.se",
            description=_("Society, The labour market and At work, with a glossary."),
        ),
    ),
)
