"""Rendering letter templates: the merge fields, the sandbox, and the text-to-HTML rules.

Rules:

- Templates are rendered by a Jinja2 ``ImmutableSandboxedEnvironment`` with ``StrictUndefined``:
  staff-edited text cannot call code, reach attributes starting with ``_`` (``{{ ''.__class__ }}``
  fails), change a list or dict it was given, or read anything but the merge fields. The merge
  fields are built here as plain strings, lists and dicts, never model instances, so a template
  cannot walk from a case to data it was not given. The CPR number is never a merge field.
- A template cannot hang the server or exhaust its memory (``TemplateLimits``): ``range`` gives at
  most ``MAX_RANGE`` numbers; no single value (a string, a list, a ``~`` concatenation, the result
  of ``*``, ``+``, ``%`` or ``**``) may grow past ``MAX_VALUE``, which is checked *before* the
  operation; widths and counts given to methods and filters (``center``, ``indent``, ``batch``,
  ``'%999999d'``, ``'{:>999999}'``...) are at most ``MAX_ARGUMENT``; the output stops at
  ``MAX_OUTPUT`` characters; and rendering stops after ``MAX_SECONDS`` (a deadline checked on every
  line the compiled template runs, so nested loops that print nothing are stopped too). Each
  refusal is a ``LetterTemplateError`` in plain Danish, shown in the template editor.
- Dates are written out in the letter's language: "fredag den 9. januar 2026", "Friday 9 January 2026".
- The body is plain text: a blank line starts a paragraph, lines starting with "- " form a
  bulleted list, a line starting with "## " is a heading. Everything is HTML-escaped.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
import sys
import time
from dataclasses import dataclass

from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext as _
from jinja2 import StrictUndefined, TemplateError
from jinja2.compiler import CodeGenerator
from jinja2.sandbox import ImmutableSandboxedEnvironment

from borgerraad.core.calendar import local_date, local_today

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


class TemplateLimits:
    """What one rendering may cost. A letter is a few pages; these leave room for any real one."""

    MAX_RANGE = 1000
    MAX_VALUE = 100_000
    MAX_ARGUMENT = 1000
    MAX_OUTPUT = 200_000
    MAX_SECONDS = 2.0


class _LimitExceeded(Exception):
    """A template went past one of ``TemplateLimits``; the message is for the leader editing it."""


def _too_large() -> _LimitExceeded:
    return _LimitExceeded(_("Skabelonen laver en tekst eller liste, der er for stor (over %(max)s tegn eller dele).")
                          % {"max": f"{TemplateLimits.MAX_VALUE:,}".replace(",", ".")})


def _sized(value) -> int:
    return len(value) if isinstance(value, str | bytes | list | tuple | dict | set | frozenset) else 0


def _check_value(value):
    if _sized(value) > TemplateLimits.MAX_VALUE:
        raise _too_large()
    return value


def _check_argument(value) -> None:
    """A width or count given to a method or filter that builds text of that size."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > TemplateLimits.MAX_ARGUMENT:
        raise _LimitExceeded(_("Skabelonen bruger et for stort tal (%(value)s); højst %(max)s er tilladt her.")
                             % {"value": value, "max": TemplateLimits.MAX_ARGUMENT})


def _check_format(value) -> None:
    """A %-format or {}-format string with a width or precision of four digits or more (``%9999d``)."""
    if isinstance(value, str) and _FORMAT_WIDTH.search(value):
        raise _LimitExceeded(_("Skabelonen bruger en for stor bredde i en formatering."))


# Also a width taken from an argument: ``%*d`` and ``{:>{w}}`` (a field inside a format spec).
_FORMAT_WIDTH = re.compile(
    r"%[-+ #0]*(\*|\d{4,})|%[-+ #0]*\d*\.(\*|\d{4,})|\{[^{}]*:[^{}]*\d{4,}[^{}]*\}|\{[^{}]*:[^{}]*\{"
)
# Methods and filters whose numeric arguments say how large a result to build.
_SIZED_METHODS = frozenset({"center", "ljust", "rjust", "zfill", "expandtabs"})
_SIZED_FILTERS = frozenset({"center", "indent", "wordwrap", "batch", "slice", "truncate"})


def _limited_range(*args):
    for argument in args:
        if not isinstance(argument, int):
            raise _LimitExceeded(_("range() tager kun hele tal."))
    numbers = range(*args)
    if len(numbers) > TemplateLimits.MAX_RANGE:
        raise _LimitExceeded(_("range() må højst give %(max)s tal.") % {"max": TemplateLimits.MAX_RANGE})
    return numbers


