"""graph/io/jsontext.py writes what json.dumps(o, ensure_ascii=False, indent=1, sort_keys=True) writes, byte for
byte, for every kind of value the writers hand it."""
from __future__ import annotations

import json

import pytest

from graph.io.jsontext import dumps_indented


@pytest.mark.parametrize("value", [
    {}, [], (), "", "caf\u00e9 \"quoted\" \\ back\nline\t\u0001", 0, -7, 10 ** 30, True, False, None, 1.5, -0.0,
    float("nan"), float("inf"),
    {"b": [1, {"c": ()}], "a": ({"z": None, "y": [[], {}]},), "\u00e9": "x"},
    [[[["deep"]]], ("t", 1), {"k": (True, None)}],
])
def test_same_text_as_json_dumps(value):
    assert dumps_indented(value) == json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True)
