"""schema.org JSON-LD in the registry pages: parseable, complete, safe, published data only."""

from __future__ import annotations

import pytest
from django.test import Client

from branch_models.models import Actor, Credential, KomvuxOffer, ValidationModel
from tests.branch_models.pages import get_page, json_ld

pytestmark = pytest.mark.django_db


def test_credential_is_an_educational_occupational_credential(client: Client) -> None:
    credential = Credential.objects.get(slug="yrkesbevis-trarbetare")
    data = json_ld(get_page(client, "/intyg/yrkesbevis-trarbetare/"))
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "EducationalOccupationalCredential"
    assert data["name"] == credential.name
    assert data["url"] == "http://testserver/intyg/yrkesbevis-trarbetare/"
    assert data["description"] == credential.summary_easy
    assert data["credentialCategory"]["name"] == "Yrkesbevis"
    assert data["credentialCategory"]["termCode"] == "trade_certificate"
    issuer = data["recognizedBy"]
    assert issuer["@type"] == "Organization"
    assert issuer["name"] == credential.issuer.name
    assert issuer["url"] == credential.issuer.website
    assert [c["name"] for c in data["competencyRequired"]] == credential.can_do
    assert data["educationalLevel"]["termCode"] == "4"
    assert data["educationalLevel"]["inDefinedTermSet"]["name"] == "SeQF"


def test_credential_without_level_has_no_educational_level(client: Client) -> None:
    data = json_ld(get_page(client, "/intyg/iw-diplom/"))
    assert "educationalLevel" not in data


def test_english_page_gives_the_english_name_and_keeps_the_swedish_one(client: Client) -> None:
    credential = Credential.objects.get(slug="yrkesbevis-trarbetare")
    data = json_ld(get_page(client, "/en/intyg/yrkesbevis-trarbetare/"))
    assert data["name"] == credential.name_en
    assert data["alternateName"] == credential.name
    assert data["url"] == "http://testserver/en/intyg/yrkesbevis-trarbetare/"
    assert data["credentialCategory"]["name"] == "Trade certificate (yrkesbevis)"


def test_record_text_cannot_break_out_of_the_script_element(client: Client) -> None:
    hostile = '</script><script>alert("x")</script> & <!--'
    Credential.objects.filter(slug="iw-diplom").update(can_do=[hostile])
    html = client.get("/intyg/iw-diplom/").content.decode()
    script = html.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
    assert "<" not in script and ">" not in script
    data = json_ld(get_page(client, "/intyg/iw-diplom/"))
    assert data["competencyRequired"][0]["name"] == hostile


def test_model_is_a_program_with_ordered_steps_and_its_credentials(client: Client) -> None:
    model = ValidationModel.objects.get(slug="svets")
    data = json_ld(get_page(client, "/valideringsmodeller/svets/"))
    assert data["@type"] == ["EducationalOccupationalProgram", "HowTo"]
    assert data["name"] == model.name
    assert data["description"] == model.summary
    assert [(s["position"], s["name"]) for s in data["step"]] == [
        (i, step.title) for i, step in enumerate(model.steps.order_by("sort_order"), start=1)
    ]
    assert data["occupationalCategory"] == [
        {
            "@type": "CategoryCode",
            "codeValue": "7212",
            "name": "Svetsare och gasskärare",
            "inCodeSet": {"@type": "CategoryCodeSet", "name": "SSYK 2012"},
        }
    ]
    awarded = {c["@id"] for c in data["educationalCredentialAwarded"]}
    assert awarded == {
        "http://testserver/intyg/iw-diplom/",
        "http://testserver/intyg/svets-valideringsintyg/",
    }
    assert data["creator"]["name"] == "Svetskommissionen"
    assert {c["name"] for c in data["assesses"]} == {c.name for c in model.competences.all()}
    assert "http://testserver/komvux/komvux-koping-svets/" in {c["@id"] for c in data["hasCourse"]}


def test_offer_is_a_course_with_instances_per_start_date(client: Client) -> None:
    offer = KomvuxOffer.objects.get(slug="komvux-hassleholm-sfi-lager-truck")
    offer.start_dates = ["2998-01-12", "2999-08-19"]
    offer.save()
    data = json_ld(get_page(client, offer.get_absolute_url()))
    assert data["@type"] == "Course"
    assert data["name"] == offer.name
    assert data["provider"]["name"] == "Komvux Hässleholm"
    instances = data["hasCourseInstance"]
    assert [i["startDate"] for i in instances] == ["2998-01-12", "2999-08-19"]
    assert {i["courseMode"] for i in instances} == {"onsite"}
    assert instances[0]["location"]["address"]["addressLocality"] == "Hässleholm"
    assert data["offers"]["url"] == offer.application_url


def test_actor_is_an_organization_with_place_and_coordinates(client: Client) -> None:
    actor = Actor.objects.get(slug="komvux-kristianstad")
    data = json_ld(get_page(client, actor.get_absolute_url()))
    assert data["@type"] == "Organization"
    assert data["name"] == actor.name
    assert data["geo"] == {
        "@type": "GeoCoordinates",
        "latitude": float(actor.latitude),
        "longitude": float(actor.longitude),
    }
    assert [a["identifier"] for a in data["areaServed"]] == ["1290"]


def test_a_draft_issuer_is_left_out(client: Client) -> None:
    Actor.objects.filter(slug="byn").update(live=False)
    data = json_ld(get_page(client, "/intyg/yrkesbevis-trarbetare/"))
    assert "recognizedBy" not in data