def _result_size(operator: str, left, right) -> int:
    """An upper bound of the size of ``left <operator> right``, computed without doing it."""
    if operator == "*":
        if isinstance(left, int) and not isinstance(left, bool):
            left, right = right, left
        if _sized(left) and isinstance(right, int):
            return _sized(left) * max(right, 0)
    if operator == "+":
        return _sized(left) + _sized(right)
    if operator == "%" and isinstance(left, str):
        _check_format(left)
        return len(left) + sum(_sized(item) for item in (right if isinstance(right, tuple) else (right,)))
    if operator == "**" and isinstance(left, int | float) and isinstance(right, int | float):
        # The number of digits of the result, roughly; 10 ** 100000 takes seconds to print.
        if abs(left) > 1 and right > 0 and right * math.log10(abs(left)) > TemplateLimits.MAX_ARGUMENT:
            return TemplateLimits.MAX_VALUE + 1
    return 0


def _limited_filter(name: str, function):
    @functools.wraps(function)
    def limited(*args, **kwargs):
        if name in _SIZED_FILTERS:
            for argument in [*args[1:], *kwargs.values()]:
                _check_argument(argument)
        if name == "format":
            _check_format(args[0] if args else "")
        if name == "replace":
            _check_replace(args, kwargs)
        return _check_value(function(*args, **kwargs))
    return limited


def _check_replace(args, kwargs) -> None:
    values = [*args, *kwargs.values()]
    # (eval_ctx,) value, old, new[, count]
    texts = [value for value in values if isinstance(value, str)]
    if len(texts) >= 3:
        text, old, new = texts[-3], texts[-2], texts[-1]
        count = text.count(old) if old else len(text) + 1
        if len(text) + count * len(new) > TemplateLimits.MAX_VALUE:
            raise _too_large()


class _LimitedCodeGenerator(CodeGenerator):
    """Routes ``a ~ b ~ c`` through ``environment.limited_join`` so its size is checked before joining."""

    def visit_Concat(self, node, frame) -> None:
        self.write("environment.limited_join((")
        for argument in node.nodes:
            self.visit(argument, frame)
            self.write(", ")
        self.write("))")


class _LetterEnvironment(ImmutableSandboxedEnvironment):
    code_generator_class = _LimitedCodeGenerator
    intercepted_binops = frozenset({"*", "+", "%", "**", "//"})

    def call_binop(self, context, operator, left, right):
        if _result_size(operator, left, right) > TemplateLimits.MAX_VALUE:
            raise _too_large()
        return _check_value(super().call_binop(context, operator, left, right))

    def call(__self, __context, __obj, *args, **kwargs):  # noqa: N805 - Jinja's signature
        name = getattr(__obj, "__name__", "")
        if name in _SIZED_METHODS:
            for argument in [*args, *kwargs.values()]:
                _check_argument(argument)
        if name == "replace" and isinstance(getattr(__obj, "__self__", None), str):
            _check_replace((__obj.__self__, *args), kwargs)
        return _check_value(super().call(__context, __obj, *args, **kwargs))

    def wrap_str_format(self, value):
        if getattr(value, "__name__", "") in ("format", "format_map"):
            _check_format(getattr(value, "__self__", None))
        return super().wrap_str_format(value)

    @staticmethod
    def limited_join(items) -> str:
        parts = [str(item) for item in items]
        if sum(len(part) for part in parts) > TemplateLimits.MAX_VALUE:
            raise _too_large()
        return "".join(parts)


def _environment() -> _LetterEnvironment:
    env = _LetterEnvironment(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=False)
    env.filters = {name: _limited_filter(name, function) for name, function in env.filters.items()}
    env.filters["dato"] = long_date
    env.globals["range"] = _limited_range
    return env


_ENV = _environment()


def _deadline_tracer(deadline: float):
    """A ``sys.settrace`` hook that stops the compiled template (``<template>`` frames) at ``deadline``."""

    def line(frame, event, arg):
        if event == "line":
            if time.monotonic() > deadline:
                raise _LimitExceeded(_("Skabelonen tager for lang tid at flette (over %(seconds)s sekunder).")
                                     % {"seconds": f"{TemplateLimits.MAX_SECONDS:g}"})
            for value in frame.f_locals.values():
                _check_value(value)
        return line

    def call(frame, event, arg):
        return line if frame.f_code.co_filename == "<template>" else None

    return call


