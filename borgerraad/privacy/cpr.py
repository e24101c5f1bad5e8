"""Finding, validating and masking Danish CPR numbers in free text.

Rules (docs/domain.md § 7, docs/triage-contract.md):

- A CPR number is ten digits ``DDMMYY-SSSS``, written together, with a dash or with one space
  between the two parts (an en dash, as word processors type it, counts as a dash).
- The first six digits must be a real date. The century comes from digit 7 (the first of SSSS):
  0-3 → 1900-1999; 4 or 9 → 2000-2036, else 1937-1999; 5-8 → 2000-2057, else 1858-1899.
- A birth date after today cannot belong to a person, so it is not a CPR number. This is the one
  thing we take from ``stdnum.dk.cpr``'s behaviour, deliberately: it keeps numbers that only look
  like a future date from raising a false alarm.
- Modulus 11 is NOT checked: numbers without it have been issued since 2007.
- No false alarms on other numbers: the ten digits must stand alone (no digit, letter or
  joining character like ``-`` ``/`` ``.`` glued to either side, so part of a longer number,
  ``2026-0012345`` or the date range ``010926-300926`` is never a match), and a number right after
  a word that names another kind of number (sagsnr., journalnr., kontonr., reg.nr., tlf. ...) is
  skipped unless the text names it as a CPR number. Phone numbers have eight digits and are
  never matched.
- Masking, and refusing a CPR number where none belongs (names, addresses, units), also take
  ten digits glued to letters, underscores or dots (``scan_230456-1478.pdf``, ``cpr:2304561478``,
  ``x230456-1478y``): hiding a number that was not a CPR number costs nothing there, a CPR number
  left in clear does. ``joined=True`` asks for this; the rest of the rules hold (a real date, no
  digit or number-joining ``-`` ``/`` ``.`` ``,`` + digit on either side, no other kind of number
  named right before), so phone numbers, case numbers and dates are still not CPR numbers.
  Detection for the triage engine's ``cpr_found`` stays strict to avoid false alarms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from borgerraad.core.calendar import local_today

# Two parts with at most one separator; nothing number-like glued to either side.
_CANDIDATE = re.compile(
    r"(?<![\w+\-–/.,:])"  # not part of a longer number, word, phone (+45...) or date (01.02.)
    r"(\d{6})[-– ]?(\d{4})"
    r"(?![\w\-–/]|[.,]\d)"  # not followed by more digits, letters, a range dash or a decimal
)

# Words that announce another kind of number. Checked in the few words right before the number.
_OTHER_NUMBER_WORDS = re.compile(
    r"(sags?\s*-?\s*n(umme)?r|sag\s+nr|journal\s*-?\s*n(umme)?r|j\.\s*nr|konto\s*-?\s*n(umme)?r|konto|"
    r"reg\.?\s*-?\s*nr|registreringsn(umme)?r|tlf|telefon|mobil|phone|fax|ordre\s*-?\s*nr|"
    r"faktura\s*-?\s*nr|kunde\s*-?\s*nr|kundenummer|ean|cvr|se-nr|p-nr|case\s*(no|number)|"
    r"reference|ref\.?|account|iban|bilag)[\W_]*$",
    re.IGNORECASE,
)
_CPR_WORD = re.compile(r"(cpr|personn(umme)?r|person\s*-?\s*nr|pers\.\s*nr|civil registration)", re.IGNORECASE)
# The same ten digits, glued to letters or punctuation allowed; still not part of a longer number.
_JOINED_CANDIDATE = re.compile(
    r"(?<![\d+])(?<!\d[.,:\-–/])"  # no digit (or +45) before, nor a digit and a joiner (2026-, 01.)
    r"(\d{6})[-– ]?(\d{4})"
    r"(?!\d)(?![\-–/.,]\d)"  # no digit after, nor a joiner and a digit (-5, .12)
)
_CONTEXT_CHARS = 30


@dataclass(frozen=True, slots=True)
class CprMatch:
    """A CPR number found in a text: where it is and its ten digits."""

    start: int
    end: int
    digits: str

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    @property
    def masked(self) -> str:
        return f"{self.digits[:6]}-xxxx"


def birth_date(digits: str) -> date | None:
    """The birth date encoded in ten CPR digits, or None when they hold no real date."""
    day, month, year2, digit7 = int(digits[0:2]), int(digits[2:4]), int(digits[4:6]), int(digits[6])
    if digit7 <= 3:
        century = 1900
    elif digit7 in (4, 9):
        century = 2000 if year2 <= 36 else 1900
    else:
        century = 2000 if year2 <= 57 else 1800
    try:
        return date(century + year2, month, day)
    except ValueError:
        return None


def is_valid_cpr(value: str, *, today: date | None = None) -> bool:
    """True when ``value`` (10 digits, optional dash or space) is a possible CPR number."""
    digits = re.sub(r"[-– ]", "", value.strip())
    # isdecimal, not isdigit: "²" and "①" are digits to Python but int() refuses them.
    if len(digits) != 10 or not digits.isdecimal():
        return False
    born = birth_date(digits)
    return born is not None and born <= (today or local_today())  # Copenhagen's today (core.calendar)


def has_foreign_digits(value: str) -> bool:
    """True when ``value`` holds a digit other than ASCII 0-9: ``²``, ``①``, full-width ``１``, Arabic-Indic ``١``."""
    return any(char.isdigit() and not char.isascii() for char in value)


def cpr_normalised(value: str) -> str | None:
    """``ddmmåå-xxxx`` for a possible CPR number typed with or without spaces and dashes, else None.

    Only ASCII digits are accepted: a CPR number typed into a form is stored, compared and sent to
    Digital Post as ``0-9``, so look-alike digits are refused (``has_foreign_digits`` names why).
    """
    digits = re.sub(r"[\s\-–]", "", value)
    if not digits.isascii():
        return None
    return f"{digits[:6]}-{digits[6:]}" if is_valid_cpr(digits) else None


def find_cpr_numbers(text: str, *, today: date | None = None, joined: bool = False) -> list[CprMatch]:
    """Every CPR number in ``text``, in order of appearance (``joined``: also glued to other text)."""
    matches: list[CprMatch] = []
    for found in (_JOINED_CANDIDATE if joined else _CANDIDATE).finditer(text):
        digits = found.group(1) + found.group(2)
        if not is_valid_cpr(digits, today=today):
            continue
        before = text[max(0, found.start() - _CONTEXT_CHARS):found.start()]
        if _OTHER_NUMBER_WORDS.search(before) and not _CPR_WORD.search(before):
            continue
        matches.append(CprMatch(start=found.start(), end=found.end(), digits=digits))
    return matches


def contains_cpr(text: str, *, today: date | None = None, joined: bool = False) -> bool:
    return bool(find_cpr_numbers(text, today=today, joined=joined))


def mask_cpr(text: str, *, today: date | None = None) -> str:
    """``text`` with every CPR number, also one glued to other text, replaced by ``DDMMYY-xxxx``."""
    parts: list[str] = []
    position = 0
    for match in find_cpr_numbers(text, today=today, joined=True):
        parts.append(text[position:match.start])
        parts.append(match.masked)
        position = match.end
    parts.append(text[position:])
    return "".join(parts)
