"""
The ledger's chart: a Vega-Lite spec built from a figure's ledger, rendered on the server to SVG
by vl-convert (Vega's own renderer in an embedded JavaScript engine: no browser, no network, no
script on the page).

Time runs across, the figure up. Each estimate is a point with the range its wording allows as a
bar; one colour per independent origin (the Okabe-Ito palette, safe for colour-blind readers);
each origin's estimates joined by a line, so a revision is a step; disputes and denials drawn as
other shapes; the consensus band shaded. There are two renderings of the same spec: a wide one
for screens, and a narrow one for phones whose text is drawn at the size it is read at, not
shrunk with the picture (the page shows one or the other with CSS). The legend is HTML beside
the chart: it wraps on a phone, and it costs the renderer nothing to measure.

A ledger of thousands of estimates is drawn thinned (``thin``): each origin's changes of figure
and its disputes and denials always, and otherwise at most one estimate per origin per stretch of
time. The page says so; the table beside the chart lists every estimate.

Rendering takes tens of milliseconds (most of it measuring the axes' labels), so the SVG is kept
in the cache under the ledger's version: it is drawn once per change of the ledger.
"""

from __future__ import annotations

import datetime
import functools
import heapq
import json
import logging
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any, NamedTuple

import vl_convert
from django.core.cache import cache
from django.template.defaultfilters import pluralize
from django.utils.html import escape

from claims.quantities import format_number
from figures.ledger import Ledger
from figures.models import Figure

logger = logging.getLogger(__name__)

# Bump when the drawing changes, so SVGs cached by the previous code are not served.
# 2: mark containers carry no role of their own (axe: svg-img-alt); 3: a phone's chart thinner;
# 4: date labels spaced; 5: the consensus one shape.
CHART_FORMAT = 5

# Okabe and Ito's palette ("Color Universal Design", 2002), in the order that keeps the first
# colours furthest apart; yellow last, as it is faint on white. Origins past these share grey.
ORIGIN_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442")
OTHER_ORIGINS = "Other origins"
OTHER_COLOUR = "#8C959F"
BAND_COLOUR = "#57606A"

# What a stance looks like: stated (asserted, confirmed or relayed), disputed, denied.
MARKS = {"stated": "circle", "disputed": "triangle-down", "denied": "cross"}
MARK_OF_STANCE = {"disputes": "disputed", "denies": "denied"}

# The thinned chart keeps at most this many estimates per origin (the table keeps them all); the
# narrow rendering fewer, so that a phone's 340 pixels show points rather than a smear.
POINTS_PER_ORIGIN = 40
POINTS_PER_ORIGIN_NARROW = 16


class ChartPoint(NamedTuple):
    """
    One estimate as drawn: when, how much, within what range, from which origin, with what stance.
    A named tuple, like the ledger's entries: a chart is thinned from ten thousand of them.
    """

    key: str
    date: datetime.date
    value: Decimal
    lower: Decimal | None
    upper: Decimal | None
    origin: str
    stance: str
    speaker: str = ""

    @property
    def mark(self) -> str:
        return MARK_OF_STANCE.get(self.stance, "stated")

    @property
    def label(self) -> str:
        """What the point says to whoever reads the SVG's marks: the value first, as the table writes it."""
        bounds = ""
        if self.lower is not None and self.upper is not None and self.lower != self.upper:
            bounds = f" ({format_number(self.lower)} to {format_number(self.upper)})"
        elif self.lower is not None and self.upper is None:
            bounds = f" (at least {format_number(self.lower)})"
        who = f"{self.speaker}, " if self.speaker else ""
        return f"{format_number(self.value)}{bounds}: {who}{self.origin}, {self.date:%-d %b %Y}, {self.mark}"


@dataclass(frozen=True)
class ChartBand:
    """The consensus range over a stretch of time."""

    start: datetime.date
    end: datetime.date
    lower: Decimal
    upper: Decimal


@dataclass(frozen=True)
class ChartData:
    """Everything the chart draws, already thinned; ``total`` is how many estimates the ledger has."""

    points: tuple[ChartPoint, ...]
    bands: tuple[ChartBand, ...]
    unit: str
    origins: tuple[str, ...]  # in colour order
    total: int
    colours: dict[str, str] = field(default_factory=dict)

    @property
    def thinned(self) -> bool:
        return len(self.points) < self.total


