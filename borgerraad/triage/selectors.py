"""The triage configuration, read from the municipality's departments, complaint bodies and office.

Rules: only active rows count; the compiled configuration (stems, phrase index) is cached per
process and keyed by the rows' content, so an edit in the admin takes effect on the next call
without a restart; with no usable database (no tables yet, or none configured) the engine falls
back to Copenhagen's defaults in ``core/defaults.py``.
"""

from __future__ import annotations

import logging

from django.db import DatabaseError

from borgerraad.core import defaults
from borgerraad.triage.engine import TriageConfig, Unit

logger = logging.getLogger(__name__)

_cache: dict[tuple, TriageConfig] = {}


def _rows_from_db() -> tuple:
    from borgerraad.core.models import ComplaintBody, Department, Office

    departments = tuple(
        (row.code, row.name, tuple(row.keyword_list))
        for row in Department.objects.filter(active=True).order_by("code")
    )
    bodies = tuple(
        (row.code, row.name, tuple(row.keyword_list))
        for row in ComplaintBody.objects.filter(active=True).order_by("code")
    )
    office = Office.objects.only("complaint_time_limit_days", "council_name").first()
    limit = office.complaint_time_limit_days if office else defaults.OFFICE["complaint_time_limit_days"]
    council = office.council_name if office else defaults.OFFICE["council_name"]
    return departments, bodies, limit, (council,)


def _rows_from_defaults() -> tuple:
    departments = tuple((d["code"], d["name"], tuple(d["keywords"])) for d in defaults.DEPARTMENTS)
    bodies = tuple((b["code"], b["name"], tuple(b["keywords"])) for b in defaults.COMPLAINT_BODIES)
    return departments, bodies, defaults.OFFICE["complaint_time_limit_days"], (defaults.OFFICE["council_name"],)


def triage_config_get(*, use_database: bool = True) -> TriageConfig:
    """The current triage configuration (from the database, else the defaults)."""
    rows = None
    if use_database:
        try:
            rows = _rows_from_db()
        except DatabaseError:
            logger.warning("No triage configuration in the database; using the default configuration.")
    if not rows or not rows[0]:
        rows = _rows_from_defaults()
    config = _cache.get(rows)
    if config is None:
        departments, bodies, limit, council_names = rows
        config = TriageConfig(
            departments=[Unit(*row) for row in departments],
            bodies=[Unit(*row) for row in bodies],
            complaint_time_limit_days=limit, council_names=council_names,
        )
        _cache.clear()
        _cache[rows] = config
    return config
