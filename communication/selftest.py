"""Marking of a course section's self-test: pure functions over the posted answers.

Nothing is stored: the result is computed from the request and shown once.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from wagtail.blocks import StreamValue

__all__ = ["QuestionResult", "SelfTestResult", "field_name", "mark"]


def field_name(block_id: str) -> str:
    """Return the form field name of a question (its stream block id is stable across edits)."""
    return f"q-{block_id}"


@dataclass(frozen=True)
class QuestionResult:
    """One marked question: what was chosen and the feedback written for that answer."""

    number: int
    field: str
    question: str
    answers: tuple[str, ...]
    chosen: int | None
    correct_answer: str
    correct: bool
    feedback: str

    @property
    def answered(self) -> bool:
        return self.chosen is not None


@dataclass(frozen=True)
class SelfTestResult:
    """The marked self-test: per-question results and the score."""

    questions: tuple[QuestionResult, ...]
    marked: bool

    @property
    def score(self) -> int:
        return sum(1 for question in self.questions if question.correct)

    @property
    def total(self) -> int:
        return len(self.questions)

    @property
    def passed(self) -> bool:
        """Whether at least two thirds are right: enough to go on to the next section."""
        return self.total > 0 and self.score * 3 >= self.total * 2


def _chosen(raw: str | None, count: int) -> int | None:
    """Return a valid answer index from the form, or None for a missing or forged value."""
    if raw is None or not raw.isdigit():
        return None
    index = int(raw)
    return index if index < count else None


def mark(questions: StreamValue, data: Mapping[str, str] | None) -> SelfTestResult:
    """Mark the posted answers against the correct ones; ``None`` gives the unanswered test."""
    results = []
    for number, block in enumerate(questions, start=1):
        answers = list(block.value["answers"])
        field = field_name(block.id)
        chosen = _chosen(data.get(field), len(answers)) if data is not None else None
        right = next(answer for answer in answers if answer["correct"])
        picked = answers[chosen] if chosen is not None else None
        results.append(
            QuestionResult(
                number=number,
                field=field,
                question=block.value["question"],
                answers=tuple(answer["text"] for answer in answers),
                chosen=chosen,
                correct_answer=right["text"],
                correct=bool(picked and picked["correct"]),
                feedback=picked["feedback"] if picked else "",
            )
        )
    return SelfTestResult(tuple(results), marked=data is not None)
