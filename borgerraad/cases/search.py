"""Full-text search over henvendelser, klagepunkter, notes and høringer without storing the text.

The texts are encrypted at rest (privacy.fields), so SQL cannot search them. Instead the
services keep one ``SearchDocument`` per henvendelse up to date, holding only:

- words of letters (no digits at all, so no CPR, phone, account or case numbers; CPR numbers
  are also masked first, ``privacy.cpr.mask_cpr``), lower-cased, de-duplicated and sorted, so
  word order and sentences are gone;
- on PostgreSQL: ``strip(to_tsvector('danish', words))``, the stemmed lexemes without positions,
  GIN-indexed, queried with ``websearch_to_tsquery('danish', ...)`` ("klagerne" finds "klage");
- on every database: the Snowball-Danish stems of the words (``tokens``), which the SQLite
  fallback matches word by word (the same Snowball algorithm as PostgreSQL's ``danish``).

The trade-off (docs/cases.md): stems of names and other words in the text are readable in the
index; the text itself, its order and its numbers are not.
"""

from __future__ import annotations

import re

import snowballstemmer
from django.contrib.postgres.search import SearchQuery, SearchVector, SearchVectorField
from django.db import connection
from django.db.models import Func, Q, TextField, Value

from borgerraad.privacy.cpr import mask_cpr

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_stemmer = snowballstemmer.stemmer("danish")
MIN_WORD = 2


def words(text: str) -> list[str]:
    """The distinct words of letters in ``text``, lower-cased and sorted (no digits, no order)."""
    return sorted({word for word in _WORD.findall(mask_cpr(text).lower()) if len(word) >= MIN_WORD})


def stems(text: str) -> list[str]:
    return sorted({_stemmer.stemWord(word) for word in words(text)})


def tokens_value(text: str) -> str:
    """The ``tokens`` column: stems framed by spaces so ``LIKE '% stem %'`` matches whole stems."""
    found = stems(text)
    return f" {' '.join(found)} " if found else ""


def uses_postgres() -> bool:
    return connection.vendor == "postgresql"


def vector_expression(text: str):
    """``strip(to_tsvector('danish', <words>))``: lexemes without positions (PostgreSQL only)."""
    plain = " ".join(words(text))
    return Func(
        SearchVector(Value(plain, output_field=TextField()), config="danish"),
        function="strip",
        output_field=SearchVectorField(),
    )


def match_q(query: str, *, prefix: str = "") -> Q:
    """A filter on ``<prefix>tokens``/``<prefix>vector`` matching every word of ``query``."""
    if uses_postgres():
        return Q(**{f"{prefix}vector": SearchQuery(query, config="danish", search_type="websearch")})
    wanted = stems(query)
    if not wanted:
        return Q(pk__in=[])
    condition = Q()
    for stem in wanted:
        condition &= Q(**{f"{prefix}tokens__contains": f" {stem} "})
    return condition
