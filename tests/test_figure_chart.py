"""The ledger's chart: what it draws, how it thins a long ledger, and the SVG it puts on our pages."""

import datetime
import itertools
import re
import shutil
import subprocess
import sys
from decimal import Decimal

import pytest

from figures.chart import (
    OTHER_ORIGINS,
    ChartBand,
    ChartPoint,
    chart_data,
    chart_spec,
    chart_svgs,
    narrowed,
    thin,
)

DAY = datetime.date(2024, 10, 13)


def point(key, days, value, origin="Ukraine", stance="asserts", lower=None, upper=None) -> ChartPoint:
    value = Decimal(value)
    return ChartPoint(
        key=str(key),
        date=DAY + datetime.timedelta(days=days),
        value=value,
        lower=Decimal(lower) if lower is not None else value,
        upper=Decimal(upper) if upper is not None else value,
        origin=origin,
        stance=stance,
        speaker="A speaker",
    )


SEED_LIKE = [
    point(1, 0, 12000, "Ukraine"),
    point(2, 5, 12000, "South Korea", lower=10800, upper=13200),
    point(3, 10, 3000, "United States", "confirms", lower=2700, upper=3300),
    point(4, 12, 10000, "Russia", "denies"),
    point(5, 14, 11000, "Ukraine", "disputes"),
]
BAND = ChartBand(DAY + datetime.timedelta(days=5), DAY + datetime.timedelta(days=14), Decimal(10800), Decimal(13200))


def test_it_draws_every_estimate_of_a_short_ledger():
    data = chart_data(SEED_LIKE, [BAND], unit="troops")
    assert [p.key for p in data.points] == ["1", "2", "3", "4", "5"]
    assert not data.thinned
    assert data.origins == ("Ukraine", "South Korea", "United States", "Russia")


def test_it_gives_each_origin_a_colour_blind_safe_colour_in_the_order_given():
    data = chart_data(SEED_LIKE, [], unit="troops", origins=["South Korea", "Ukraine"])
    assert data.origins[:2] == ("South Korea", "Ukraine")
    assert data.colours["South Korea"] == "#0072B2" and data.colours["Ukraine"] == "#D55E00"


def test_it_draws_origins_past_eight_together_in_grey():
    many = [point(n, n, 100 + n, origin=f"Origin {n}") for n in range(12)] + [point(99, 20, 5, origin="Origin 3")]
    data = chart_data(many, [], unit="troops")
    assert len(data.origins) == 8 and data.origins[-1] == OTHER_ORIGINS
    assert "Origin 3" in data.origins  # the origin with the most estimates keeps its colour
    assert data.colours[OTHER_ORIGINS] == "#8C959F"
    assert len(data.points) == len(many)


def test_it_thins_a_long_series_but_keeps_revisions_disputes_and_both_ends():
    series = [point(n, n, 1000 if n < 300 else 1200) for n in range(600)]
    series[450] = point(450, 450, 1200, stance="disputes")
    kept = thin(series, per_origin=40)
    keys = {p.key for p in kept}
    assert len(kept) <= 40
    assert {"0", "599", "300", "450"} <= keys  # first, latest, the revision, the dispute
    assert [p.date for p in kept] == sorted(p.date for p in kept)


def test_it_caps_a_ledger_of_many_origins_and_ever_changing_figures():
    many = [point(n, n % 700, 1000 + n, origin=f"Origin {n % 300}") for n in range(10_000)]
    data = chart_data(many, [], unit="troops")
    assert data.total == 10_000
    assert len(data.points) <= 7 * 40 + 80


def test_it_keeps_a_short_series_whole():
    series = [point(n, n, 1000) for n in range(10)]
    assert thin(series, per_origin=40) == series


def test_it_marks_disputes_and_denials_with_their_own_shapes():
    spec = chart_spec(chart_data(SEED_LIKE, [BAND], unit="troops"))
    estimates = next(layer for layer in spec["layer"] if layer["name"] == "estimates")
    assert estimates["encoding"]["shape"]["scale"] == {
        "domain": ["stated", "disputed", "denied"],
        "range": ["circle", "triangle-down", "cross"],
    }
    assert estimates["data"] == {"name": "estimates"}
    assert [v["mark"] for v in spec["datasets"]["estimates"]] == ["stated", "stated", "stated", "denied", "disputed"]