def chart_data(
    points: Iterable[ChartPoint],
    bands: Iterable[ChartBand],
    *,
    unit: str,
    origins: Sequence[str] = (),
    per_origin: int = POINTS_PER_ORIGIN,
) -> ChartData:
    """
    The chart of these estimates: origins in the order given (else of their first estimate), the
    first eight with a colour each, or seven and the rest together in grey, and each origin's
    estimates thinned.
    """
    by_origin = _by_origin(points)
    first_seen: dict[str, None] = dict.fromkeys(origins)
    first_seen.update(dict.fromkeys(by_origin))  # by_origin is in the order of first estimates
    named = [origin for origin in first_seen if origin in by_origin]
    total = sum(len(series) for series in by_origin.values())
    if len(named) > len(ORIGIN_COLOURS):
        # Keep the origins with the most estimates; the rest are drawn as one grey series.
        keep = set(sorted(named, key=lambda o: (-len(by_origin[o]), named.index(o)))[: len(ORIGIN_COLOURS) - 1])
        others = [by_origin.pop(origin) for origin in named if origin not in keep]
        # Thinned before it is relabelled: thinning the grey series reads dates and marks only.
        by_origin[OTHER_ORIGINS] = list(heapq.merge(*others, key=_point_order))
        named = [o for o in named if o in keep]
        origins = (*named, OTHER_ORIGINS)
    else:
        origins = tuple(named)
    colours = {origin: colour for origin, colour in zip(origins, ORIGIN_COLOURS, strict=False)}
    if OTHER_ORIGINS in origins:
        colours[OTHER_ORIGINS] = OTHER_COLOUR
    return ChartData(
        points=tuple(_thin_groups(by_origin, per_origin=per_origin)),
        bands=tuple(sorted(bands, key=lambda b: b.start)),
        unit=unit,
        origins=origins,
        total=total,
        colours=colours,
    )


def narrowed(data: ChartData, *, per_origin: int = POINTS_PER_ORIGIN_NARROW) -> ChartData:
    """The same chart thinned further for a phone's width (the grey series keeps twice as many)."""
    return replace(data, points=tuple(thin(data.points, per_origin=per_origin)))


def _point_order(point: ChartPoint) -> tuple:
    return (point.date, point.key)


def _by_origin(points: Iterable[ChartPoint]) -> dict[str, list[ChartPoint]]:
    """Each origin's estimates in date order; origins in the order of their first estimate."""
    by_origin: dict[str, list[ChartPoint]] = defaultdict(list)
    for point in sorted(points, key=_point_order):
        by_origin[point.origin].append(point)
    return by_origin


def chart_data_for(ledger: Ledger) -> ChartData:
    """What the chart of a ledger draws: its dated estimates with a figure, and its consensus spans."""
    points = [
        # Positionally (key, date, value, lower, upper, origin, stance, speaker): keywords took twice as long.
        ChartPoint(
            str(entry.appearance_id),
            entry.stated_on,
            entry.value,
            entry.lower,
            entry.upper,
            entry.origin.label,
            entry.stance,
            entry.speaker_name or "",
        )
        for entry in ledger.entries
        if entry.stated_on is not None and entry.value is not None
    ]
    last = max((p.date for p in points), default=None)
    bands = [
        ChartBand(
            start=span.start, end=span.end or max(last or span.start, span.start), lower=span.lower, upper=span.upper
        )
        for span in ledger.consensus
        if span.lower is not None and span.upper is not None
    ]
    return chart_data(points, bands, unit=ledger.figure.unit, origins=[o.label for o in ledger.origins])


def _as_other(point: ChartPoint) -> ChartPoint:
    return ChartPoint(
        key=point.key,
        date=point.date,
        value=point.value,
        lower=point.lower,
        upper=point.upper,
        origin=OTHER_ORIGINS,
        stance=point.stance,
        speaker=f"{point.speaker}, {point.origin}" if point.speaker else point.origin,
    )


def thin(points: Iterable[ChartPoint], *, per_origin: int = POINTS_PER_ORIGIN) -> list[ChartPoint]:
    """
    The estimates worth drawing, in date order, at most ``per_origin`` per origin (twice that for
    the grey "other origins", drawn as one series). An origin with that many or fewer is drawn
    whole. Otherwise its first and latest estimate are kept, and its span of time is cut into
    equal stretches, each drawn by one estimate: its latest change of figure, dispute or denial if
    it has one (so a revision still shows as a step), else its latest estimate.
    """
    return _thin_groups(_by_origin(points), per_origin=per_origin)


