"""The JSON export's writer: valid JSON that reads back as the same value, one line per flat container."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from generator.render.export import dumps

scalars = st.none() | st.booleans() | st.integers() | st.text()
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=30,
)


@given(values)
def test_dumps_reads_back_as_the_same_value(value):
    text = dumps(value)
    assert text.endswith("\n")
    assert json.loads(text) == value


def test_flat_containers_take_one_line_and_nested_ones_are_indented():
    text = dumps({"tags": ["a", "b"], "citations": [{"source": "x", "sentence": 1}], "empty": []})
    assert text.splitlines() == [
        "{",
        ' "tags": ["a", "b"],',
        ' "citations": [',
        '  {"source": "x", "sentence": 1}',
        " ],",
        ' "empty": []',
        "}",
    ]
