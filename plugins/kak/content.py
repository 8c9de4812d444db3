"""What Köping–Arboga–Kungsör states about itself: facts, two local routes, links, figures.

From the final report of *Validering och praktiksamordning i KAK* (Köpings kommun, 2017-03-03;
docs/seeds.md, seed 001).
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
    title=_("Final report of the project Validering och praktiksamordning i KAK"),
    date="2017-03-03",
)
UNITS = ("jobbcenter-koping", "arbetsmarknadsenheten-arboga", "arbetsmarknadsenheten-kungsor")

PLACEMENT = LocalProcess(
    key="validering-pa-praktikplats",
    title=_("Validation at a work placement"),
    summary=_(
        "Skills are validated where the work is done, with a checklist the workplace has "
        "helped to write. Vocational and language validation often run side by side."
    ),
    audience=_(
        "Job seekers, people on long-term sick leave and SFI students in Köping, Arboga "
        "and Kungsör."
    ),
    steps=(
        ProcessStep(
            key="placement",
            title=_("A placement that fits"),
            kind=ProcessStepKind.PREPARATION,
            description=_(
                "The placement coordinator matches the person with a workplace, often "
                "through the business group's knowledge of local employers."
            ),
            actors=UNITS,
        ),
        ProcessStep(
            key="tailor-checklist",
            title=_("Tailor the checklist"),
            kind=ProcessStepKind.MAPPING,
            description=_(
                "The coordinator and the workplace's manager or supervisor go through the "
                "industry's checklist and rewrite it for the tasks at that workplace."
            ),
            actors=UNITS,
        ),
        ProcessStep(
            key="validate-at-work",
            title=_("Validation during the placement"),
            kind=ProcessStepKind.VALIDATION,
            description=_(
                "The supervisor follows the intern with the checklist, so that progress and "
                "what remains to learn are clear to all three."
            ),
            actors=UNITS,
        ),
        ProcessStep(
            key="documentation",
            title=_("Documentation and fresh references"),
            kind=ProcessStepKind.CREDENTIAL,
            description=_(
                "The person gets a written record of what they can do, for a thin CV, and "
                "a recent reference from the workplace."
            ),
        ),
        ProcessStep(
            key="job-seeking",
            title=_("Job seeking"),
            kind=ProcessStepKind.OUTCOME,
            description=_("With documentation and references, the person applies for work."),
        ),
    ),
    source=REPORT,
)
LANGUAGE_INTERNSHIP = LocalProcess(
    key="sprakpraktik",
    title=_("Language internship with SFI"),
    summary=_(
        "People in Arbetsförmedlingen's establishment programme and SFI students practise "
        "Swedish at a workplace, and their language is validated over time."
    ),
    audience=_("Newly arrived adults and SFI students in the KAK area."),
    steps=(
        ProcessStep(
            key="referral",
            title=_("Referral"),
            kind=ProcessStepKind.PREPARATION,
            description=_(
                "Case officers and SFI hand over names at the monthly meeting, or directly "
                "to the placement coordinator. Köping also takes interns from SFI Kungsör."
            ),
            actors=("arbetsformedlingen-kak", "komvux-koping", "komvux-kungsor"),
        ),
        ProcessStep(
            key="matching",
            title=_("Matching and placement"),
            kind=ProcessStepKind.SUPPORT,
            description=_(
                "Köpings kommun matches each intern with a workplace, places them and follows up."
            ),
            actors=("jobbcenter-koping",),
        ),
        ProcessStep(
            key="language-validation",
            title=_("Language validation"),
            kind=ProcessStepKind.VALIDATION,
            description=_(
                "KAK's own method: a language checklist made with SFI teachers measures how "
                "the intern's Swedish develops at the workplace over time; SFI teachers can "
                "use it when they grade."
            ),
        ),
    ),
    source=REPORT,
    language_support=True,
)

content = RegionContent(
    summary=_(
        "Köping, Arboga and Kungsör form one labour-market area. Their labour-market units "
        "validate skills at work placements with checklists tailored for each workplace, "
        "and validate Swedish together with SFI."
    ),
    area=_("Western Västmanland"),
    cooperation_bodies=(
        CooperationBody(
            name=_("The working group"),
            description=_(
                "Placement coordinators and SFI teachers of the three municipalities, "
                "Arbetsförmedlingen and Försäkringskassan; it met about once a month."
            ),
            members=("Köping", "Arboga", "Kungsör", "Arbetsförmedlingen", "Försäkringskassan"),
        ),
        CooperationBody(
            name=_("The business group"),
            description=_(
                "Placement coordinators and Arbetsförmedlingen's business contact discuss "
                "which placements and jobs are needed and which workplaces suit."
            ),
        ),
        CooperationBody(
            name="Industriföreningen i KAK",
            description=_("Local industry association that the cooperation works with."),
        ),
    ),
    contacts=(
        Contact(
            organisation="Jobbcenter, Köpings kommun",
            role=_("Work placements, validation and language internships in Köping"),
            url="https://www.koping.se",
        ),
        Contact(
            organisation=_("Labour-market unit (AME), Arboga"),
            role=_("Work trials and placements in Arboga"),
            url="https://www.arboga.se",
        ),
        Contact(
            organisation=_("Labour-market unit, Kungsör"),
            role=_("Work placements in Kungsör"),
            url="https://www.kungsor.se",
        ),
    ),
    sources=(REPORT,),
    section=read_section(Path(__file__).resolve().parent / "data" / "section.yaml"),
    processes=(PLACEMENT, LANGUAGE_INTERNSHIP),
    navigation=tuple(
        NavigationItem(
            title=name,
            url=url,
            description=_("Work placements, adult education and SFI in the municipality."),
        )
        for name, url in (
            ("Köpings kommun", "https://www.koping.se"),
            ("Arboga kommun", "https://www.arboga.se"),
            ("Kungsörs kommun", "https://www.kungsor.se"),
        )
    ),
    # The report gives approximate numbers.
)