def _thin_groups(by_origin: dict[str, list[ChartPoint]], *, per_origin: int) -> list[ChartPoint]:
    """thin() of series already grouped and in date order; the grey series' points are relabelled as kept."""
    kept: list[ChartPoint] = []
    for origin, series in by_origin.items():
        other = origin == OTHER_ORIGINS  # many origins in one series: a change of figure means nothing
        drawn = _thin_series(series, cap=per_origin * 2 if other else per_origin, changes=not other)
        kept.extend(_as_other(point) if other and point.origin != OTHER_ORIGINS else point for point in drawn)
    kept.sort(key=_point_order)
    return kept


def _thin_series(series: list[ChartPoint], *, cap: int, changes: bool) -> list[ChartPoint]:
    if len(series) <= cap:
        return series
    first, last = series[0], series[-1]
    start, span = first.date.toordinal(), max(last.date.toordinal() - first.date.toordinal() + 1, 1)
    stretches = max(cap - 2, 1)
    latest: dict[int, ChartPoint] = {}
    notable: dict[int, ChartPoint] = {}
    previous = first
    for point in series[1:-1]:
        stretch = (point.date.toordinal() - start) * stretches // span
        latest[stretch] = point
        figure, before = (point.value, point.lower, point.upper), (previous.value, previous.lower, previous.upper)
        changed = changes and figure != before
        if changed or point.mark != "stated":
            notable[stretch] = point
        previous = point
    middle = [notable.get(stretch, point) for stretch, point in latest.items()]
    return [first, *middle, last]


