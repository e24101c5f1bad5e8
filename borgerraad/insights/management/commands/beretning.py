"""``borgerraad beretning --from 2025-04-01 --to 2026-03-31 [--pdf FILE] [--html FILE] [--publishable] [--user NAME]``
``[--refresh]``

Writes the annual beretning of the period (``insights.beretning``) as tagged PDF/UA and/or HTML,
with the newest saved texts. The figures are the leader's (every case); ``--user`` names the
leader it is generated as, and may be left out when the office has exactly one active leader (or,
with no leader yet, exactly one active superuser, as after ``make run``).
The figures are the statistics' aggregate as the scheduler's last refresh left them (the document says
"Tal pr." that time); ``--refresh`` first recounts the days changed since (waiting for a running refresh).
Generating the internal edition (without ``--publishable``) is written to the audit log under
that leader, marked as made on the command line.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from borgerraad.accounts.roles import Role
from borgerraad.core.calendar import local_today
from borgerraad.insights import aggregate, beretning
from borgerraad.insights.forms_dashboard import MAX_PERIOD_DAYS, date_range
from borgerraad.insights.policies import BERETNING, insights_policy
from borgerraad.insights.statistics import Period


def _day(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"{value!r} is not a date: write it as YYYY-MM-DD, e.g. 2025-04-01.") from None


class Command(BaseCommand):
    help = "Write the annual beretning of a period as PDF and/or HTML."

    def add_arguments(self, parser):
        parser.add_argument("--from", dest="start", required=True, help="first day, YYYY-MM-DD")
        parser.add_argument("--to", dest="end", required=True, help="last day, YYYY-MM-DD (included)")
        parser.add_argument("--pdf", help="write the PDF to this file")
        parser.add_argument("--html", help="write the HTML to this file")
        parser.add_argument("--publishable", action="store_true",
                            help="the edition without personal data (small counts suppressed)")
        parser.add_argument("--user", help="the leader it is generated as (default: the only active leader)")
        parser.add_argument("--refresh", action="store_true",
                            help="first bring the statistics up to date with the cases changed since the last refresh")

    def _leader(self, username: str | None):
        users = get_user_model().objects.filter(is_active=True)
        if username:
            user = users.filter(username=username).first()
            if user is None or not insights_policy.can(user, BERETNING):
                raise CommandError(f"{username!r} is not an active leader: only a leader generates the beretning.")
            return user
        leaders = list(users.filter(groups__name=Role.LEDER.value).distinct()[:2])
        if not leaders:  # a new installation (`make run`): its first user is a superuser, who may do everything
            leaders = list(users.filter(is_superuser=True)[:2])
        if len(leaders) != 1:
            raise CommandError("Name the leader it is generated as: --user USERNAME.")
        return leaders[0]

    def handle(self, *args, start, end, pdf, html, publishable, user, refresh, **options):
        if not pdf and not html:
            raise CommandError("Say where to write it: --pdf FILE and/or --html FILE.")
        first, last = _day(start), _day(end)
        if last < first:
            raise CommandError("--to must be on or after --from.")
        earliest, latest = date_range(local_today())
        if not (earliest <= first and last <= latest):
            raise CommandError(f"Choose dates from {earliest:%Y-%m-%d} to {latest:%Y-%m-%d}.")
        if (last - first).days + 1 > MAX_PERIOD_DAYS:
            raise CommandError("Choose a period of at most five years.")
        leader = self._leader(user)
        edition = beretning.PUBLISHABLE if publishable else beretning.INTERNAL
        if refresh and aggregate.refreshed_at() is not None:  # never built: counted from the cases anyway
            days = aggregate.aggregate_refresh()
            self.stdout.write(f"statistics: {days} changed day(s) recounted")
        report = beretning.beretning_report(user=leader, period=Period(first, last), edition=edition,
                                            source="command line")
        if html:
            Path(html).write_text(beretning.beretning_html(report), encoding="utf-8")
            self.stdout.write(f"HTML: {html}")
        if pdf:
            Path(pdf).write_bytes(beretning.beretning_pdf(report))
            self.stdout.write(f"PDF: {pdf}")
