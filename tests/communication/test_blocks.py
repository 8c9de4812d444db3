"""Block rules editors cannot break: image alt text, one right answer per question."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from communication.blocks import FigureBlock, QuestionBlock, VideoBlock


@pytest.mark.django_db
def test_image_block_requires_alternative_text() -> None:
    image = Image.objects.create(title="Bedömning", file=get_test_image_file())
    block = FigureBlock()
    with pytest.raises(ValidationError) as error:
        block.clean(block.to_python({"image": image.pk, "alt_text": "", "caption": ""}))
    assert "alt_text" in error.value.block_errors
    value = block.clean(
        block.to_python(
            {"image": image.pk, "alt_text": "En bedömare och en svetsare", "caption": ""}
        )
    )
    html = block.render(value)
    assert 'alt="En bedömare och en svetsare"' in html


def test_video_block_requires_a_transcript() -> None:
    block = VideoBlock()
    with pytest.raises(ValidationError) as error:
        block.clean(block.to_python({"title": "Så går det till", "video": "", "transcript": ""}))
    assert "transcript" in error.value.block_errors


def question(*correct: bool) -> dict:
    return {
        "question": "Vad är validering?",
        "answers": [
            {"text": f"Svar {i}", "correct": c, "feedback": "Därför."}
            for i, c in enumerate(correct)
        ],
    }


@pytest.mark.parametrize("correct", [(False, False), (True, True)])
def test_question_needs_exactly_one_correct_answer(correct: tuple[bool, ...]) -> None:
    block = QuestionBlock()
    with translation.override("sv"):
        with pytest.raises(ValidationError) as error:
            block.clean(block.to_python(question(*correct)))
        # The message is lazy: read it while Swedish is active, not in whatever a test before left.
        assert "Markera exakt ett svar som rätt." in str(error.value.block_errors["answers"])


def test_question_with_one_correct_answer_is_valid() -> None:
    block = QuestionBlock()
    assert block.clean(block.to_python(question(False, True)))["question"]
