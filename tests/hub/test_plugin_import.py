"""`manage.py plugin_import`: each plugin's own file format mapped into the registry, atomically.

A dry run (the default) reports what would happen and writes nothing; ``--commit`` writes all
rows or, if any row fails, none. Records belong to the plugin's region.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import translation

from branch_models.models import Actor, ChecklistTemplate, KomvuxOffer, Region
from hub.plugins.registry import get_registry

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = {
    "skane_nordost": (
        "komvux_kurskatalog_2027.csv",
        KomvuxOffer,
        5,
        ("Studieform", "Kväll"),
        None,
    ),
    "kak": (
        "valideringsunderlag_kak.csv",
        ChecklistTemplate,
        4,
        ("Bygger på", "Fordon"),
        "Senast ändrad",
    ),
    "kalmar": ("verkstader.csv", Actor, 5, ("Målgrupper", "NYINSKR"), "Antal deltagare"),
    "ostra_mellansverige": (
        "kartlaggning_komvux_validering.csv",
        Actor,
        6,
        ("Vägledning på", "dari"),
        "Kontaktperson finns",
    ),
}


def sample(slug: str) -> Path:
    return ROOT / "plugins" / slug / "fixtures" / SAMPLES[slug][0]


def run(*args: str) -> str:
    out = io.StringIO()
    with translation.override("en"):
        call_command("plugin_import", *args, stdout=out, stderr=out)
    return out.getvalue()


def run_failing(*args: str) -> tuple[str, str]:
    out = io.StringIO()
    with translation.override("en"), pytest.raises(CommandError) as failure:
        call_command("plugin_import", *args, stdout=out, stderr=out)
    return out.getvalue(), str(failure.value)


@pytest.mark.parametrize("slug", sorted(SAMPLES))
def test_dry_run_maps_the_sample_and_reports_unmapped_values(slug):
    _file, model, rows, (column, value), unused_column = SAMPLES[slug]
    before = model.objects.count()
    output = run(slug, str(sample(slug)))
    assert f"{rows} rows" in output
    assert f"created {rows}" in output
    assert f"unmapped value in {column}: {value!r}" in output
    assert "(imported with the default)" in output
    if unused_column:
        assert f"columns not used: {unused_column}" in output
    assert "Dry run: nothing written" in output
    assert model.objects.count() == before


@pytest.mark.parametrize("slug", sorted(SAMPLES))
def test_commit_writes_published_records_owned_by_the_region_with_history(slug):
    _file, model, rows, _unmapped, _unused = SAMPLES[slug]
    plugin = get_registry().get_plugin(slug)
    before = model.objects.count()
    output = run(slug, str(sample(slug)), "--commit", "--demo")
    assert "Written." in output
    created = model.objects.order_by("-pk")[:rows]
    assert model.objects.count() == before + rows
    for record in created:
        assert record.owner_region.code in plugin.region_codes
        assert record.live and record.is_demo
        assert record.latest_revision is not None
    again = run(slug, str(sample(slug)), "--commit", "--demo")
    assert f"unchanged {rows}" in again
    assert model.objects.count() == before + rows


def test_mapped_values_follow_the_local_vocabularies():
    run("skane_nordost", str(sample("skane_nordost")), "--commit")
    offer = KomvuxOffer.objects.get(slug="komvux-ostra-goinge-sno-27-104")
    assert (offer.municipality.code, offer.provider.slug) == ("1256", "komvux-ostra-goinge")
    assert (offer.level, offer.study_form) == ("sfi", "flexible")
    assert offer.start_dates == ["2027-01-11", "2027-03-08"]
    evening = KomvuxOffer.objects.get(course_code="SNO-27-103")
    assert evening.study_form == "on_site"
    assert set(evening.open_to.values_list("code", flat=True)) == set()
    warehouse = KomvuxOffer.objects.get(course_code="SNO-27-101")
    assert warehouse.open_to.count() == 5


def test_tailored_checklist_keeps_its_sections_and_national_template():
    run("kak", str(sample("kak")), "--commit")
    checklist = ChecklistTemplate.objects.get(workplace="skolrestaurang i Arboga kommun")
    assert checklist.based_on.slug == "valideringsunderlag-restaurang-och-kok"
    assert [section["title"] for section in checklist.sections] == [
        "Arbetsuppgifter",
        "Säkerhet och arbetsmiljö",
        "Samarbete och bemötande",
    ]
    assert "Kan läsa en enkel specialkostlista" in checklist.language_items
    assert checklist.owner_region.code == "19"


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_one_bad_row_writes_nothing_and_names_the_line(tmp_path):
    lines = sample("skane_nordost").read_text(encoding="utf-8-sig").splitlines()
    lines[2] = lines[2].replace("2027-01-18", "18/1 2027")
    bad = write(tmp_path, "bad.csv", "\n".join(lines) + "\n")
    before = KomvuxOffer.objects.count()
    output, failure = run_failing("skane_nordost", str(bad), "--commit")
    assert "line 3 [Kursstart]" in output
    assert "YYYY-MM-DD" in output
    assert "nothing was written" in failure
    assert KomvuxOffer.objects.count() == before


def test_unknown_code_without_default_refuses_the_row(tmp_path):
    text = sample("skane_nordost").read_text(encoding="utf-8-sig").replace(";GRUV;", ";GRSÄR;")
    output, _failure = run_failing("skane_nordost", str(write(tmp_path, "f.csv", text)))
    assert "unmapped value in Skolform: 'GRSÄR' on lines 6 (row refused)" in output
    assert "known values: GRUV, GYVUX, SFI, YV" in output


def test_row_outside_the_plugin_area_is_refused(tmp_path):
    text = (
        sample("kalmar")
        .read_text(encoding="utf-8")
        .replace("Verkstad Nybro,Nybro,", "Verkstad Nybro,Nybro/Kalmar,")
    )
    output, _failure = run_failing("kalmar", str(write(tmp_path, "f.csv", text)), "--commit")
    assert "line 6: Kalmar lie outside" in output


def test_record_owned_by_another_region_is_not_changed():
    Actor.objects.create(
        slug="komvux-vasteras",
        name="Komvux Västerås",
        kind="komvux",
        owner_region=Region.objects.get(code="12"),
    )
    output, _failure = run_failing("ostra_mellansverige", str(sample("ostra_mellansverige")))
    assert "belongs to Skåne" in output
    assert Actor.objects.get(slug="komvux-vasteras").owner_region.code == "12"


def join(user, group: str) -> None:
    user.groups.add(Group.objects.get(name=group))


def test_user_needs_the_right_to_publish_in_the_region():
    """Imports go through the registry's write path: publishing takes the region's editor."""
    user = get_user_model().objects.create_user("rua-kalmar", "r@example.org", "pw-12345!")
    args = ("kalmar", str(sample("kalmar")), "--commit", "--user", "rua-kalmar")
    output, _failure = run_failing(*args)
    assert "You may not create records owned by Kalmar County" in output
    join(user, "Skåne län – regionala redaktörer")
    join(user, "Kalmar län – regionala utvecklare")
    output, _failure = run_failing(*args)
    assert "You may not publish records owned by Kalmar County: that takes an editor." in output
    join(user, "Kalmar län – regionala redaktörer")
    assert "Written." in run(*args)
    actor = Actor.objects.get(slug="verkstad-verkstad-nybro")
    assert actor.live and actor.latest_revision.user == user


def test_wrong_encoding_and_missing_columns_are_explained(tmp_path):
    output, _failure = run_failing("skane_nordost", str(sample("kak")))
    assert "not encoded as utf-8-sig" in output
    other = write(tmp_path, "other.csv", "Namn;Kommun\nx;1290\n")
    output, _failure = run_failing("skane_nordost", str(other))
    assert "Columns Kurs-id, Benämning" in output
    assert "the file has: Namn, Kommun" in output


def test_unknown_plugin_is_named_with_the_enabled_ones():
    _output, failure = run_failing("narnia", "x.csv")
    assert "No enabled plugin 'narnia'" in failure
    assert "skane_nordost" in failure


def test_imported_records_are_edited_only_by_their_regions_editors(client):
    """A plugin's data is owned by its region: the registry's regional permissions apply."""
    from django.urls import reverse

    run("kalmar", str(sample("kalmar")), "--commit")
    actor = Actor.objects.get(slug="verkstad-verkstad-nybro")
    assert actor.owner_region.code == "08"
    edit = reverse("wagtailsnippets_branch_models_actor:edit", args=[actor.pk])
    users = get_user_model().objects
    outsider = users.create_user("redaktor-skane", "s@example.org", "pw-12345!")
    join(outsider, "Skåne län – regionala redaktörer")
    client.force_login(outsider)
    refused = client.get(edit)
    assert (refused.status_code, refused["Location"]) == (302, reverse("wagtailadmin_home"))
    owner = users.create_user("redaktor-kalmar", "k@example.org", "pw-12345!")
    join(owner, "Kalmar län – regionala redaktörer")
    client.force_login(owner)
    assert client.get(edit).status_code == 200


def test_plugin_import_writes_through_the_registrys_import_as_the_admin_does():
    """One writer: the record's history shows the same import entry as an admin file import,
    naming the user who imported."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import ModelLogEntry

    user = get_user_model().objects.create_user("red-kalmar", "k@example.org", "pw-12345!")
    join(user, "Kalmar län – regionala redaktörer")
    run("kalmar", str(sample("kalmar")), "--commit", "--user", "red-kalmar")
    actor = Actor.objects.get(slug="verkstad-verkstad-nybro")
    entries = ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(Actor), object_id=str(actor.pk)
    )
    entry = entries.get()
    assert (entry.action, entry.user, entry.data["created"]) == ("branch_models.import", user, True)
