"""The timeline's rows (`explainer.timeline.timeline_rows`): dates as readers write them, links from the page."""

from __future__ import annotations

from explainer.timeline import StatingPage, parse_timeline, timeline_rows

TIMELINE = """\
- date: "2019/2020"
  event: The two states *signed* the treaty.
  countries: [Austria, Hungary]
  page: part-1/dams.md
  quote: signed the treaty
  note: 12
- date: "1960-05-02"
  event: The river flooded.
  countries: []
  page: conclusion.md
  quote: the river flooded
"""
PAGES = {
    "part-1/dams.md": StatingPage("part-1/dams/", "1.2 Dams"),
    "conclusion.md": StatingPage("conclusion/", "Conclusion"),
}
PASSAGES = {"part-1/dams.md": {"signed the treaty": "p3"}, "conclusion.md": {"the river flooded": "p1"}}


def test_each_event_in_date_order_links_to_its_passage_and_note_from_the_timeline_s_page():
    events = parse_timeline(TIMELINE, "docs/timeline.yml")
    flood, treaty = timeline_rows(events, PAGES, PASSAGES, "timeline/", "en")
    assert (treaty.id, treaty.section, treaty.passage) == ("event-2", "1.2 Dams", "../part-1/dams/#p3")
    assert (treaty.note, treaty.note_href) == (12, "../part-1/dams/#note-12")
    assert (flood.id, flood.passage, flood.note, flood.note_href) == ("event-1", "../conclusion/#p1", None, "")
    assert treaty.event_html == "The two states <em>signed</em> the treaty."
    assert treaty.countries == ("Austria", "Hungary")


def test_dates_are_written_as_the_article_s_language_writes_them():
    events = parse_timeline(TIMELINE, "docs/timeline.yml")
    flood, treaty = timeline_rows(events, PAGES, PASSAGES, "timeline/", "en")
    assert (treaty.date, treaty.display_date, treaty.separator) == ("2019/2020", "2019–2020", "–")
    assert treaty.times == [("2019", "2019"), ("2020", "2020")]
    assert (flood.display_date, flood.separator) == ("May 2, 1960", "")
    # Markup, not the text, keeps the month with its day after it (the site's and the PDF's CSS).
    assert flood.times == [("1960-05-02", '<span class="explainer-unbroken">May 2</span>, 1960')]
    hungarian = timeline_rows(events, PAGES, PASSAGES, "timeline/", "hu")[0]
    assert hungarian.times == [("1960-05-02", '1960. <span class="explainer-unbroken">május 2</span>.')]
    french = timeline_rows(events, PAGES, PASSAGES, "timeline/", "fr")[0]
    assert french.display_date == "2\u00a0mai 1960"  # the day kept with its month
