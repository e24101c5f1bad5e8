"""The demo office's extras on top of the default configuration: a sender for Digital Post and a closing day."""

from __future__ import annotations

import datetime as dt

import holidays

from borgerraad.core.calendar import TZ
from borgerraad.core.models import ClosingDay, Office

# Københavns Kommune's CVR number (cvr.dk), the sender of the demo office's Digital Post letters.
DEMO_MUNICIPALITY_CVR = "64942212"


def demo_data_load() -> int:
    """Add demo rows that show the configuration at work; returns how many were new.

    The office gets the municipality's CVR number when it has none, so a letter by Digital Post works.
    A closing day next Friday after Ascension (a common municipal closing day) shows how extra
    closing days appear in the channel status and deadlines.
    """
    office = Office.objects.first()
    if office is None:
        return 0
    created = 0
    if not office.municipality_cvr:  # Digital Post needs a sender: the first demo letter would fail without one
        office.municipality_cvr = DEMO_MUNICIPALITY_CVR
        office.save(update_fields=["municipality_cvr"])
        created += 1
    year = dt.datetime.now(TZ).year
    for candidate_year in (year, year + 1):
        ascension = holidays.Denmark(years=candidate_year, language="da").get_named("Kristi himmelfartsdag")[0]
        friday_after_ascension = ascension + dt.timedelta(days=1)
        _, was_created = ClosingDay.objects.get_or_create(
            office=office, date=friday_after_ascension,
            defaults={"reason": "Fredag efter Kristi himmelfart"},
        )
        created += was_created
    return created
