"""
Request parsers that refuse, with a 400 naming the problem, input no resource of ours can hold:

- NUL characters anywhere (PostgreSQL cannot store or compare them);
- JSON nested deeper than MAX_JSON_DEPTH arrays and objects. Our deepest resource is three
  levels (a verification's evidence list inside its object); a document 10,000 levels deep would
  exhaust Python's recursion while being parsed or walked, which is a 500 for every write.
"""

from __future__ import annotations

from rest_framework import parsers
from rest_framework.exceptions import ParseError

MAX_JSON_DEPTH = 32  # arrays and objects inside one another; documented in the API's description
TOO_DEEP = f"The JSON is nested too deep: at most {MAX_JSON_DEPTH} levels of arrays and objects are accepted."


def _check(data):
    """Walk ``data`` without recursion: refuse NUL characters, and nesting deeper than MAX_JSON_DEPTH."""
    stack = [(data, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, str):
            if "\x00" in item:
                raise ParseError("NUL characters are not allowed in the input.")
        elif isinstance(item, dict | list | tuple):
            if depth >= MAX_JSON_DEPTH:
                raise ParseError(TOO_DEEP)
            if isinstance(item, dict):
                stack.extend((key, depth + 1) for key in item)
                stack.extend((value, depth + 1) for value in item.values())
            else:
                stack.extend((value, depth + 1) for value in item)
    return data


class JSONParser(parsers.JSONParser):
    def parse(self, stream, media_type=None, parser_context=None):
        try:
            data = super().parse(stream, media_type, parser_context)
        except RecursionError as exc:  # the JSON scanner's own limit, far beyond ours
            raise ParseError(TOO_DEEP) from exc
        return _check(data)


class FormParser(parsers.FormParser):
    def parse(self, stream, media_type=None, parser_context=None):
        data = super().parse(stream, media_type, parser_context)
        _check({key: data.getlist(key) for key in data})
        return data


class MultiPartParser(parsers.MultiPartParser):
    def parse(self, stream, media_type=None, parser_context=None):
        result = super().parse(stream, media_type, parser_context)
        _check({key: result.data.getlist(key) for key in result.data})
        return result