def _render_limited(source: str, context: dict) -> str:
    deadline = time.monotonic() + TemplateLimits.MAX_SECONDS
    template = _ENV.from_string(source)
    output: list[str] = []
    size = 0
    previous = sys.gettrace()
    sys.settrace(_deadline_tracer(deadline))
    try:
        for chunk in template.generate(context):
            size += len(chunk)
            if size > TemplateLimits.MAX_OUTPUT:
                raise _LimitExceeded(_("Brevet bliver for langt (over %(max)s tegn).")
                                     % {"max": f"{TemplateLimits.MAX_OUTPUT:,}".replace(",", ".")})
            if time.monotonic() > deadline:
                raise _LimitExceeded(_("Skabelonen tager for lang tid at flette (over %(seconds)s sekunder).")
                                     % {"seconds": f"{TemplateLimits.MAX_SECONDS:g}"})
            output.append(chunk)
    finally:
        sys.settrace(previous)
    return "".join(output)


def render_text(source: str, context: dict) -> str:
    """Render staff-edited ``source`` with ``context`` in the sandbox; raise ``LetterTemplateError``."""
    try:
        return _render_limited(source, context)
    except _LimitExceeded as error:
        raise LetterTemplateError(str(error)) from None
    except TemplateError as error:
        raise LetterTemplateError(str(error)) from error
    except (MemoryError, RecursionError) as error:
        raise LetterTemplateError(_("Skabelonen er for kompliceret at flette.")) from error
    except Exception as error:  # noqa: BLE001 - e.g. bad arithmetic (ZeroDivisionError), a wrong type
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
        sent, due = local_date(hoering.sent_at), hoering.deadline
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

    today = today or local_today()
    henvendelse = case.henvendelse
    recipient = recipient_for_case(case)
    points = list(case.klagepunkter.select_related("department", "complaint_body").order_by("number"))
    deadlines = case_selectors.case_deadlines(case=case, today=today)
    if hoering is None:
        hoeringer = [h for h, _explanation in deadlines["hoeringer"]]
        hoering = hoeringer[-1] if hoeringer else None
    guided = next((p.complaint_body for p in points if p.decision == Decision.GUIDE and p.complaint_body), None)
    with translation.override(language):  # labels in the letter's language, not the advisor's
        points_fields = [_point_fields(p, language) for p in points]
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
        "klagepunkter": points_fields,
        "klageinstans": _body(guided, language),
        "hoering": hoering_merge_fields(hoering, office=office, language=language, today=today),
        # Signed with the advisor's full name; a user without one (only a username) signs nothing
        # but the office's name, which every template puts below (docs/letters.md).
        "raadgiver": {"navn": advisor.get_full_name().strip() if advisor else ""},
    }


def _point_fields(point, language: str) -> dict:
    """A klagepunkt's merge fields. ``emne`` says what the point is about in the letter's words (theme
    or ground, and where); ``beskrivelse`` is staff's own note, written about the citizen, not to them."""
    place = point.unit or (point.department.name if point.department else "")
    subject = str(point.get_theme_display() if point.theme else point.get_ground_display())
    return {
        "nummer": point.number,
        "emne": f"{subject} – {place}" if place else subject,
        "beskrivelse": point.description,
        "kode": point.decision,
        "beslutning": str(point.get_decision_display()),
        "resultat": str(point.get_outcome_display()) if point.outcome else "",
        "grad": str(point.get_kritik_degree_display()) if point.kritik_degree else "",
        "begrundelse": point.outcome_reason,
        "forvaltning": point.department.name if point.department else "",
        "enhed": point.unit,
        "opfoelgning": long_date(point.henstilling_follow_up or point.forward_follow_up, language),
        "klageinstans": _body(point.complaint_body, language),
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
        "klagepunkter": [{"nummer": 1, "kode": "case", "emne": "Sagsbehandlingstid og manglende svar – Jobcenter",
                          "beskrivelse": "Ingen svar på breve.",
                          "beslutning": "Tages op som sag",
                          "resultat": "Kritik", "grad": "kritisabelt", "begrundelse": "Svartiden var for lang.",
                          "forvaltning": "Beskæftigelses- og Integrationsforvaltningen", "enhed": "Jobcenter",
                          "opfoelgning": long_date(day, language), "klageinstans": body}],
        "klageinstans": body,
        "hoering": {"forvaltning": "Beskæftigelses- og Integrationsforvaltningen", "spoergsmaal": "Hvorfor?",
                    "frist": long_date(day + dt.timedelta(days=42), language), "sendt": long_date(day, language)},
        "raadgiver": {"navn": "Rita Rådgiver"},
    }