def _number(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def chart_spec(data: ChartData, *, narrow: bool = False) -> dict[str, Any]:
    """The Vega-Lite spec: the same for the server's SVG and for an interactive embed."""
    width, height = (340, 300) if narrow else (720, 360)
    font_size = 13  # drawn at the size it is read at: the narrow rendering is not scaled down
    values = [
        {
            "key": p.key,
            "date": p.date.isoformat(),
            "value": _number(p.value),
            "lower": _number(p.lower if p.lower is not None else p.value),
            "upper": _number(p.upper if p.upper is not None else p.value),
            "origin": p.origin,
            "mark": p.mark,
            "label": p.label,
        }
        for p in data.points
    ]
    # The consensus as one shaded shape rather than a rectangle per span (a long ledger has hundreds
    # of spans): each span's range held from its start to its end, broken by a row without bounds
    # where the next span does not start as this one ends (the origins did not agree between).
    band: list[dict[str, Any]] = []
    for b in data.bands:
        start = b.start.isoformat()
        end = (b.end if b.end > b.start else b.start + datetime.timedelta(days=1)).isoformat()  # a day shows
        if band and band[-1]["date"] != start:
            band.append({"date": band[-1]["date"], "lower": None, "upper": None})
        lower, upper = _number(b.lower), _number(b.upper)
        band += [{"date": start, "lower": lower, "upper": upper}, {"date": end, "lower": lower, "upper": upper}]
    dates = [p.date for p in data.points] + [d for b in data.bands for d in (b.start, b.end)]
    days = (max(dates) - min(dates)).days if dates else 0
    date_format = "%-d %b" if days <= 92 else "%b %Y" if days <= 3 * 366 else "%Y"
    ticks = 3 if narrow else 6
    # Estimates made within a few days would get ticks every few hours, each labelled with its day
    # ("13 Oct 13 Oct 14 Oct"): a day is the finest tick a ledger of dates has.
    tick_count: int | dict[str, Any] = {"interval": "day", "step": 1} if days <= ticks else ticks
    x = {
        "field": "date",
        "type": "temporal",
        "title": None,
        "scale": {"type": "utc", "padding": 16},
        "axis": {
            "tickCount": tick_count,
            "format": date_format,
            "labelOverlap": True,
            "labelSeparation": 8,  # labels that only touch ("Jul 2024Oct 2024") are hidden too
            "grid": False,
        },
    }
    y = {
        "field": "value",
        "type": "quantitative",
        "title": data.unit or None,
        "scale": {"zero": True, "nice": True},
        "axis": {"tickCount": 4 if narrow else 5, "format": ",~r"},
    }
    colour = {
        "field": "origin",
        "type": "nominal",
        "scale": {"domain": list(data.origins), "range": [data.colours[o] for o in data.origins]},
        "legend": None,
    }
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        # Named once, used by every layer: the estimates are not copied into each of three layers.
        "datasets": {"consensus": band, "estimates": values},
        "width": width,
        "height": height,
        "autosize": {"type": "fit", "contains": "padding"},
        "background": None,
        "config": {
            "font": "system-ui, -apple-system, Segoe UI, Roboto, Liberation Sans, sans-serif",
            "axis": {
                "labelFontSize": font_size,
                "titleFontSize": font_size,
                "labelColor": "#1f2328",
                "titleColor": "#1f2328",
                "domainColor": "#8c959f",
                "tickColor": "#8c959f",
                "gridColor": "#d0d7de",
            },
            "view": {"stroke": None},
        },
        "layer": [
            {
                "name": "consensus",
                "data": {"name": "consensus"},
                "mark": {
                    "type": "area",
                    "color": BAND_COLOUR,
                    "opacity": 0.18,
                    "interpolate": "step-after",
                    "invalid": "break-paths-show-domains",  # a row without bounds ends a stretch of agreement
                },
                "encoding": {"x": x, "y": {**y, "field": "lower"}, "y2": {"field": "upper"}},
            },
            {
                "name": "revisions",
                "data": {"name": "estimates"},
                "mark": {"type": "line", "strokeWidth": 1.5, "opacity": 0.6, "interpolate": "step-after"},
                "encoding": {"x": x, "y": y, "color": colour, "detail": {"field": "origin"}},
            },
            {
                "name": "ranges",
                "data": {"name": "estimates"},
                "mark": {"type": "rule", "strokeWidth": 3, "opacity": 0.6, "strokeCap": "round"},
                "encoding": {"x": x, "y": {**y, "field": "lower"}, "y2": {"field": "upper"}, "color": colour},
            },
            {
                "name": "estimates",
                "data": {"name": "estimates"},
                "mark": {"type": "point", "filled": True, "size": 90 if narrow else 110, "opacity": 1},
                "encoding": {
                    "x": x,
                    "y": y,
                    "color": colour,
                    "shape": {
                        "field": "mark",
                        "type": "nominal",
                        "scale": {"domain": list(MARKS), "range": list(MARKS.values())},
                        "legend": None,
                    },
                    "stroke": {"value": "#ffffff"},
                    "strokeWidth": {"value": 1},
                    "description": {"field": "label"},
                },
            },
        ],
    }


_ROOT = re.compile(r'^<svg xmlns="http://www.w3.org/2000/svg"[^>]*?viewBox="([^"]+)"[^>]*>')
_IDS = re.compile(r'\bid="([^"]+)"')


_MARK_CONTAINER_ROLE = re.compile(r' role="graphics-symbol" aria-roledescription="[^"]* mark container"')


def vegalite_to_svg(spec: dict[str, Any]) -> str:
    """
    vl_convert.vegalite_to_svg(), without compiling the same Vega-Lite again for every drawing:
    the spec is compiled to Vega without its datasets (what Vega-Lite writes does not depend on
    their values), once per process and shape of chart, and the values are put back into the
    compiled spec's data. Compiling was a third of each drawing.
    """
    datasets = spec.get("datasets", {})
    compiled = _compiled(json.dumps({**spec, "datasets": {name: [] for name in datasets}}, sort_keys=True))
    data = [
        {**entry, "values": datasets[entry["name"]]} if entry["name"] in datasets else entry
        for entry in compiled["data"]
    ]
    return vl_convert.vega_to_svg({**compiled, "data": data}, allowed_base_urls=[])


@functools.lru_cache(maxsize=64)  # a few shapes per figure (its origins, its unit, wide or narrow)
def _compiled(spec: str) -> dict[str, Any]:
    return vl_convert.vegalite_to_vega(json.loads(spec))


