"""Rendering letter templates: the merge fields, the sandbox, and the text-to-HTML rules.

Rules:

- Templates are rendered by a Jinja2 ``SandboxedEnvironment`` with ``StrictUndefined``: staff-edited
  text cannot call code, reach attributes starting with ``_`` (``{{ ''.__class__ }}`` fails), or
  read anything but the merge fields. The merge fields are built here as plain strings, lists and
  dicts, never model instances, so a template cannot walk from a case to data it was not given.
  The CPR number is never a merge field.
- Dates are written out in the letter's language: "fredag den 9. januar 2026", "Friday 9 January 2026".
- The body is plain text: a blank line starts a paragraph, lines starting with "- " form a
  bulleted list, a line starting with "## " is a heading. Everything is HTML-escaped.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.utils import timezone
from django.utils.html import escape
from jinja2 import StrictUndefined, TemplateError
from jinja2.sandbox import SandboxedEnvironment

from borgerraad.core.calendar import TZ

_WEEKDAYS = {
    "da": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}
_MONTHS = {
    "da": ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
           "november", "december"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
}


def long_date(day: dt.date | None, language: str = "da") -> str:
    """``fredag den 9. januar 2026`` (da) or ``Friday 9 January 2026`` (en); empty for no date."""
    if day is None:
        return ""
    language = language if language in _MONTHS else "da"
    weekday, month = _WEEKDAYS[language][day.weekday()], _MONTHS[language][day.month - 1]
    if language == "da":
        return f"{weekday} den {day.day}. {month} {day.year}"
    return f"{weekday} {day.day} {month} {day.year}"


class LetterTemplateError(ValueError):
    """A template that cannot be rendered: a syntax error, an unknown merge field, a refused access."""


def _environment() -> SandboxedEnvironment:
    env = SandboxedEnvironment(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=False)
    env.filters["dato"] = long_date
    return env


_ENV = _environment()


def render_text(source: str, context: dict) -> str:
    """Render staff-edited ``source`` with ``context`` in the sandbox; raise ``LetterTemplateError``."""
    try:
        return _ENV.from_string(source).render(context)
    except TemplateError as error:
        raise LetterTemplateError(str(error)) from error
    except Exception as error:  # noqa: BLE001 - e.g. the sandbox's range limit (OverflowError), bad arithmetic
        raise LetterTemplateError(f"{type(error).__name__}: {error}") from error


def _block_html(lines: list[str]) -> list[str]:
    out: list[str] = []
    paragraph: list[str] = []
    items: list[str] = []
    for line in [*lines, ""]:
        stripped = line.strip()
        kind = "heading" if stripped.startswith("## ") else "item" if stripped.startswith("- ") else "text"
        if paragraph and (kind != "text" or not stripped):
            out.append("<p>" + "<br>".join(paragraph) + "</p>")
            paragraph = []
        if items and (kind != "item" or not stripped):
            out.append("<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>")
            items = []
        if not stripped:
            continue
        if kind == "heading":
            out.append(f"<h2>{escape(stripped[3:])}</h2>")
        elif kind == "item":
            items.append(escape(stripped[2:]))
        else:
            paragraph.append(escape(stripped))
    return out


def body_html(text: str) -> str:
    """The letter body as HTML: paragraphs, bulleted lists and headings; everything escaped."""
    blocks: list[str] = []
    for block in text.replace("\r\n", "\n").split("\n\n"):
        blocks += _block_html([line for line in block.split("\n") if line.strip()])
    return "\n".join(blocks)


@dataclass(frozen=True)
class Recipient:
    name: str
    address: str = ""
    email: str = ""
    id_value: str = ""  # CPR or CVR, for Digital Post only; never a merge field
    id_type: str = ""


def recipient_for_case(case) -> Recipient:
    henvendelse = case.henvendelse
    if henvendelse.cvr:
        id_value, id_type = henvendelse.cvr, "CVR"
    elif henvendelse.cpr:
        id_value, id_type = henvendelse.cpr.replace("-", ""), "CPR"
    else:
        id_value, id_type = "", ""
    name = henvendelse.company_name or henvendelse.name if henvendelse.cvr else henvendelse.name
    return Recipient(
        name=name, address=henvendelse.address, email=henvendelse.email, id_value=id_value, id_type=id_type,
    )


def _body(body, language: str) -> dict:
    if body is None:
        return {"navn": "", "adresse": "", "frist": "", "saadan_klager_du": "", "hjemmeside": ""}
    return {
        "navn": body.name, "adresse": body.address, "frist": body.deadline,
        "saadan_klager_du": body.how_to_complain, "hjemmeside": body.url,
    }


def hoering_merge_fields(hoering, *, language: str, today: dt.date, office=None) -> dict:
    """A høring's merge fields. Before it is sent its deadline is the one it gets if sent ``today``."""
    from borgerraad.cases.services import hoering_deadline_explain

    if hoering is None:
        return {"forvaltning": "", "spoergsmaal": "", "frist": "", "sendt": ""}
    if hoering.sent_at is not None:
        sent, due = timezone.localtime(hoering.sent_at, TZ).date(), hoering.deadline
    else:
        sent = today
        due = hoering_deadline_explain(hoering=hoering, office=office, sent_on=today).due
    return {
        "forvaltning": hoering.department.name, "spoergsmaal": hoering.questions,
        "frist": long_date(due, language), "sendt": long_date(sent, language),
    }


