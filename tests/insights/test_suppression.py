"""Secondary suppression (``insights/suppression.py``) on small tables whose counts are known.

The check of the result is the beretning test's own (``_derivable``: exact rank computation), not the
module's ``determined``."""

from __future__ import annotations

import itertools

from borgerraad.insights.suppression import Relation, determined, primary, secondary
from tests.insights.test_beretning import _derivable


def _pairs(relations):
    return [(relation.total, relation.parts) for relation in relations]


def test_a_row_with_one_small_count_and_its_total_hides_the_next_smallest():
    values = {"a": 2, "b": 10, "c": 7, "total": 19}
    relations = [Relation("total", ("a", "b", "c"))]
    assert _derivable({"a"}, _pairs(relations)) == ["a"]  # 19 - 10 - 7
    assert secondary(values, relations, 5) == {"c"}
    assert _derivable({"a", "c"}, _pairs(relations)) == []


def test_a_table_with_row_and_column_totals_leaves_no_small_count_to_work_out():
    counts = [1, 8, 9, 6, 7, 12, 15, 3, 20]
    values = {(i, j): counts[3 * i + j] for i, j in itertools.product(range(3), range(3))}
    relations = []
    for i in range(3):
        values[(i, "I alt")] = sum(values[(i, j)] for j in range(3))
        relations.append(Relation((i, "I alt"), tuple((i, j) for j in range(3))))
    for j in range(3):
        values[("I alt", j)] = sum(values[(i, j)] for i in range(3))
        relations.append(Relation(("I alt", j), tuple((i, j) for i in range(3))))
    hidden = primary(values, 5) | secondary(values, relations, 5)
    assert primary(values, 5) == {(0, 0), (2, 1)}
    assert _derivable(hidden, _pairs(relations)) == []
    assert determined(hidden, relations) == []
    assert len(hidden) < len(values) / 2  # most of the table is still shown


def test_a_chain_through_another_table_is_followed():
    # a + b = 9 is printed, and b is printed again elsewhere as c: hiding b alone would not do.
    values = {"a": 2, "b": 7, "c": 7, "total": 9}
    relations = [Relation("total", ("a", "b")), Relation("b", ("c",))]
    assert _derivable({"a", "b"}, _pairs(relations)) == ["a", "b"]
    assert secondary(values, relations, 5) == {"b", "c"}


def test_small_counts_pinned_by_their_bounds_get_another_hidden_beside_them():
    # Two "< 5" adding up to 8 are two 4s; adding up to 2, two 1s. Neither follows by subtraction alone.
    for a, b in ((4, 4), (1, 1)):
        values = {"a": a, "b": b, "c": 10, "total": a + b + 10}
        relations = [Relation("total", ("a", "b", "c"))]
        assert _derivable({"a", "b"}, _pairs(relations)) == []
        assert secondary(values, relations, 5) == {"c"}
    values = {"a": 3, "b": 4, "c": 10, "total": 17}  # 7 = 3 + 4 or 4 + 3: nothing to add
    assert secondary(values, [Relation("total", ("a", "b", "c"))], 5) == frozenset()


def test_a_sum_that_does_not_hold_is_not_used():
    values = {"a": 2, "b": 10, "total": 15}  # a reader cannot rely on it
    assert secondary(values, [Relation("total", ("a", "b"))], 5) == frozenset()


def test_the_threshold_decides_what_is_small():
    values = {"a": 4, "b": 10, "c": 7, "total": 21}
    relations = [Relation("total", ("a", "b", "c"))]
    assert secondary(values, relations, 5) == {"c"}
    assert secondary(values, relations, 3) == frozenset()
