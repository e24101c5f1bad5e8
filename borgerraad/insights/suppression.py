"""Secondary suppression: no count hidden in the publishable beretning can be worked out from what it shows.

Hiding a count from 1 to ``below - 1`` ("< 5", *primary suppression*) is not enough when the table
also shows the total of its row or column and every other count in it: the hidden one is the total
minus the others. Statistics offices therefore also hide other cells (*secondary* or
*complementary suppression*), chosen so that no primarily suppressed cell can be recalculated
from the published margins (docs/insights.md, "Small counts", for the sources).

The method here is the usual greedy one for frequency tables:

1. The figures are cells (any hashable key -> a count) and *relations*: ``total = sum(parts)``,
   each one that the edition lets a reader rely on (a column and the total printed for it in the
   key figures, a row and its "I alt", the same figure in two tables). A relation that does not
   hold for these counts is left out: a reader cannot use it either.
2. Primary: every count from 1 to ``below - 1``.
3. A hidden cell is *determined* when it follows from the relations and the shown cells by
   linear algebra (subtraction, also over several relations at once): exactly when its unit
   vector lies in the row space of the relations restricted to the hidden cells. This is checked
   exactly (fractions), not by counting hidden cells per line, so chains across tables are caught.
4. While a hidden cell is determined, hide the smallest shown count greater than 0 in a relation
   that holds a determined cell (a part before a total; a 0 only when nothing else is left), and
   check again.
5. Bounds, one relation at a time: a reader knows "< 5" is 1-4 and ".." is 0 or 5 and more, so
   hidden parts whose known rest is the least (or, all small, the most) they can add up to are
   each known (two "< 5" adding up to 8 are two 4s); such a relation gets one more hidden cell
   too. Bounds reasoning over several relations at once (an integer program) is not done.

It ends, as each round hides one more cell. It does not search for the fewest cells (an optimal
pattern is an integer program); on a beretning's small tables the greedy choice costs a few cells.
A pure module: no Django.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

Key = Hashable


@dataclass(frozen=True)
class Relation:
    """``values[total] == sum(values[part] for part in parts)``."""

    total: Key
    parts: tuple[Key, ...]

    def holds(self, values: Mapping[Key, int]) -> bool:
        return all(key in values for key in (self.total, *self.parts)) and \
            values[self.total] == sum(values[part] for part in self.parts)

    def keys(self) -> tuple[Key, ...]:
        return (self.total, *self.parts)


def primary(values: Mapping[Key, int], below: int) -> frozenset[Key]:
    return frozenset(key for key, value in values.items() if 0 < value < below)


def _rows(hidden: set[Key], relations: Sequence[Relation]) -> tuple[list[Key], list[dict[int, Fraction]]]:
    """The relations over the hidden cells only (what is shown is a known constant): cells, sparse rows."""
    columns: list[Key] = []
    index: dict[Key, int] = {}
    rows = []
    for relation in relations:
        row: dict[int, Fraction] = {}
        for key, sign in ((relation.total, 1), *((part, -1) for part in relation.parts)):
            if key in hidden:
                column = index.setdefault(key, len(columns))
                if column == len(columns):
                    columns.append(key)
                row[column] = row.get(column, Fraction(0)) + sign
        row = {column: value for column, value in row.items() if value}
        if row:
            rows.append(row)
    return columns, rows


def _minus(row: dict[int, Fraction], factor: Fraction, other: dict[int, Fraction]) -> dict[int, Fraction]:
    """``row - factor * other``, without zeros."""
    result = dict(row)
    for column, value in other.items():
        result[column] = result.get(column, Fraction(0)) - factor * value
    return {column: value for column, value in result.items() if value}


def determined(hidden: Iterable[Key], relations: Sequence[Relation]) -> list[Key]:
    """The hidden cells that follow from the relations and the cells shown (in the relations' order)."""
    columns, rows = _rows(set(hidden), relations)
    # Reduced row echelon form: a cell is determined when its pivot row holds no other (free) cell.
    pivots: dict[int, dict[int, Fraction]] = {}
    for row in rows:
        for column, pivot_row in pivots.items():
            if column in row:
                row = _minus(row, row[column], pivot_row)
        if not row:
            continue
        column = min(row)
        row = {c: v / row[column] for c, v in row.items()}
        for other_column, other in list(pivots.items()):
            if column in other:
                pivots[other_column] = _minus(other, other[column], row)
        pivots[column] = row
    return [columns[column] for column, row in sorted(pivots.items()) if len(row) == 1]


def _pinned(values: Mapping[Key, int], relations: Sequence[Relation], hidden: set[Key], small: frozenset[Key],
            below: int) -> list[Relation]:
    """Relations whose hidden cells a reader can pin down by their bounds alone.

    A reader knows a small count is 1 to ``below - 1`` and another hidden count 0 or ``below`` and
    more. In a relation whose total is shown, the hidden parts add up to a known rest; when that rest
    is the least they can add up to (every small one 1, every other 0) or, with only small ones, the
    most (every one ``below - 1``), each of them is known.
    """
    found = []
    for relation in relations:
        if relation.total in hidden:
            continue
        parts = [part for part in relation.parts if part in hidden]
        if not parts:
            continue
        rest = sum(values[part] for part in parts)
        smalls = sum(1 for part in parts if part in small)
        if rest == smalls or (smalls == len(parts) and rest == smalls * (below - 1)):
            found.append(relation)
    return found


def _candidates(values: Mapping[Key, int], relation: Relation, hidden: set[Key]) -> list[tuple]:
    return [(values[key] == 0, values[key], position == 0, repr(key), key)
            for position, key in enumerate(relation.keys()) if key not in hidden]


def secondary(values: Mapping[Key, int], relations: Iterable[Relation], below: int) -> frozenset[Key]:
    """The cells to hide besides the small counts, so that no hidden cell can be recalculated."""
    usable = [relation for relation in relations if relation.holds(values)]
    small = primary(values, below)
    hidden = set(small)
    chosen: set[Key] = set()
    while True:
        found = set(determined(hidden, usable))
        candidates = [candidate for relation in usable if found.intersection(relation.keys())
                      for candidate in _candidates(values, relation, hidden)]
        if not candidates:  # nothing follows by subtraction: does anything follow from the bounds?
            for relation in _pinned(values, usable, hidden, small, below):
                candidates += _candidates(values, relation, hidden)
                if candidates:
                    break
        if not candidates:  # nothing determined (or only what every relation around it hides, a 0)
            return frozenset(chosen)
        key = min(candidates)[-1]
        hidden.add(key)
        chosen.add(key)
