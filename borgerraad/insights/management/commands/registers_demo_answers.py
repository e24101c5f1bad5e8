"""``borgerraad registers_demo_answers --submission-key-prefix demo:``: the departments' answers for synthetic cases.

``demo_data`` seeds a year of synthetic casework; its suggestions and henstillinger would all wait
for an answer ("afventer"), so the registers, the start page and the beretning would never show the
rest of their life cycle. This command gives them one, through the registers' own services (the
same checks and audit log as an advisor's registration, by the case's advisor):

- the henstillinger whose follow-up date has passed, in turn from the newest: of each six, three
  are answered efterlevet, one delvist efterlevet and one ikke efterlevet, on a day between the
  henstilling and its follow-up date; one stays unanswered, so the overdue follow-ups show (and
  remind) as well. A follow-up date still ahead is left waiting.
- the suggestions received more than 30 days ago, in turn from the newest: of each six, two are
  answered gennemført, one delvist and two ikke (sent to the forvaltning a few days after they
  came in, answered two to six weeks later); one still waits.

It touches only entries of cases whose henvendelse's ``submission_key`` starts with the prefix the
caller names (the demo's ``demo:``): an office's own registers are never answered by it, and with
no such cases it changes nothing. The dates come from ``--seed`` and the entry's id, and an entry
answered already is left alone, so running it again the same day changes nothing.
"""

from __future__ import annotations

import datetime as dt
import random

from django.core.management.base import BaseCommand, CommandError

from borgerraad.core.calendar import local_date, local_today
from borgerraad.insights.models import Adoption, Compliance, HenstillingFollowUp, Suggestion
from borgerraad.insights.registers import henstilling_answer_register, suggestion_update

# In turn over the entries due, newest first, so that the last six show every answer and the overdue.
COMPLIANCE = [Compliance.EFTERLEVET, Compliance.DELVIST, "", Compliance.EFTERLEVET, Compliance.IKKE,
              Compliance.EFTERLEVET]
ADOPTION = [Adoption.JA, Adoption.NEJ, Adoption.DELVIST, Adoption.AFVENTER, Adoption.JA, Adoption.NEJ]
SUGGESTION_ANSWERED_AFTER_DAYS = 30
ANSWERS = {
    Compliance.EFTERLEVET: "Syntetisk demodata: forvaltningen har ændret sin praksis som henstillet.",
    Compliance.DELVIST: "Syntetisk demodata: forvaltningen har ændret en del af sin praksis.",
    Compliance.IKKE: "Syntetisk demodata: forvaltningen fastholder sin praksis.",
    Adoption.JA: "Syntetisk demodata: forslaget er gennemført.",
    Adoption.DELVIST: "Syntetisk demodata: forslaget er gennemført i en mindre udgave.",
    Adoption.NEJ: "Syntetisk demodata: forvaltningen gennemfører ikke forslaget.",
}


def _day_between(rng: random.Random, first: dt.date, last: dt.date) -> dt.date:
    return first + dt.timedelta(days=rng.randint(0, max((last - first).days, 0)))


class Command(BaseCommand):
    help = "Give the suggestions and henstillinger of synthetic (demo) cases the departments' answers."

    def add_arguments(self, parser):
        parser.add_argument("--submission-key-prefix", required=True,
                            help="only cases whose henvendelse's submission key starts with this (the demo's 'demo:')")
        parser.add_argument("--seed", type=int, default=2026)

    def handle(self, *args, **options):
        prefix = options["submission_key_prefix"].strip()
        if len(prefix) < 3:
            raise CommandError("Name the synthetic cases' submission-key prefix (at least 3 characters, e.g. 'demo:').")
        today, seed = local_today(), options["seed"]
        answered = self._henstillinger(prefix, seed, today)
        adopted = self._suggestions(prefix, seed, today)
        self.stdout.write(f"Registers: {answered} henstilling(er) and {adopted} suggestion(s) of synthetic cases "
                          f"answered.")

    def _henstillinger(self, prefix: str, seed: int, today: dt.date) -> int:
        due = HenstillingFollowUp.objects.filter(
            klagepunkt__case__henvendelse__submission_key__startswith=prefix,
            klagepunkt__henstilling_follow_up__lt=today, klagepunkt__closed_at__isnull=False,
        ).select_related("klagepunkt__case__assigned_to").order_by("-klagepunkt__closed_at", "-pk")
        count = 0
        for index, entry in enumerate(due):
            compliance = COMPLIANCE[index % len(COMPLIANCE)]
            if entry.answer_received_on is not None or not compliance:
                continue  # answered already, or left overdue
            # Synthetic demo data, not security (bandit B311 does not apply).
            rng = random.Random(f"{seed}:henstilling:{entry.pk}")  # nosec B311
            point = entry.klagepunkt
            received = _day_between(rng, local_date(point.closed_at), min(point.henstilling_follow_up, today))
            henstilling_answer_register(follow_up=entry, by=point.case.assigned_to, compliance=compliance,
                                        received_on=received, answer_text=ANSWERS[compliance])
            count += 1
        return count

    def _suggestions(self, prefix: str, seed: int, today: dt.date) -> int:
        due = Suggestion.objects.filter(
            klagepunkt__case__henvendelse__submission_key__startswith=prefix,
            received_on__lt=today - dt.timedelta(days=SUGGESTION_ANSWERED_AFTER_DAYS),
        ).select_related("klagepunkt__case__assigned_to", "department").order_by("-received_on", "-pk")
        count = 0
        for index, entry in enumerate(due):
            adoption = ADOPTION[index % len(ADOPTION)]
            if entry.answer_received_on is not None or entry.adoption != Adoption.AFVENTER or \
                    adoption == Adoption.AFVENTER:
                continue  # answered already, or still waiting
            rng = random.Random(f"{seed}:suggestion:{entry.pk}")  # nosec B311
            sent = min(entry.received_on + dt.timedelta(days=rng.randint(1, 7)), today)
            answer = _day_between(rng, sent + dt.timedelta(days=14), min(sent + dt.timedelta(days=45), today))
            suggestion_update(suggestion=entry, by=entry.klagepunkt.case.assigned_to, text=entry.text,
                              department=entry.department, sent_on=sent, answer_text=ANSWERS[adoption],
                              answer_received_on=min(answer, today), adoption=adoption)
            count += 1
        return count
