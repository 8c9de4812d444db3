"""What Östra Mellansverige states about itself: facts, two validation routes, links, figures.

From the project description *Regionala strukturer för validering i Östra Mellansverige*
(Dnr 22RS8988, 2022; docs/seeds.md, seed 003). The project builds structures rather than a
participant's route, so its routes are the two kinds of validation it works to improve:
validation in Komvux and industry validation with complementary training.
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

PROJECT = SourceRef(
    title=_("Regionala strukturer för validering i Östra Mellansverige, project description"),
    date="2022-11-14",
)
REGIONS = {
    "Region Västmanland": "https://www.regionvastmanland.se",
    "Region Sörmland": "https://www.regionsormland.se",
    "Region Uppsala": "https://www.regionuppsala.se",
    "Region Örebro län": "https://www.regionorebrolan.se",
    "Region Östergötland": "https://www.regionostergotland.se",
}


KOMVUX_VALIDATION = LocalProcess(
    key="validering-inom-komvux",
    title=_("Validation in Komvux"),
    summary=_(
        "Komvux validates against course syllabi. The five regions work for a shared view "
        "and equal quality, first in a few industries with a shortage of workers."
    ),
    audience=_("Adults who want their knowledge recognised as grades."),
    steps=(
        ProcessStep(
            key="guidance",
            title=_("Guidance and mapping"),
            kind=ProcessStepKind.MAPPING,
            description=_(
                "A study and career counsellor maps what the person knows and which "
                "courses it matches."
            ),
        ),
        ProcessStep(
            key="assessment",
            title=_("Assessment against the syllabus"),
            kind=ProcessStepKind.VALIDATION,
            description=_("A teacher assesses the knowledge in theory and practice."),
            validation_models=("komvux-validering-kursplan",),
        ),
        ProcessStep(
            key="complement",
            title=_("Complementary studies"),
            kind=ProcessStepKind.COMPLEMENTARY_TRAINING,
            description=_("What is missing can be studied at Komvux or in vocational Komvux."),
        ),
        ProcessStep(
            key="grades",
            title=_("Grades"),
            kind=ProcessStepKind.CREDENTIAL,
            description=_("Validated knowledge is documented as grades or a certificate."),
        ),
    ),
    source=PROJECT,
)
INDUSTRY_VALIDATION = LocalProcess(
    key="branschvalidering",
    title=_("Industry validation with complementary training"),
    summary=_(
        "Industries' own validation models are used too little. The project links them with "
        "complementary training in vocational Komvux, and makes them known to employers."
    ),
    audience=_("People with work experience in an occupation an industry model covers."),
    steps=(
        ProcessStep(
            key="mapping",
            title=_("Mapping"),
            kind=ProcessStepKind.MAPPING,
            description=_("The industry's validator maps the person's experience."),
        ),
        ProcessStep(
            key="industry-validation",
            title=_("Industry validation"),
            kind=ProcessStepKind.VALIDATION,
            description=_(
                "Assessment against the industry's own standard, in theory and practice."
            ),
        ),
        ProcessStep(
            key="vocational-komvux",
            title=_("Complementary training in vocational Komvux"),
            kind=ProcessStepKind.COMPLEMENTARY_TRAINING,
            description=_("Flexible training for the parts that are missing."),
        ),
        ProcessStep(
            key="industry-certificate",
            title=_("The industry's certificate"),
            kind=ProcessStepKind.CREDENTIAL,
            description=_("A certificate or trade certificate employers in the industry know."),
        ),
    ),
    source=PROJECT,
)

content = RegionContent(
    summary=_(
        "Five regions build lasting regional structures for validation together, so that "
        "more people get their skills validated and employers find the skills they need."
    ),
    area=_("Västmanland, Sörmland, Uppsala, Örebro and Östergötland counties"),
    cooperation_bodies=(
        CooperationBody(
            name=_("Steering group"),
            description=_(
                "Chaired by Region Västmanland, with a representative with a mandate from "
                "each region; it decides and follows up goals, effects and sustainability."
            ),
            members=tuple(REGIONS),
        ),
        CooperationBody(
            name=_("Project group"),
            description=_(
                "The main project lead, a sub-project leader per region and a communicator; "
                "it runs thematic working groups and is followed by procured process "
                "support."
            ),
        ),
    ),
    contacts=tuple(
        Contact(organisation=name, role=_("Regional development"), url=url)
        for name, url in REGIONS.items()
    ),
    sources=(PROJECT,),
    section=read_section(Path(__file__).resolve().parent / "data" / "section.yaml"),
    processes=(KOMVUX_VALIDATION, INDUSTRY_VALIDATION),
    # The national bodies behind the regions' validation work.
    navigation=(
        NavigationItem(
            title="Tillväxtverket",
            url="https://tillvaxtverket.se",
            description=_("Funds the regions' work on validation structures."),
        ),
        NavigationItem(
            title="Myndigheten för yrkeshögskolan",
            url="https://www.myh.se",
            description=_("Coordinates validation nationally, with the industries."),
        ),
    ),
    # The project's budget and financing.
)