@pytest.fixture(scope="module")
def svgs() -> dict[str, str]:
    data = chart_data(SEED_LIKE, [BAND], unit="troops")
    return chart_svgs(data, title="Troops <committed>", description="Two origins & one band.", slug="troops")


def test_it_renders_a_responsive_accessible_svg(svgs):
    for variant, svg in svgs.items():
        assert svg.startswith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ')
        root = svg[: svg.index(">") + 1]
        assert 'width="100%"' in root and "height=" not in root
        labelled_by = f'aria-labelledby="chart-troops-{variant}-title chart-troops-{variant}-desc"'
        assert 'role="img"' in root and labelled_by in root
        assert f'<title id="chart-troops-{variant}-title">Troops &lt;committed&gt;</title>' in svg
        assert f'<desc id="chart-troops-{variant}-desc">Two origins &amp; one band.</desc>' in svg


def test_it_renders_without_inline_styles_or_scripts(svgs):
    for svg in svgs.values():
        assert "style=" not in svg and "<style" not in svg and "<script" not in svg
        assert "http://" not in svg.replace("http://www.w3.org/", "")


def test_it_draws_one_labelled_mark_per_estimate(svgs):
    for svg in svgs.values():
        marks = re.search(r'<g class="mark-symbol role-mark estimates_marks"[^>]*>(.*?)</g>', svg, re.S)
        assert marks is not None
        labels = re.findall(r'aria-label="([^"]*)"', marks.group(1))
        values = [label.split(" ")[0].rstrip(":") for label in labels]
        assert values == ["12,000", "12,000", "3,000", "10,000", "11,000"]


def test_it_draws_the_narrow_rendering_with_text_as_large_as_the_wide_one(svgs):
    def box(svg):
        return [float(n) for n in re.match(r'.*?viewBox="0 0 ([\d.]+) ([\d.]+)"', svg).groups()]

    assert box(svgs["narrow"])[0] < box(svgs["wide"])[0] / 2
    sizes = {variant: set(re.findall(r'font-size="(\d+)px"', svg)) for variant, svg in svgs.items()}
    assert sizes["narrow"] == sizes["wide"] == {"13"}


def test_it_keeps_ids_unique_between_the_two_renderings(svgs):
    ids = re.findall(r'\bid="([^"]+)"', svgs["wide"] + svgs["narrow"])
    assert len(ids) == len(set(ids))


