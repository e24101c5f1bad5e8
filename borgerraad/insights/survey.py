"""Satisfaction ("Tilfredshed"): the portal's anonymous three-question survey, counted for the dashboard and
the beretning (docs/insights.md, "Tilfredshed").

Rules:

- **What is counted.** ``portal.SurveyResponse`` rows: each holds the three answers (ja, delvist, nej),
  the forvaltning of the case and the month the case closed, and nothing that leads back to the case
  or the person. A citizen who said "Nej tak" left no row.
- **Filters.** The period counts the answers whose month of closing the period touches (the month is all
  an answer knows); the forvaltning filter counts the answers of cases of that forvaltning. Answers
  cannot be split by advisor: with the advisor filter the figures are still the whole office's.
- **Who sees them.** The leader (``VIEW_ALL``), as the office's figures. An advisor's own view has no
  satisfaction section: an answer cannot be tied to the advisor's cases.
- **Nobody is recognisable.** Staff know which cases closed in a month, so a handful of answers from one
  forvaltning could be read as one person's. The dashboard shows the figures only when the selection
  holds at least ``INSIGHTS_BERETNING_SUPPRESS_BELOW`` answers (default 5). The beretning's
  publishable edition also shows a count from 1 to 4 as "< 5" and no share over fewer than 5 answers,
  like its other tables (``beretning.Disclosure``).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, Q
from django.utils.translation import gettext as _

from borgerraad.core.models import Department
from borgerraad.insights.policies import VIEW_ALL, insights_policy
from borgerraad.insights.statistics import Period, Row, Table
from borgerraad.portal.models import Helped, SurveyResponse

QUESTIONS = ("helped", "understood", "treated_well")


def _question_label(key: str) -> str:
    return {
        "helped": _("Fik du hjælp?"), "understood": _("Forstod du vores svar?"),
        "treated_well": _("Blev du behandlet ordentligt?"),
    }[key]


@dataclass(frozen=True)
class Answers:
    """One question: how many answered ja, delvist and nej (in ``Helped`` order) out of ``total``."""

    key: str
    question: str
    counts: tuple[int, ...]
    total: int

    def shares(self) -> tuple[float | None, ...]:
        return tuple(round(100 * n / self.total, 1) if self.total else None for n in self.counts)

    @property
    def cells(self) -> tuple[tuple[int, float | None], ...]:
        """(count, share in per cent) per answer, for the dashboard's table."""
        return tuple(zip(self.counts, self.shares(), strict=True))


@dataclass(frozen=True)
class Satisfaction:
    period: Period
    department: Department | None
    total: int  # answers in the selection
    questions: tuple[Answers, ...]
    below: int  # fewer answers than this are not shown
    whole_office: bool = False  # True when an advisor was chosen: answers have no advisor

    @property
    def shown(self) -> bool:
        return self.total >= self.below

    @property
    def answer_labels(self) -> tuple[str, ...]:
        return tuple(str(label) for label in Helped.labels)

    def table(self) -> Table | None:
        """The section's table for the CSV and XLSX exports (count and per cent per answer); None when not shown."""
        if not self.shown:
            return None
        columns = tuple(text for label in self.answer_labels for text in (label, f"{label} (%)"))
        return Table(
            "tilfredshed", _("Tilfredshed"), _("Spørgsmål"), columns,
            tuple(Row(answers.key, answers.question, tuple(value for cell in answers.cells for value in cell))
                  for answers in self.questions),
            chart="", percent_columns=frozenset(range(1, len(columns), 2)),
        )


def survey_answers(*, period: Period, department: Department | None = None) -> tuple[int, tuple[Answers, ...]]:
    """The number of answers in the selection and, per question, the count of each answer (one query)."""
    responses = SurveyResponse.objects.filter(period__gte=period.start.replace(day=1), period__lte=period.end)
    if department is not None:
        responses = responses.filter(department=department)
    aggregates = {"total": Count("pk")}
    for question in QUESTIONS:
        for answer in Helped.values:
            aggregates[f"{question}_{answer}"] = Count("pk", filter=Q(**{question: answer}))
    counted = responses.aggregate(**aggregates)
    return counted["total"], tuple(
        Answers(question, _question_label(question), tuple(counted[f"{question}_{a}"] for a in Helped.values),
                counted["total"])
        for question in QUESTIONS
    )


def satisfaction(*, user, period: Period, department: Department | None = None, advisor=None) -> Satisfaction | None:
    """The dashboard's "Tilfredshed" for the filters, or None for a user who sees only their own cases."""
    if not insights_policy.can(user, VIEW_ALL):
        return None
    total, questions = survey_answers(period=period, department=department)
    return Satisfaction(period, department, total, questions, settings.INSIGHTS_BERETNING_SUPPRESS_BELOW,
                        whole_office=advisor is not None)


def satisfaction_shown(*, questions: tuple[Answers, ...], disclosure):
    """The beretning's short table: per question the count of each answer, the answers and the share "ja".

    ``questions`` are ``survey_answers``' for the period; ``disclosure`` is the edition's
    ``beretning.Disclosure`` (exact, or small counts suppressed, each count by its key
    ``("", "tilfredshed", question, column)``).
    """
    from borgerraad.insights.beretning import ShownRow, ShownTable  # beretning imports this module

    def key(answers: Answers, column: int) -> tuple:
        return ("", "tilfredshed", answers.question, column)

    return ShownTable(
        "tilfredshed", _("Svar på tilfredshedsundersøgelsen efter afsluttet sag"), _("Spørgsmål"),
        (*[str(label) for label in Helped.labels], _("Svar i alt"), _("Andel ja (%)")),
        tuple(
            ShownRow(answers.question, (
                *(disclosure.count(n, key(answers, i)) for i, n in enumerate(answers.counts)),
                disclosure.count(answers.total, key(answers, len(answers.counts))),
                disclosure.over(answers.shares()[0], answers.total, key(answers, len(answers.counts))),
            ))
            for answers in questions
        ),
    )
