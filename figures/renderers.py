"""The ledger's JSON, written fast, and its CSV (?format=csv or Accept: text/csv): one row per estimate's appearance."""

from __future__ import annotations

import csv
import io
import re

import orjson
from rest_framework.renderers import BaseRenderer, JSONRenderer

from figures.serializers import CSV_COLUMNS


class LedgerJSONRenderer(JSONRenderer):
    """
    DRF's JSON, byte for byte, written by orjson: a big figure's ledger is six megabytes of plain
    values (figures.serializers.ledger_data makes them JSON-ready), which the standard library took
    50 ms to write. What orjson does not know (a lazy translation in an error) goes through DRF's
    encoder; an indented answer (``Accept: application/json; indent=4``) is left to DRF.
    """

    def render(self, data, accepted_media_type=None, renderer_context=None) -> bytes:
        if data is None or self.get_indent(accepted_media_type, renderer_context or {}):
            return super().render(data, accepted_media_type, renderer_context)
        written = orjson.dumps(data, default=self.encoder_class().default)
        # As DRF does: U+2028 and U+2029 end a line in JavaScript, so they are escaped. Looked for
        # once by a pattern first: two replace() calls each read all six megabytes (10 ms; 2).
        if _LINE_SEPARATOR.search(written):
            for raw, escaped in _LINE_SEPARATORS:
                written = written.replace(raw, escaped)
        return written


_LINE_SEPARATORS = (("\u2028".encode(), rb"\u2028"), ("\u2029".encode(), rb"\u2029"))
_LINE_SEPARATOR = re.compile(rb"\xe2\x80[\xa8\xa9]")  # either, in UTF-8: a literal prefix the pattern scans for fast


class LedgerCSVRenderer(BaseRenderer):
    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None) -> bytes:
        """
        A ledger's rows ({"rows": figures.serializers.ledger_rows(ledger)}) under CSV_COLUMNS.
        Errors never get here: FigureViewSet answers them in JSON.
        """
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")  # None is written as an empty cell
        writer.writerow(CSV_COLUMNS)
        writer.writerows(data["rows"])
        return out.getvalue().encode()
