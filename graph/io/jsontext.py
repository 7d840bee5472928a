"""The JSON text of the writers (JSON-LD, node-link): json.dumps(o, ensure_ascii=False, indent=1, sort_keys=True),
byte for byte, made faster. With an indent, json runs its pure-Python encoder, a generator per level, which cost
more than building what it writes."""
from __future__ import annotations

import json

__all__ = ["dumps_indented", "quoted"]

quoted = json.encoder.encode_basestring  # json's own (C) quoting, as ensure_ascii=False uses


def dumps_indented(o, pad: str = "\n") -> str:
    """json.dumps(o, ensure_ascii=False, indent=1, sort_keys=True); with `pad`, o's text where it is nested at that
    indent (a newline and one space per level), as the whole document's text holds it."""
    return _indented(o, pad)


def _indented(o, pad: str) -> str:
    # (a string, the most common value, is quoted in place: a call less for each)
    if isinstance(o, str):
        return quoted(o)
    if isinstance(o, dict):
        if not o:
            return "{}"
        inner = pad + " "
        return "{" + inner + ("," + inner).join(
            [quoted(k) + ": " + (quoted(v) if type(v) is str else _indented(v, inner))
             for k, v in sorted(o.items())]) + pad + "}"
    if isinstance(o, (list, tuple)):  # (json writes a tuple as a list)
        if not o:
            return "[]"
        inner = pad + " "
        return "[" + inner + ("," + inner).join(
            [quoted(x) if type(x) is str else _indented(x, inner) for x in o]) + pad + "]"
    kind = type(o)
    if kind is int:
        return int.__repr__(o)  # (as json writes an int)
    if kind is bool:
        return "true" if o else "false"
    if o is None:
        return "null"
    return json.dumps(o)  # a float (json's spelling of NaN and the infinities), or what json makes of anything else