def merge_context(
    *, case, office, language: str = "da", advisor=None, today: dt.date | None = None, hoering=None,
) -> dict:
    """The merge fields of a letter on ``case`` (docs/letters.md lists them). Plain values only.

    ``hoering``: the høring a høringsbrev or rykker is about; by default the case's newest høring.
    """
    from borgerraad.cases import selectors as case_selectors
    from borgerraad.cases.models import Decision

    today = today or timezone.localtime(timezone.now(), TZ).date()
    henvendelse = case.henvendelse
    recipient = recipient_for_case(case)
    points = list(case.klagepunkter.select_related("department", "complaint_body").order_by("number"))
    deadlines = case_selectors.case_deadlines(case=case, today=today)
    if hoering is None:
        hoeringer = [h for h, _explanation in deadlines["hoeringer"]]
        hoering = hoeringer[-1] if hoeringer else None
    guided = next((p.complaint_body for p in points if p.decision == Decision.GUIDE and p.complaint_body), None)
    department = henvendelse.department or (points[0].department if points else None)
    advisor = advisor or case.assigned_to
    return {
        "dato": long_date(today, language),
        "kontor": {
            "navn": office.name, "kommune": office.municipality, "adresse": office.address_line,
            "telefon": office.phone, "email": office.email,
        },
        "borger": {"navn": recipient.name, "adresse": recipient.address},
        "sag": {
            "reference": case.reference,
            "modtaget": long_date(case.received_on, language),
            "frist": long_date(case.target_date, language),
            "kvitteringsfrist": long_date(deadlines["acknowledgement"].due, language),
        },
        "forvaltning": {"navn": department.name if department else "", "email": department.email if department else ""},
        "klagepunkter": [
            {
                "nummer": p.number,
                "beskrivelse": p.description,
                "kode": p.decision,
                "beslutning": str(p.get_decision_display()),
                "resultat": str(p.get_outcome_display()) if p.outcome else "",
                "grad": str(p.get_kritik_degree_display()) if p.kritik_degree else "",
                "begrundelse": p.outcome_reason,
                "forvaltning": p.department.name if p.department else "",
                "enhed": p.unit,
                "opfoelgning": long_date(p.henstilling_follow_up or p.forward_follow_up, language),
                "klageinstans": _body(p.complaint_body, language),
            }
            for p in points
        ],
        "klageinstans": _body(guided, language),
        "hoering": hoering_merge_fields(hoering, office=office, language=language, today=today),
        "raadgiver": {"navn": (advisor.get_full_name() or advisor.get_username()) if advisor else office.name},
    }


def sample_context(language: str = "da") -> dict:
    """Merge fields with made-up values, for checking a template when no case is chosen."""
    day = dt.date(2026, 1, 9)
    body = {"navn": "Ankestyrelsen", "adresse": "Teglholmsgade 3, 2450 København SV", "frist": "4 uger",
            "saadan_klager_du": "Send klagen til kommunen, som sender den videre.", "hjemmeside": "https://ast.dk"}
    return {
        "dato": long_date(day, language),
        "kontor": {"navn": "Borgerrådgiveren", "kommune": "Københavns Kommune",
                   "adresse": "Tietgensgade 31A, 1704 København V", "telefon": "33 66 14 00",
                   "email": "borgerraadgiveren@kk.dk"},
        "borger": {"navn": "Æble Østergård Ålund", "adresse": "Testvej 1, 2300 København S"},
        "sag": {"reference": "BR-2026-00001", "modtaget": long_date(day, language),
                "frist": long_date(day + dt.timedelta(days=84), language),
                "kvitteringsfrist": long_date(day + dt.timedelta(days=14), language)},
        "forvaltning": {"navn": "Beskæftigelses- og Integrationsforvaltningen", "email": "bif@kk.dk"},
        "klagepunkter": [{"nummer": 1, "kode": "case", "beskrivelse": "Ingen svar på breve.",
                          "beslutning": "Tages op som sag",
                          "resultat": "Kritik", "grad": "kritisabelt", "begrundelse": "Svartiden var for lang.",
                          "forvaltning": "Beskæftigelses- og Integrationsforvaltningen", "enhed": "Jobcenter",
                          "opfoelgning": long_date(day, language), "klageinstans": body}],
        "klageinstans": body,
        "hoering": {"forvaltning": "Beskæftigelses- og Integrationsforvaltningen", "spoergsmaal": "Hvorfor?",
                    "frist": long_date(day + dt.timedelta(days=42), language), "sendt": long_date(day, language)},
        "raadgiver": {"navn": "Rita Rådgiver"},
    }
