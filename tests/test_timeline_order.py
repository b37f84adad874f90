"""The timeline's order (`explainer.timeline_order`): by date, and the editors' order
where one date holds another ("2011" and "May 2011"), on every list of the events."""

from __future__ import annotations

import re

import pytest
from project import run_build
from pypdf import PdfReader
from test_site import content
from textforms import html_text

from explainer.errors import ExplainerErrors
from explainer.new_article import write_article
from explainer.timeline import parse_timeline

#: Each event's words, and the place of each in the paragraph the events quote.
PARAGRAPH = (
    "In Riverland, a drought lasted from 2010 to 2011, the year of the elections. Workers went on strike"
    " in May 2011; clashes followed the strike, and a commission reported the same year. Talks ran from"
    " 2011 to 2012. An inquiry opened in 2012, and a treaty was signed in March 2012."
)
#: (date, event, quoted words), in the file's order.
RECORDS = [
    ("2010/2011", "A drought lasts two years.", "a drought lasted from 2010 to 2011"),
    ("2011-05", "Workers go on strike.", "Workers went on strike"),
    ("2011", "Clashes follow the strike.", "clashes followed the strike"),  # after the strike it follows
    ("2011", "A commission reports.", "a commission reported the same year"),  # one date: the file's order
    ("2012", "An inquiry opens.", "An inquiry opened in 2012"),  # before the month the file lists after it
    ("2012-03", "A treaty is signed.", "a treaty was signed in March 2012"),
    ("2011/2012", "Talks run over two years.", "Talks ran from"),  # after 2011's own, and the strike before it
    ("2010", "Elections are held.", "the year of the elections"),  # before the span that starts in 2010
]
#: The events as the timeline reads them: the strike before the clashes "2011" that followed it.
IN_ORDER = [
    "Elections are held.",
    "A drought lasts two years.",
    "Workers go on strike.",
    "Clashes follow the strike.",
    "A commission reports.",
    "Talks run over two years.",
    "An inquiry opens.",
    "A treaty is signed.",
]
#: The dates the reader sees beside `IN_ORDER`'s events.
DATES_IN_ORDER = ["2010", "2010–2011", "May 2011", "2011", "2011", "2011–2012", "2012", "March 2012"]
PLACE = "---\nterm: Riverland\ndefinition: A country on a river.\ncategory: place\n---\n\nA country.\n"


def timeline_yaml(records) -> str:
    return "".join(
        f'- date: "{date}"\n  event: {event}\n  countries: [Riverland]\n  page: introduction.md\n  quote: "{quote}"\n'
        for date, event, quote in records
    )


@pytest.fixture(scope="module")
def small_site(tmp_path_factory):
    """A new article whose introduction states the events of `RECORDS`, in Riverland, a glossary place."""
    folder = tmp_path_factory.mktemp("order") / "rivers"
    write_article(folder, title="Rivers", author="Ana Exemplar")
    with (folder / "docs" / "introduction.md").open("a", encoding="utf-8") as page:
        page.write(f"\n{PARAGRAPH}\n")
    (folder / "docs" / "glossary" / "riverland.md").write_text(PLACE, encoding="utf-8")
    (folder / "docs" / "timeline.yml").write_text(timeline_yaml(RECORDS), encoding="utf-8")
    build = run_build(folder, folder / "site", pdf=True)
    assert build.returncode == 0, build.output
    return build


def test_the_timeline_reads_by_date_and_in_the_file_s_order_where_a_date_holds_another(small_site):
    events = content(small_site.page("timeline/")).select("li.explainer-timeline__event")
    assert [html_text(event.select_one(".explainer-timeline__text")) for event in events] == IN_ORDER
    assert [html_text(event.select_one(".explainer-timeline__date")) for event in events] == DATES_IN_ORDER
    assert [event["id"] for event in events] == [f"event-{number}" for number in range(1, 9)]


def test_a_place_s_entry_and_the_pdf_list_the_events_in_the_timeline_s_order(small_site):
    entry = content(small_site.page("glossary/riverland/"))
    links = entry.select(".explainer-glossary-events a")
    assert [html_text(link) for link in links] == DATES_IN_ORDER
    assert [link["href"] for link in links] == [f"../../timeline/#event-{number}" for number in range(1, 9)]
    assert [event for link in links for event in IN_ORDER if event in html_text(link.parent)] == IN_ORDER
    # The PDF prints the place's list, then the timeline: each in the timeline's order.
    pdf = PdfReader(small_site.site / "exemplar-rivers.pdf")
    text = " ".join(" ".join(page.extract_text().split()) for page in pdf.pages)
    printed = [found[0] for found in re.finditer("|".join(map(re.escape, IN_ORDER)), text)]
    assert printed == IN_ORDER * 2