@pytest.mark.skipif(not shutil.which("unshare"), reason="needs unshare(1) to cut the network")
def test_it_renders_with_no_network_at_all():
    """The renderer fetches nothing: in a network namespace with no interface it draws the same chart."""
    code = (
        "import datetime, decimal, vl_convert\n"
        "spec = {'data': {'values': [{'d': '2024-10-13', 'v': 1}]}, 'mark': 'point',"
        " 'encoding': {'x': {'field': 'd', 'type': 'temporal'}, 'y': {'field': 'v', 'type': 'quantitative'}}}\n"
        "print(vl_convert.vegalite_to_svg(spec, allowed_base_urls=[])[:4])\n"
    )
    probe = subprocess.run(["unshare", "-rn", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("this machine does not allow unprivileged network namespaces")
    done = subprocess.run(["unshare", "-rn", sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "<svg"


def test_it_draws_from_a_compiled_template_exactly_what_the_renderer_draws_from_the_spec():
    import vl_convert

    from figures.chart import vegalite_to_svg

    for data in (chart_data(SEED_LIKE, [BAND], unit="troops"), chart_data(SEED_LIKE[:2], [], unit="soldiers")):
        for narrow in (False, True):
            spec = chart_spec(data, narrow=narrow)
            assert vegalite_to_svg(spec) == vl_convert.vegalite_to_svg(spec, allowed_base_urls=[])


def test_it_thins_a_phones_chart_further_and_keeps_the_same_origins_and_ends():
    many = [point(n, n % 700, 1000 + n, origin=f"Origin {n % 12}") for n in range(3_000)]
    wide = chart_data(many, [], unit="troops")
    narrow = narrowed(wide)
    assert len(narrow.points) <= 7 * 16 + 2 * 16 < len(wide.points)
    assert {p.origin for p in narrow.points} == {p.origin for p in wide.points}
    assert narrow.total == wide.total == 3_000 and narrow.colours == wide.colours
    grey = [p for p in narrow.points if p.origin == OTHER_ORIGINS]
    assert grey and all(", Origin " in p.speaker for p in grey)  # relabelled once, not twice
    svgs = chart_svgs(wide, title="Troops", description="Many.", slug="many")
    marks = {
        v: re.search(r'<g class="mark-symbol role-mark estimates_marks"[^>]*>(.*?)</g>', svg, re.S)
        for v, svg in svgs.items()
    }
    drawn = {variant: len(re.findall(r'aria-label="', found.group(1))) for variant, found in marks.items() if found}
    assert drawn == {"wide": len(wide.points), "narrow": len(narrow.points)}


def test_it_never_runs_the_dates_of_a_phones_chart_into_each_other():
    year = [point(n, n * 30, 12000 + (n % 3) * 100, origin=f"Origin {n % 4}") for n in range(13)]
    svg = chart_svgs(chart_data(year, [], unit="troops"), title="T", description="D.", slug="year")["narrow"]
    axis = re.search(r'<g class="mark-text role-axis-label"[^>]*>(.*?)</g>', svg, re.S).group(1)
    shown = [
        float(x)
        for x, opacity in re.findall(r'<text[^>]*transform="translate\(([\d.]+),[\d.]+\)"[^>]*opacity="([\d.]+)"', axis)
        if float(opacity) > 0
    ]
    assert len(shown) >= 2
    # "Jul 2024" at 13 pixels is about 55 wide: centred labels closer than 63 apart touch or overlap.
    assert min(b - a for a, b in itertools.pairwise(shown)) >= 63


def test_it_shades_the_consensus_as_one_shape_broken_where_the_origins_disagreed():
    def band(start, end, lower, upper):
        return ChartBand(
            DAY + datetime.timedelta(days=start), DAY + datetime.timedelta(days=end), Decimal(lower), Decimal(upper)
        )

    # Agreement from day 0 to 5, then a narrower range to day 8; none from day 8 to 12; again from 12.
    bands = [band(0, 5, 10800, 13200), band(5, 8, 11000, 13000), band(12, 14, 11500, 12500)]
    data = chart_data(SEED_LIKE, bands, unit="troops")
    rows = chart_spec(data)["datasets"]["consensus"]
    assert [(r["date"][-2:], r["lower"]) for r in rows] == [
        ("13", 10800.0), ("18", 10800.0), ("18", 11000.0), ("21", 11000.0),
        ("21", None), ("25", 11500.0), ("27", 11500.0),
    ]  # fmt: skip
    svg = chart_svgs(data, title="T", description="D.", slug="bands")["wide"]
    shape = re.search(r'<g class="mark-area role-mark consensus_marks"[^>]*>(.*?)</g>', svg, re.S)
    assert shape is not None
    paths = re.findall(r'<path[^>]*\bd="([^"]+)"', shape.group(1))
    assert len(paths) == 1 and paths[0].count("M") == 2  # one shape, in two stretches


@pytest.mark.parametrize("days", [0, 1, 3])
def test_it_never_repeats_a_date_on_the_axis_of_estimates_made_within_a_few_days(days):
    """Estimates made on one day (a breaking story) got "13 Oct" at every tick: ticks fell on hours."""
    same_days = [point(n, n % (days + 1), 1000 + n, origin=f"Origin {n % 3}") for n in range(6)]
    svgs = chart_svgs(chart_data(same_days, [], unit="troops"), title="T", description="D.", slug="d")
    for variant, svg in svgs.items():
        axis = re.search(r'<g class="mark-text role-axis-label"[^>]*>(.*?)</g>', svg, re.S).group(1)
        labels = [
            text
            for opacity, text in re.findall(r'<text[^>]*?(?:opacity="([\d.]+)")?[^>]*>([^<]+)</text>', axis)
            if not opacity or float(opacity) > 0
        ]
        dated = [label for label in labels if re.search(r"[A-Z][a-z]{2}", label)]
        assert dated, variant
        assert len(dated) == len(set(dated)), (variant, dated)
