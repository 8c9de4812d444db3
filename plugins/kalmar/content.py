"""What Kalmar län states about itself: facts, how its methods fit together, links, figures.

From Ramboll's final evaluation of *Samverkan leder till arbete* (autumn 2017 – autumn 2020;
docs/seeds.md, seed 004). The evaluation lays down no fixed route for a participant, and the
route below says so.
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

EVALUATION = SourceRef(
    title=_("Ramboll's final evaluation of Samverkan leder till arbete"),
    date="2020",
)
OCN_MODULES = (
    "ocn-kompetenser-for-arbetslivet",
    "ocn-butikshandel",
    "ocn-atervinningscentral",
    "ocn-disk-kafe",
    "ocn-hygienarbete-kok",
    "ocn-arbetsmiljo-sakerhet",
)
# Workshops that bought or already had the OCN tool: Västervik, Torsås, Emmaboda, Nybro.
OCN_MUNICIPALITIES = ("0883", "0834", "0862", "0881")
# Host municipality's labour-market unit -> workshop.
WORKSHOPS = {
    "arbetsmarknadsenheten-vastervik": "Västervik",
    "arbetsmarknadsenheten-oskarshamn": "OHM (Oskarshamn, Högsby, Mönsterås)",
    "arbetsmarknadsenheten-morbylanga": "Mörbylånga",
    "arbetsmarknadsenheten-emmaboda": "ET (Emmaboda, Torsås)",
    "arbetsmarknadsenheten-nybro": "Nybro",
}


WORKSHOP_ROUTE = LocalProcess(
    key="verkstad",
    title=_("Through a local workshop"),
    summary=_(
        "The project laid down no fixed order. This is how its parts fit together for a "
        "participant; each workshop chose its own target groups and methods."
    ),
    audience=_(
        "Young people aged 18–24, newly arrived, long-term unemployed, people whose "
        "disability reduces their capacity to work, and people on sick leave."
    ),
    steps=(
        ProcessStep(
            key="workshop",
            title=_("The local workshop"),
            kind=ProcessStepKind.PREPARATION,
            description=_(
                "Participants come from the municipality's labour-market work. The workshop "
                "leader offers coaching, guidance, work placements and counselling."
            ),
            actors=tuple(WORKSHOPS),
        ),
        ProcessStep(
            key="support",
            title=_("Support for the whole person"),
            kind=ProcessStepKind.SUPPORT,
            description=_(
                "Theme meetings with the mobile team and the life wheel make the person's "
                "situation and the support they need visible."
            ),
        ),
        ProcessStep(
            key="ocn",
            title=_("Validation with the OCN tool"),
            kind=ProcessStepKind.VALIDATION,
            description=_(
                "Where the workshop has the OCN tool (Västervik, Torsås, Emmaboda, Nybro): "
                "modules on general working-life skills or on an occupation, such as retail, "
                "recycling centre, dishwashing and café, or kitchen hygiene."
            ),
            validation_models=OCN_MODULES,
        ),
        ProcessStep(
            key="certificate",
            title=_("Competence certificate"),
            kind=ProcessStepKind.CREDENTIAL,
            description=_("An OCN competence certificate for the modules passed."),
        ),
        ProcessStep(
            key="job-seeker-pilot",
            title=_("Matching with the job-seeker pilot"),
            kind=ProcessStepKind.OUTCOME,
            description=_(
                "The workshop leader or job-seeker pilot finds a placement or job, helps "
                "the employer with the paperwork and visits the workplace after the start. "
                "Participants leave for work, studies, their own business, an "
                "apprenticeship or a placement."
            ),
        ),
    ),
    source=EVALUATION,
)
RESOURCE_REQUEST = LocalProcess(
    key="forfragan-om-resurs",
    title=_("Resource request"),
    summary=_(
        "A municipality asks the regional coordinator for an activity it cannot provide "
        "alone, such as a theme meeting with an expert."
    ),
    audience=_("Staff of the municipal labour-market units."),
    steps=(
        ProcessStep(
            key="request",
            title=_("The municipality fills in the form"),
            kind=ProcessStepKind.SUPPORT,
            description=_("Which effort is needed, in what scope and for which persons."),
        ),
        ProcessStep(
            key="organise",
            title=_("The coordinator organises it"),
            kind=ProcessStepKind.SUPPORT,
            description=_(
                "Often an external actor, for example from an authority, or a colleague "
                "from another municipality holds the activity."
            ),
            actors=("kommunforbundet-kalmar-lan",),
        ),
    ),
    source=EVALUATION,
)

content = RegionContent(
    summary=_(
        "Eight municipalities in Kalmar län, with Kommunförbundet Kalmar län, ran five "
        "local workshops that coach people towards work, and tried OCN validation, the "
        "job-seeker pilot and shared resources across municipal borders."
    ),
    area=_("Kalmar län (eight of its twelve municipalities)"),
    cooperation_bodies=(
        CooperationBody(
            name=_("The strategic management group"),
            description=_(
                "The municipalities with Arbetsförmedlingen, Företagarna, "
                "Försäkringskassan and Samordningsförbundet."
            ),
            members=(
                "Kommunförbundet Kalmar län",
                "Arbetsförmedlingen",
                "Företagarna",
                "Försäkringskassan",
                "Samordningsförbundet",
            ),
        ),
        CooperationBody(
            name=_("Workshop leaders' network"),
            description=_(
                "The workshop leaders meet regularly and share methods such as the "
                "job-seeker pilot."
            ),
            members=tuple(WORKSHOPS.values()),
        ),
        CooperationBody(
            name=_("The mobile team"),
            description=_(
                "Theme meetings for participants and staff on health, ergonomics, working "
                "in a group and other subjects that focus groups chose."
            ),
        ),
    ),
    contacts=(
        Contact(
            organisation="Kommunförbundet Kalmar län",
            role=_("Regional coordination and resource requests"),
            url="https://www.kfkl.se",
        ),
    ),
    sources=(EVALUATION,),
    section=read_section(Path(__file__).resolve().parent / "data" / "section.yaml"),
    processes=(WORKSHOP_ROUTE, RESOURCE_REQUEST),
    navigation=(
        NavigationItem(
            title="Kommunförbundet Kalmar län",
            url="https://www.kfkl.se",
            description=_("Regional coordination of the municipalities' labour-market work."),
        ),
    ),
)