def dates_in_order(dates: list[str]) -> list[str]:
    record = "  event: E.\n  page: p.md\n  quote: q\n"
    events = parse_timeline("".join(f'- date: "{date}"\n{record}' for date in dates), "docs/timeline.yml")
    return [event.date for event in events]


@pytest.mark.parametrize(
    ("dates", "in_order"),
    [
        # A year's own event the file lists after a month of it, and another before one.
        (["2011-05", "2011", "2012", "2012-03"], ["2011-05", "2011", "2012", "2012-03"]),
        # A day in a month, as a month in a year.
        (["2011-05-03", "2011-05"], ["2011-05-03", "2011-05"]),
        # A month of a span's first year, by the file; the span after the year's own events.
        (["2019-03", "2019/2020", "2019"], ["2019-03", "2019", "2019/2020"]),
        # The span before March, and 2019 after it, in the file: the span still follows 2019.
        (["2019/2020", "2019-03", "2019"], ["2019-03", "2019", "2019/2020"]),
    ],
)
def test_a_date_that_holds_another_leaves_the_order_to_the_file(dates, in_order):
    assert dates_in_order(dates) == in_order


@pytest.mark.parametrize(
    ("dates", "in_order"),
    [
        # Dates apart: by date, whatever the file's order.
        (["2011-07", "2011-05", "2010"], ["2010", "2011-05", "2011-07"]),
        # A span after its first date's own events, before later dates.
        (["2020", "2019", "2019/2020", "2019-03"], ["2019", "2019/2020", "2019-03", "2020"]),
        # Months out of date order in the file: they read in date order, the year's own merged
        # before the first of them the file lists after it.
        (["2011-12", "2011", "2011-05"], ["2011", "2011-05", "2011-12"]),
        # Spans that start on one date: the one that ends first first, to the day.
        (["2019/2021", "2019/2020"], ["2019/2020", "2019/2021"]),
        (["2019-05-01/2019-06-20", "2019-05-01/2019-06-10"], ["2019-05-01/2019-06-10", "2019-05-01/2019-06-20"]),
    ],
)
def test_dates_apart_read_in_date_order_whatever_the_file_s_order(dates, in_order):
    # As before the file's order counted: these pin down what it leaves as it was.
    assert dates_in_order(dates) == in_order


def test_the_article_s_timeline_shows_the_zhanaozen_strike_before_the_clashes_after_it(site):
    events = [
        html_text(event.select_one(".explainer-timeline__text"))
        for event in content(site.page("timeline/")).select("li.explainer-timeline__event")
    ]
    strike = next(index for index, text in enumerate(events) if "Zhanaozen go on strike" in text)
    clashes = next(index for index, text in enumerate(events) if text.startswith("After months of strikes"))
    assert strike < clashes
    # A place's entry lists them in the same order.
    entry = content(site.page("glossary/kazakhstan/")).select(".explainer-glossary-events li")
    listed = [html_text(item) for item in entry]
    strike = next(index for index, text in enumerate(listed) if "Zhanaozen go on strike" in text)
    clashes = next(index for index, text in enumerate(listed) if "After months of strikes" in text)
    assert strike < clashes


@pytest.mark.parametrize(
    ("date", "problem", "hint"),
    [
        # No reading of these is a date: "2019-13" and "2019-31-31" were offered.
        ("13/2019", "'13/2019' is no date: read with its year last, it has no month or day that exists", None),
        ("31/31/2019", "'31/31/2019' is no date: read with its year last, it has no month or day that exists", None),
        # 30 February does not exist: "2019-02-30" was offered.
        ("30/2/2019", "'30/2/2019' is no date: read with its year last, it has no month or day that exists", None),
        ("12/31/2019", "'12/31/2019' writes its year last, after a day and a month", '"2019-12-31".'),
        ("3/4/2019", "'3/4/2019' writes its year last, after a day and a month", '"2019-04-03" if 3 is the day'),
    ],
)
def test_a_date_with_its_year_last_is_offered_only_as_dates_that_exist(date, problem, hint):
    record = "  event: E.\n  page: p.md\n  quote: q\n"
    with pytest.raises(ExplainerErrors) as raised:
        parse_timeline(f'- date: "{date}"\n{record}', "docs/timeline.yml")
    message = str(raised.value)
    assert f"docs/timeline.yml:1: date {problem}" in message
    if hint is None:
        assert "Check the date in the source, and write it year first: YYYY-MM-DD." in message
        assert "Write the year first" not in message
    else:
        assert hint in message
