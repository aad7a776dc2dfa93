"""Request parsers that refuse NUL characters anywhere in the input (PostgreSQL cannot store or compare them)."""

from rest_framework import parsers
from rest_framework.exceptions import ParseError


def _check(data):
    if isinstance(data, str):
        if "\x00" in data:
            raise ParseError("NUL characters are not allowed in the input.")
    elif isinstance(data, dict):
        for key, value in data.items():
            _check(key)
            _check(value)
    elif isinstance(data, list | tuple):
        for item in data:
            _check(item)
    return data


class JSONParser(parsers.JSONParser):
    def parse(self, stream, media_type=None, parser_context=None):
        return _check(super().parse(stream, media_type, parser_context))


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
