"""The ledger as CSV (?format=csv or Accept: text/csv): one row per estimate's appearance."""

from __future__ import annotations

import csv
import io

from rest_framework.renderers import BaseRenderer

from figures.serializers import CSV_COLUMNS


class LedgerCSVRenderer(BaseRenderer):
    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None) -> bytes:
        """A ledger (ledger_data's dict) as rows. Errors never get here: FigureViewSet answers them in JSON."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        labels = {origin["key"]: origin["label"] for origin in data["origins"]}
        writer.writerow(CSV_COLUMNS)
        for entry in data["entries"]:
            row = {**entry, "origin_label": labels.get(entry["origin"], "")}
            writer.writerow(["" if row.get(column) is None else row[column] for column in CSV_COLUMNS])
        return out.getvalue().encode()
