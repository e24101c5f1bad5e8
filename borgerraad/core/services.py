"""Writes to the municipality's configuration."""

from __future__ import annotations

import datetime as dt

from django.db import transaction

from borgerraad.core import defaults


@transaction.atomic
def configuration_load_defaults(*, apps=None, overwrite: bool = False) -> None:
    """Load Copenhagen's defaults (``core/defaults.py``); existing rows are kept unless ``overwrite``.

    ``apps`` is the migration state's app registry when called from a data migration.
    """
    if apps is None:
        from django.apps import apps as global_apps

        apps = global_apps
    office_model = apps.get_model("core", "Office")
    hours_model = apps.get_model("core", "OpeningHours")
    department_model = apps.get_model("core", "Department")
    body_model = apps.get_model("core", "ComplaintBody")

    office = _office_load(office_model, overwrite=overwrite)
    if overwrite or not hours_model.objects.filter(office=office).exists():
        hours_model.objects.filter(office=office).delete()
        for channel, weekday, opens, closes in defaults.OPENING_HOURS:
            hours_model.objects.create(
                office=office, channel=channel, weekday=weekday,
                opens=dt.time.fromisoformat(opens), closes=dt.time.fromisoformat(closes),
            )
    departments = {
        item["code"]: {
            **{key: value for key, value in item.items() if key not in {"code", "keywords"}},
            "keywords": "\n".join(item["keywords"]),
        }
        for item in defaults.DEPARTMENTS
    }
    _rows_load(department_model, departments, overwrite=overwrite)
    bodies = {
        item["code"]: {
            **{key: value for key, value in item.items() if key not in {"code", "keywords", "conduct_body"}},
            "keywords": "\n".join(item["keywords"]),
        }
        for item in [*defaults.COMPLAINT_BODIES, *defaults.CONDUCT_BODIES]
    }
    created = _rows_load(body_model, bodies, overwrite=overwrite)
    _conduct_bodies_link(body_model, created=created, overwrite=overwrite)


def _conduct_bodies_link(body_model, *, created: set[str], overwrite: bool) -> None:
    """The police's conduct body (Den Uafhængige Politiklagemyndighed), on rows created now or when
    ``overwrite``; a link cleared in the admin is kept cleared. A migration state without the field is skipped."""
    if "conduct_body" not in {field.name for field in body_model._meta.get_fields()}:
        return
    for item in defaults.COMPLAINT_BODIES:
        if item.get("conduct_body") and (overwrite or item["code"] in created):
            conduct = body_model.objects.filter(code=item["conduct_body"]).first()
            body_model.objects.filter(code=item["code"]).update(conduct_body=conduct)


def _office_load(office_model, *, overwrite: bool):
    """The office row: created from the defaults when missing, reset to them when ``overwrite``."""
    office = office_model.objects.first()
    if office is not None and not overwrite:
        return office
    # A data migration sees the model as it was then: set only the fields it has.
    known = {field.name for field in office_model._meta.get_fields()}
    fields = {name: value for name, value in defaults.OFFICE.items() if name in known}
    if office is None:
        return office_model.objects.create(**fields)
    for name, value in fields.items():
        setattr(office, name, value)
    office.save()
    return office


def _rows_load(model, rows: dict[str, dict], *, overwrite: bool) -> set[str]:
    """Rows by code: missing ones created; existing ones kept, or reset when ``overwrite``. Returns the
    codes of the rows created.

    A data migration sees the model as it was then: only the fields it has are set.
    """
    known = {field.name for field in model._meta.get_fields()}
    created_codes = set()
    for code, all_values in rows.items():
        values = {name: value for name, value in all_values.items() if name in known}
        if overwrite:
            _, created = model.objects.update_or_create(code=code, defaults=values)
        else:
            _, created = model.objects.get_or_create(code=code, defaults=values)
        if created:
            created_codes.add(code)
    return created_codes