def render_svg(spec: dict[str, Any], *, title: str, description: str, variant: str, id_prefix: str) -> str:
    """
    The spec drawn as an inline SVG for our pages: scales with its box (a viewBox, width 100%),
    one image to assistive technology with a title and a description, no style attribute or
    element (the site's Content-Security-Policy has no 'unsafe-inline'), and ids unique on a
    page that holds both renderings. Nothing is fetched: ``allowed_base_urls`` is empty.
    """
    svg = vegalite_to_svg(spec)
    match = _ROOT.match(svg)
    if match is None:  # pragma: no cover - the renderer's output always starts so
        raise ValueError("The chart renderer returned no SVG root.")
    body = svg[match.end() :]
    # Vega names clip paths and gradients clip1, gradient1...: make them unique per rendering.
    for old in set(_IDS.findall(body)) if 'id="' in body else ():  # most charts have none: no regex over them
        body = body.replace(f'id="{old}"', f'id="{id_prefix}-{old}"').replace(f"#{old})", f"#{id_prefix}-{old})")
    # A mark's container is no picture of its own (the marks in it carry their labels): unlabelled,
    # it would be an image without alternative text to assistive technology.
    body = _MARK_CONTAINER_ROLE.sub("", body)
    title_id, desc_id = f"{id_prefix}-title", f"{id_prefix}-desc"
    root = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{match.group(1)}" width="100%" '
        f'class="ledger-chart ledger-chart-{variant}" role="img" aria-labelledby="{title_id} {desc_id}">'
        f'<title id="{title_id}">{escape(title)}</title><desc id="{desc_id}">{escape(description)}</desc>'
    )
    return root + body


def chart_svgs(
    data: ChartData, *, title: str, description: str, slug: str, narrow: ChartData | None = None
) -> dict[str, str]:
    """Both renderings: ``wide`` draws ``data``, ``narrow`` draws ``narrow`` (by default narrowed(data))."""
    return {
        variant: render_svg(
            chart_spec(drawn, narrow=variant == "narrow"),
            title=title,
            description=description,
            variant=variant,
            id_prefix=f"chart-{slug}-{variant}",
        )
        for variant, drawn in (("wide", data), ("narrow", narrow or narrowed(data)))
    }


def cached_chart(draw: Callable[[], dict], *, cache_key: str, timeout: int = 24 * 3600) -> dict:
    """
    What ``draw()`` returns (the chart's SVGs and what goes with them), from the cache under
    ``cache_key`` (which holds the ledger's version), or drawn and stored. ``draw`` is called only
    on a miss. A cache that cannot be reached only costs a drawing.
    """
    key = f"figures:chart:{CHART_FORMAT}:{cache_key}"
    try:
        found = cache.get(key)
    except Exception:  # any client error of any cache backend
        logger.warning("Chart not read from the cache: the cache cannot be reached.", exc_info=True)
        found = None
    if found is not None:
        return found
    drawn = draw()
    try:
        cache.set(key, drawn, timeout)
    except Exception:
        logger.warning("Chart not cached: the cache cannot be reached.", exc_info=True)
    return drawn


def chart_context(figure: Figure, ledger: Ledger) -> dict:
    """
    The chart of a ledger as its pages show it (figures/_chart.html): the two SVGs, the legend and
    what the thinning leaves out. From the cache under the ledger's version, so the estimates are
    thinned and drawn only when the ledger has changed. The public pages pass the public ledger,
    the admin the newsroom's: their versions differ, so each has its own drawing.
    """

    def draw() -> dict:
        data = chart_data_for(ledger)
        narrow = narrowed(data)
        origins = len({e.origin.key for e in ledger.entries if e.stated_on is not None and e.value is not None})
        if data.points:
            first, last = data.points[0].date, data.points[-1].date
            title = (
                f"{figure.name}: {data.total} estimate{pluralize(data.total)} from {origins} "
                f"independent origin{pluralize(origins)}, {first:%-d %B %Y} to {last:%-d %B %Y}"
            )
        else:
            title = f"{figure.name}: no dated estimates yet"
        description = f"{ledger.summary} Every estimate is listed in the table with the chart."
        return {
            "chart": chart_svgs(data, title=title, description=description, slug=figure.slug, narrow=narrow),
            "legend": [{"label": origin, "colour": data.colours[origin]} for origin in data.origins],
            "drawn": len(data.points),
            "drawn_narrow": len(narrow.points),
            "dated": data.total,
            "thinned": data.thinned,
        }

    return cached_chart(draw, cache_key=f"{figure.pk}:{ledger.version}")
