"""The self-test after each course section: marked on the server, feedback per answer,
and nothing stored about the person who answers."""

from __future__ import annotations

import pytest
from django.test import Client

from communication.models import CourseSectionPage
from communication.selftest import field_name, mark
from tests.communication.conftest import row_counts, soup


def section(language: str = "sv") -> CourseSectionPage:
    return CourseSectionPage.objects.get(slug="arbetsmarknad", locale__language_code=language)


def answers(page: CourseSectionPage, pick_correct: list[bool]) -> dict[str, str]:
    """Post data choosing the right (True) or the first wrong (False) answer per question."""
    data = {}
    for block, right in zip(page.questions, pick_correct, strict=True):
        options = list(block.value["answers"])
        index = next(i for i, a in enumerate(options) if bool(a["correct"]) == right)
        data[field_name(block.id)] = str(index)
    return data


@pytest.mark.django_db
def test_marking_counts_right_answers_and_gives_the_feedback_of_each_choice() -> None:
    page = section()
    result = mark(page.questions, answers(page, [True, False, True]))
    assert (result.score, result.total, result.passed) == (2, 3, True)
    first, second, _ = result.questions
    assert first.correct and first.feedback.startswith("Rätt.")
    assert not second.correct
    assert second.feedback == "Nej. Det är SFI. Validering visar det du redan kan."


@pytest.mark.django_db
def test_missing_and_forged_answers_count_as_not_answered() -> None:
    page = section()
    data = answers(page, [True, True, True])
    first, second, _ = page.questions
    del data[field_name(first.id)]
    data[field_name(second.id)] = "99"
    result = mark(page.questions, data)
    assert result.score == 1
    assert not result.questions[0].answered
    assert not result.questions[1].answered


@pytest.mark.django_db
def test_self_test_page_shows_score_and_feedback_without_storing_anything(client: Client) -> None:
    page = section()
    url = page.url + "test/"
    form = soup(client.get(url)).find("form", class_="self-test")
    assert len(form.find_all("fieldset")) == 3
    assert all(fs.legend for fs in form.find_all("fieldset"))

    before = row_counts()
    html = soup(client.post(url, answers(page, [True, False, False])))
    assert row_counts() == before
    assert "Du svarade rätt på 1 av 3 frågor." in html.find(class_="score").get_text()
    feedback = html.find_all(class_="feedback")
    assert "feedback--right" in feedback[0]["class"]
    assert feedback[0].strong.get_text() == "Rätt!"
    assert feedback[1].strong.get_text() == "Inte riktigt."
    assert "Read the lessons again" not in html.get_text()
    assert "Läs lektionerna igen" in html.get_text()
    # The chosen answers stay selected, so the reader sees what they picked.
    chosen = form_checked(html)
    assert len(chosen) == 3


def form_checked(html) -> list:
    return html.select("form.self-test input[checked]")


@pytest.mark.django_db
def test_no_session_or_cookie_beyond_csrf_is_set(client: Client) -> None:
    page = section()
    response = client.post(page.url + "test/", answers(page, [True, True, True]))
    assert set(response.cookies) <= {"csrftoken"}
    assert "sessionid" not in client.cookies


@pytest.mark.django_db
def test_self_test_in_arabic_is_right_to_left_with_arabic_feedback(client: Client) -> None:
    page = section("ar")
    html = soup(client.post(page.url + "test/", answers(page, [True, True, True])))
    assert html.html["dir"] == "rtl"
    assert html.find(class_="score").get_text(strip=True) == "أجبت إجابة صحيحة عن 3 من 3 أسئلة."
    assert html.find(class_="feedback").strong.get_text() == "صحيح!"


@pytest.mark.django_db
def test_last_lesson_leads_to_the_self_test(client: Client) -> None:
    html = soup(client.get("/basprogram/arbetsmarknad/visa-vad-du-kan/"))
    nav = html.find("nav", class_="course-nav")
    assert nav.find("a", string="Gör självtestet")["href"] == "/basprogram/arbetsmarknad/test/"
