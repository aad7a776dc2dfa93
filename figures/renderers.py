"""The ledger's JSON, written fast, and its CSV (?format=csv or Accept: text/csv): one row per estimate's appearance."""

from __future__ import annotations

import csv
import io
import operator

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
        # As DRF does: U+2028 and U+2029 end a line in JavaScript, so they are escaped.
        for raw, escaped in _LINE_SEPARATORS:
            written = written.replace(raw, escaped)
        return written


_LINE_SEPARATORS = (("\u2028".encode(), rb"\u2028"), ("\u2029".encode(), rb"\u2029"))


class LedgerCSVRenderer(BaseRenderer):
    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None) -> bytes:
        """A ledger (ledger_data's dict) as rows. Errors never get here: FigureViewSet answers them in JSON."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")  # None is written as an empty cell
        labels = {origin["key"]: origin["label"] for origin in data["origins"]}
        writer.writerow(CSV_COLUMNS)
        # Each entry's cells picked in C: a dict and a list per row took a third of a big ledger's CSV.
        at = CSV_COLUMNS.index("origin_label")
        before, after = operator.itemgetter(*CSV_COLUMNS[:at]), operator.itemgetter(*CSV_COLUMNS[at + 1 :])
        writer.writerows((*before(entry), labels.get(entry["origin"], ""), *after(entry)) for entry in data["entries"])
        return out.getvalue().encode()
