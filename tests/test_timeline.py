"""Tests for toolkit.timeline: temporal expressions, events, chronology, exports, plot.

Every expected date below was worked out by hand with a calendar (weekday of the DCT, then counting
back or forward); the comment next to each case says how.
"""

from __future__ import annotations

import datetime as dt
import json
import warnings
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import toolkit
from toolkit.corpus import Article, load_article
from toolkit.errors import ArticleWarning
from toolkit.timeline import (
    apply_overrides,
    chronology,
    events,
    tag,
    timexes,
    to_csv,
    to_timelinejs,
)

DATA = Path(__file__).parent / "data" / "timeline"
SKY = Path(__file__).parents[1] / "corpus" / "skynews-2024-12-06-syrian-rebels-close-in-on-homs.txt"
D = dt.date


def values(text: str, dct: dt.date | None) -> list[tuple[str, str | None]]:
    return [(t.text, t.norm.value) for t in tag(text, dct)]


# ----------------------------------------------------------------------------- weekday arithmetic
@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # DCT Friday 2024-12-06; past tense -> the Thursday before = 5 Dec
        ("The minister spoke late on Thursday.", D(2024, 12, 6), "2024-12-05TEV"),
        # DCT Monday 2024-12-02; past "on Friday" -> Friday 29 Nov (crosses the month boundary)
        ("Rebels entered the city on Friday.", D(2024, 12, 2), "2024-11-29"),
        # DCT Sunday 2023-01-01; past "on Friday" -> Friday 30 Dec 2022 (crosses the year)
        ("The strike ended on Friday.", D(2023, 1, 1), "2022-12-30"),
        # DCT Sunday 2023-01-01; future "on Tuesday" -> Tuesday 3 Jan 2023
        ("Ships will resume loading on Tuesday.", D(2023, 1, 1), "2023-01-03"),
        # DCT Monday 2024-03-04 (leap year); past "since Thursday" -> Thursday 29 Feb 2024
        ("Twelve people had died since Thursday.", D(2024, 3, 4), "2024-02-29"),
        # DCT Friday; "said Friday" (AP style, past) -> the DCT itself
        ("The company said Friday it would sell the unit.", D(1998, 8, 7), "1998-08-07"),
        # "last Friday" on a Friday is a week ago
        ("Talks collapsed last Friday.", D(2024, 12, 6), "2024-11-29"),
        # "next Monday" from Friday 6 Dec -> Monday 9 Dec
        ("Talks resume next Monday.", D(2024, 12, 6), "2024-12-09"),
    ],
)
def test_weekdays(text: str, dct: dt.date, expected: str) -> None:
    assert [v for _, v in values(text, dct)] == [expected]


@pytest.mark.parametrize(
    ("dct", "expected"),
    [
        # DCT Monday 2024-12-09: last weekend = Sat 7 / Sun 8 Dec, ISO week 49
        (D(2024, 12, 9), ("2024-W49-WE", D(2024, 12, 7))),
        # DCT Sunday 2024-12-08: the current weekend is "this weekend"; last = 30 Nov / 1 Dec, week 48
        (D(2024, 12, 8), ("2024-W48-WE", D(2024, 11, 30))),
        # DCT Friday 2024-12-06 (the Sky News case): 30 Nov / 1 Dec, week 48
        (D(2024, 12, 6), ("2024-W48-WE", D(2024, 11, 30))),
    ],
)
def test_last_weekend_monday_vs_sunday(dct: dt.date, expected: tuple[str, dt.date]) -> None:
    (t,) = tag("Rebels captured Aleppo last weekend.", dct)
    assert (t.norm.value, t.norm.begin) == expected
    assert t.norm.until == expected[1] + dt.timedelta(days=1)


# ------------------------------------------------------------------------------ other rule families
@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "It happened on December 10, 2024.",
            D(2024, 12, 12),
            [("December 10, 2024", "2024-12-10")],
        ),
        ("It happened on 10 December 2024.", D(2024, 12, 12), [("10 December 2024", "2024-12-10")]),
        # month-day without year, past tense, DCT 6 Dec -> this year's 8 Dec is in the future, but the
        # nearest reading (2 days ahead) wins over a year back
        ("Talks were set for Dec 8.", D(2024, 12, 6), [("Dec 8", "2024-12-08")]),
        # US order is unambiguous when the second number is over 12
        ("The walkout began on 12/22/2022.", D(2023, 1, 1), [("12/22/2022", "2022-12-22")]),
        ("It was defeated in 2017.", D(2024, 12, 6), [("2017", "2017")]),
        ("during the country's 13-year civil war", D(2024, 12, 6), [("13-year", "P13Y")]),
        ("unchanged over the last four years", D(2024, 12, 6), [("the last four years", "P4Y")]),
        ("It took three days.", D(2024, 12, 6), [("three days", "P3D")]),
        (
            "He arrived yesterday and leaves today.",
            D(2024, 12, 6),
            [("yesterday", "2024-12-05"), ("today", "2024-12-06")],
        ),
        ("They are now in Homs.", D(2024, 12, 6), [("now", "PRESENT_REF")]),
        ("He recently returned.", D(2024, 12, 6), [("recently", "PAST_REF")]),
        ("Profit rose in the third quarter.", D(1989, 10, 27), [("the third quarter", "1989-Q3")]),
        ("Sales fell in the 1990s.", D(2024, 12, 6), [("the 1990s", "199")]),
        ("in the 20th century", D(2024, 12, 6), [("the 20th century", "19")]),
        ("Prices rose last summer.", D(2024, 12, 6), [("last summer", "2024-SU")]),
        ("Prices rose earlier this month.", D(2024, 12, 6), [("this month", "2024-12")]),
        ("Inflation fell last year.", D(2024, 12, 6), [("last year", "2023")]),
        ("The council meets weekly.", D(2024, 12, 6), [("weekly", "P1W")]),
        ("Voting ends at 2:30 pm GMT.", D(2024, 12, 6), [("2:30 pm GMT", "2024-12-06T14:30")]),
        (
            "Profit was $5 a share, up from a year earlier.",
            D(1989, 10, 27),
            [("a year earlier", "1988")],
        ),
    ],
)
def test_rule_families(text: str, dct: dt.date, expected: list[tuple[str, str]]) -> None:
    assert values(text, dct) == expected


def test_since_gives_an_interval_to_the_dct() -> None:
    (t,) = tag("Russia has been at war in Ukraine since 2022.", D(2024, 12, 6))
    assert (t.norm.value, t.norm.begin, t.norm.until, t.signal) == (
        "2022",
        D(2022, 1, 1),
        D(2024, 12, 6),
        "since",
    )


def test_time_zone_recorded() -> None:
    (t,) = tag("Voting ends at 2:30 pm GMT.", D(2024, 12, 6))
    assert t.norm.tz == "+00:00" and t.norm.type == "TIME"


def test_day_after_is_event_anchored() -> None:
    t = tag("They entered Rastan the day after they captured Hama.", D(2024, 12, 6))[0]
    assert (t.text, t.norm.anchor, t.norm.value) == ("the day after", "event", "XXXX-XX-XX")


def test_the_next_day_anchors_to_previous_date() -> None:
    found = tag("Protests began on March 3, 2024. The next day, police arrived.", D(2024, 3, 10))
    assert [(t.text, t.norm.value, t.norm.anchor) for t in found] == [
        ("March 3, 2024", "2024-03-03", "none"),
        ("The next day", "2024-03-04", "t1"),
    ]


def test_ambiguous_numeric_date_nearest_dct_and_dayfirst() -> None:
    art = Article.from_text(
        "A court hearing set for 06/01/2023 was cancelled.", published="2023-01-01"
    )
    # 6 January (5 days after the DCT) is nearer than 1 June
    row = timexes(art).iloc[0]
    assert row["value"] == "2023-01-06" and "ambiguous" in row["problem"]
    # an explicit US reading
    assert timexes(art, dayfirst=False).iloc[0]["value"] == "2023-06-01"


def test_tense_from_pos_tags() -> None:
    # past "entered" -> Thursday before; future "will march" -> Thursday after (DCT Fri 6 Dec)
    past = tag("Rebels entered Hama on Thursday.", D(2024, 12, 6))[0]
    future = tag("Rebels will march on Homs on Thursday.", D(2024, 12, 6))[0]
    assert (past.tense, past.norm.value) == ("past", "2024-12-05")
    assert (future.tense, future.norm.value) == ("future", "2024-12-12")


# ------------------------------------------------------------------------------------- bad input
def test_no_dct_relative_unresolved_absolute_resolved() -> None:
    with pytest.warns(ArticleWarning):  # the article itself warns that it has no date
        art = Article.from_text("Rebels entered Homs on Friday. The war began in 2011.")
    with pytest.warns(ArticleWarning, match="no publication date"):
        df = timexes(art)
    fri = df[df["text"] == "Friday"].iloc[0]
    year = df[df["text"] == "2011"].iloc[0]
    assert fri["anchor"] == "unknown" and fri["value"] is None
    assert year["value"] == "2011" and year["date_begin"] == D(2011, 1, 1)


def test_impossible_date_is_a_problem_not_a_crash() -> None:
    art = Article.from_text(
        "The vote was held on 31 February 2024 and on 3 March 2024.", published="2024-03-05"
    )
    df = timexes(art)
    bad = df[df["text"] == "31 February 2024"].iloc[0]
    assert bad["value"] is None and "impossible date" in bad["problem"]
    assert df[df["text"] == "3 March 2024"].iloc[0]["value"] == "2024-03-03"


def test_leap_day_only_in_leap_years() -> None:
    assert values("It was signed on 29 February 2024.", D(2024, 3, 4)) == [
        ("29 February 2024", "2024-02-29")
    ]
    (t,) = tag("It was signed on 29 February 2023.", D(2023, 3, 4))
    assert t.norm.value is None and "impossible" in t.norm.problem


def test_far_future_year_flagged() -> None:
    (t,) = tag("The treaty expires on December 10, 3025.", D(2024, 12, 6))
    assert t.norm.value == "3025-12-10" and "far-future" in t.norm.problem


def test_text_without_timexes_and_empty_corpus() -> None:
    art = Article.from_text("Nothing temporal here at all.", published="2024-12-06")
    assert timexes(art).empty and list(timexes(art).columns) == toolkit.timeline.TIMEX_COLUMNS
    assert timexes([]).empty
    # an article with no events still gives a (empty) chronology, chart and TimelineJS object
    import matplotlib

    matplotlib.use("Agg")
    from toolkit.plots import timeline as plot_timeline

    c = chronology(art, entities=False)
    assert c.empty and list(c.columns) == toolkit.timeline.CHRONOLOGY_COLUMNS
    assert plot_timeline(c) is not None and to_timelinejs(c) == {"events": []}


def test_malformed_timeml_is_skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "timex_eval", Path(__file__).parents[1] / "benchmarks" / "timex_eval.py"
    )
    te = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(te)
    (tmp_path / "bad.tml").write_text("<TimeML><TEXT>broken <TIMEX3>", "utf-8")
    (tmp_path / "good.tml").write_text(
        '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">'
        '19980108</TIMEX3></DCT><TEXT>Prices fell <TIMEX3 tid="t1" type="DATE" value="1998-01-07">'
        "yesterday</TIMEX3>.</TEXT></TimeML>",
        "utf-8",
    )
    docs, errors = te.load(tmp_path)
    assert [d["id"] for d in docs] == ["good"] and len(errors) == 1 and "bad.tml" in errors[0]
    assert docs[0]["gold"][0]["text"] == "yesterday" and docs[0]["dct"] == D(1998, 1, 8)
    preds, _ = te.run_toolkit(docs)
    assert te.score(docs, preds)["value_f1"] == 100.0


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab 12/.:-Fridaymonth Dec2024,\n")), max_size=80))
def test_spans_always_point_into_the_text(text: str) -> None:
    for t in tag(text, D(2024, 12, 6)):
        assert text[t.start : t.end] == t.text


# -------------------------------------------------------------------------- the two test articles
def test_valoria_article_timexes() -> None:
    # Published Monday 2024-03-04 (leap year); worked out with a calendar
    art = load_article(DATA / "valoria-floods-2024-03-04.txt")
    df = timexes(art)
    got = dict(zip(df["text"], df["value"], strict=True))
    assert got["Monday"] == "2024-03-04"  # "began to recede on Monday": the DCT itself
    assert got["late on Saturday"] == "2024-03-02TEV"
    assert got["Sunday"] == "2024-03-03"
    assert got["Thursday"] == "2024-02-29"  # since Thursday: the leap day
    assert got["Wednesday"] == "2024-03-06"  # "is expected to return on Wednesday": future
    assert got["next week"] == "2024-W11"  # 11-17 March
    assert got["the past three weeks"] == "P3W"
    assert got["Feb. 29"] == "2024-02-29" and got["March 12"] == "2024-03-12"
    assert (df["doc_id"] == art.id).all()
    assert all(
        art.text[s:e] == t for s, e, t in zip(df["start"], df["end"], df["text"], strict=True)
    )


def test_valoria_article_events() -> None:
    art = load_article(DATA / "valoria-floods-2024-03-04.txt")
    ev = events(art, entities=False)
    burst = ev[(ev["lemma"] == "flood") & (ev["trigger"] == "burst")].iloc[0]
    reached = ev[ev["trigger"] == "reached"].iloc[0]
    # the river burst late on Saturday 2 March; rescuers reached Kestrel "the day after" = 3 March
    assert (burst["date_begin"], burst["anchor_kind"]) == (D(2024, 3, 2), "explicit timex")
    assert (reached["date_begin"], reached["date_end"]) == (D(2024, 3, 3), D(2024, 3, 3))
    assert reached["anchor_kind"] == "relative to another event"
    reopen = ev[ev["trigger"] == "reopen"].iloc[0]
    assert (reopen["tense"], reopen["date_begin"]) == ("future", D(2024, 3, 11))


def test_brightwater_article_year_boundary() -> None:
    # Published Sunday 2023-01-01; Friday = 30 Dec 2022, yesterday = 31 Dec 2022, Tuesday = 3 Jan 2023
    art = load_article(DATA / "brightwater-port-2023-01-01.txt")
    df = timexes(art)
    got = dict(zip(df["text"], df["value"], strict=True))
    assert got["Friday"] == "2022-12-30"
    assert got["yesterday"] == "2022-12-31"
    assert got["2:30 pm GMT on Friday"] == "2022-12-30T14:30"
    assert got["Tuesday"] == "2023-01-03"
    assert got["this year"] == "2023"
    assert got["nine-day"] == "P9D"
    ev = events(art, entities=False)
    ended = ev[ev["trigger"] == "ended"].iloc[0]
    assert ended["date_begin"] == D(2022, 12, 30)


# ----------------------------------------------------------------------------------- Sky News
@pytest.fixture(scope="module")
def sky_chronology() -> pd.DataFrame:
    return chronology(load_article(SKY))


def _row(c: pd.DataFrame, label: str) -> pd.Series:
    rows = c[c["label"] == label]
    assert len(rows), f"{label} not in {c['label'].tolist()}"
    return rows.iloc[0]


def test_sky_timexes() -> None:
    # By reading: DCT Friday 2024-12-06. "late on Thursday" = 5 Dec evening; "last weekend" =
    # Sat 30 Nov / Sun 1 Dec; Hezbollah crossed "overnight" = night of 5/6 Dec
    df = timexes(load_article(SKY))
    got = dict(zip(df["text"], df["value"], strict=True))
    assert got["late on Thursday"] == "2024-12-05TEV"
    assert got["last weekend"] == "2024-W48-WE"
    assert got["overnight"] == "2024-12-05TNI"
    assert got["13-year"] == "P13Y" and got["2017"] == "2017" and got["2022"] == "2022"
    assert got["the last four years"] == "P4Y"
    assert df[df["text"] == "the day after"].iloc[0]["anchor"] == "event"


def test_sky_chronology(sky_chronology: pd.DataFrame) -> None:
    c = sky_chronology
    aleppo = _row(c, "capture: Aleppo")
    assert (aleppo["date_begin"], aleppo["date_end"]) == (D(2024, 11, 30), D(2024, 12, 1))
    statement = _row(c, "statement: Ali Mahmoud Abbas")
    assert (statement["date_begin"], statement["date_end"]) == (D(2024, 12, 5), D(2024, 12, 5))
    # Hama: the insurgents entered Rastan and Talbiseh (the lead event of a story of Friday 6 Dec,
    # no date of its own -> the day of publication) "the day after they captured ... Hama" -> 5 Dec,
    # which agrees with the minister's statement on the withdrawal "late on Thursday"; several mentions
    hama = _row(c, "capture: Hama")
    assert (hama["date_begin"], hama["date_end"]) == (D(2024, 12, 5), D(2024, 12, 5))
    assert hama["mentions"] >= 3
    rastan = c[(c["class"] == "enter") & c["label"].str.contains("Rastan")].iloc[0]
    assert (rastan["date_begin"], rastan["date_end"]) == (D(2024, 12, 6), D(2024, 12, 6))
    # labels name what the event is about, never the trigger word again nor the wrong participant
    labels = set(c["label"])
    for bad in (
        "war: war",
        "advance: advance",
        "statement: said",
        "defeat: United States",
        "capture: Iraq",
        "enter: Sham FM",
    ):
        assert bad not in labels, bad
    assert "defeat: Islamic State" in labels
    triggers = set(events(load_article(SKY))["trigger"].str.lower())
    assert not [lab for lab in labels if ": " in lab and lab.split(": ", 1)[1].lower() in triggers]
    cross = _row(c, "cross: Syria")
    assert (cross["date_begin"], cross["date_end"]) == (D(2024, 12, 5), D(2024, 12, 6))
    # background: the 13-year war since 2011; the invasion of Ukraine since 2022
    war = c[(c["class"] == "war") & c["background"]]
    assert D(2011, 1, 1) in set(war["date_begin"]) and D(2022, 1, 1) in set(war["date_begin"])
    # ordered by date: Aleppo before the statement
    assert (
        c.index[c["label"] == "capture: Aleppo"][0]
        < c.index[c["label"] == "statement: Ali Mahmoud Abbas"][0]
    )
    assert c["evidence"].str.len().min() > 0


def test_override_and_exports(sky_chronology: pd.DataFrame, tmp_path: Path) -> None:
    c = apply_overrides(
        sky_chronology,
        pd.DataFrame(
            {
                "label": ["capture: Hama"],
                "date_begin": ["2024-12-05"],
                "date_end": ["2024-12-05"],
                "note": ["by hand"],
            }
        ),
    )
    hama = _row(c, "capture: Hama")
    assert (hama["date_begin"], hama["precision"], hama["anchor_kind"], hama["confidence"]) == (
        D(2024, 12, 5),
        "day",
        "manual override",
        1.0,
    )
    tl = to_timelinejs(c, title="Syria")
    assert json.loads(json.dumps(tl))["events"]
    first = tl["events"][0]
    assert set(first) >= {"start_date", "text"} and set(first["start_date"]) == {
        "year",
        "month",
        "day",
    }
    assert {"headline", "text"} <= set(first["text"])
    path = to_csv(c, tmp_path / "chrono.csv")
    assert len(pd.read_csv(path)) == len(c)


def test_timeline_plot(sky_chronology: pd.DataFrame) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import toolkit.plots

    fig = toolkit.plots.timeline(sky_chronology)
    assert len(fig.axes) == 2  # background panel + recent days
    labels = [t.get_text() for t in fig.axes[1].get_yticklabels()]
    assert "capture: Aleppo" in labels


def test_corpus_input_and_toolkit_exports() -> None:
    arts = [
        load_article(DATA / "valoria-floods-2024-03-04.txt"),
        load_article(DATA / "brightwater-port-2023-01-01.txt"),
    ]
    df = toolkit.timexes(arts)
    assert set(df["doc_id"]) == {a.id for a in arts}
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        c = toolkit.chronology(arts, entities=False)
    assert set(c["doc_ids"].str.split("; ").explode()) == {a.id for a in arts}


# ------------------------------------------------------------ event participants and labels
# Sentences written for these tests; each case states the rule it checks.
def _events(text: str, published: str = "2025-03-14") -> pd.DataFrame:
    return events(Article.from_text(text, published=published))


def _labels(text: str, published: str = "2025-03-14") -> list[str]:
    return chronology(Article.from_text(text, published=published))["label"].tolist()


def test_lead_event_pins_the_day_after_reference() -> None:
    # DCT Friday 14 March 2025. Lead sentence, main verb past and undated: the entry is the news of
    # the day (14 March) and the seizure "the day before" it: Thursday 13 March.
    ev = _events(
        "Rebels entered the town of Qusayr the day after they seized the port of Latakia. "
        "Officials said the army had regrouped."
    ).set_index("trigger")
    assert (ev.loc["entered", "date_begin"], ev.loc["entered", "date_end"]) == (D(2025, 3, 14),) * 2
    assert (ev.loc["seized", "date_begin"], ev.loc["seized", "date_end"]) == (D(2025, 3, 13),) * 2
    # a headline without final punctuation is not the lead; the first sentence after it is
    ev = _events(
        "Rebels take Qusayr\nRebels entered the town of Qusayr the day after they seized Latakia."
    ).set_index("trigger")
    assert ev.loc["seized", "date_begin"] == D(2025, 3, 13)


def test_day_after_outside_the_lead_stays_an_interval() -> None:
    # the same sentence as the fourth of the story: no lead convention, nothing is pinned
    ev = _events(
        "Prices rose in March. The council met on Monday. Trade was slow. "
        "Rebels entered the town of Qusayr the day after they seized the port of Latakia."
    ).set_index("trigger")
    assert ev.loc["seized", "date_begin"] is None
    assert ev.loc["entered", "date_begin"] != ev.loc["entered", "date_end"]


def test_lead_event_does_not_override_an_explicit_date() -> None:
    # the seizure has its own date (Monday 10 March): the lead rule must not move it to 13 March
    ev = _events(
        "Rebels entered the town of Qusayr the day after they seized the port of Latakia on Monday."
    ).set_index("trigger")
    assert ev.loc["seized", "date_begin"] == D(2025, 3, 10)
    assert ev.loc["entered", "date_begin"] == D(2025, 3, 11)


def test_by_agent_is_actor_and_passive_subject_is_target() -> None:
    ev = _events("The convoy was attacked by NATO aircraft near Kandahar.").iloc[0]
    assert "NATO" in ev["actors"] and "NATO" not in ev["targets"]
    assert ev["object"] == "convoy"
    # a pronoun subject of a passive stands for the actor of the sentence's previous event
    ev = _events(
        "The Islamic State group, which captured large swathes of Iraq and Syria before it was "
        "defeated by a US-led coalition in 2017, is back."
    ).set_index("trigger")
    assert ev.loc["defeated", "object"] == "Islamic State"
    assert "Islamic State" in ev.loc["defeated", "targets"]
    assert "Islamic State" not in ev.loc["defeated", "actors"]
    # a passive subject that is no named entity: the noun phrase itself
    ev = _events("Daher said his father had been killed by security forces.").set_index("trigger")
    assert ev.loc["killed", "object"] == "his father"


def test_targets_stay_in_the_clause() -> None:
    ev = _events("Rebels entered the village without resistance, according to Reuters.").iloc[0]
    assert "Reuters" not in ev["targets"] and ev["object"] == "village"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # the object noun phrase, not the subject and not the trigger
        ("Police arrested dozens of protesters in Cairo.", "arrest: dozens of protesters"),
        ("The army had killed three fighters.", "kill: three fighters"),
        # an object naming several places is labelled as a whole
        (
            "Rebels captured large parts of Idlib and Aleppo.",
            "capture: large parts of Idlib and Aleppo",
        ),
        # an appositive's head place: "Ukraine's second-largest city Kharkiv" -> Kharkiv
        ("Russian troops seized Ukraine's second-largest city Kharkiv.", "capture: Kharkiv"),
        # territory classes keep their place: the withdrawal of troops from X is about X
        ("The withdrawal of troops from Kherson was swift.", "capture: Kherson"),
        # a noun trigger without object: its own noun phrase
        (
            "Iran backed Damascus during the country's long civil war.",
            "war: country's long civil war",
        ),
        # a statement without a named speaker: the subject noun phrase
        (
            "The country's interior minister said the border would reopen.",
            "statement: country's interior minister",
        ),
        # nothing known: the class alone, never the trigger repeated
        ("He said nothing.", "statement: unidentified speaker"),
    ],
)
def test_event_labels(text: str, label: str) -> None:
    assert label in _labels(text)


def test_noun_modifying_a_noun_is_no_event() -> None:
    # "war monitor", "attack helicopters": the trigger word is a modifier, not a happening
    ev = _events("An opposition war monitor counted the attack helicopters over the city.")
    assert "war" not in set(ev["class"]) and "attack" not in set(ev["class"])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "told X": X listens; the speakers are the subject noun phrase
        (
            "Hezbollah fighters crossed the border, two regional officials told Reuters.",
            "statement: two regional officials",
        ),
        # the speaker stands before the verb, not in the reported clause after it
        (
            "The head of the border police said Hamas had fired rockets.",
            "statement: head of the border police",
        ),
        # an inverted report names the speaker after the verb
        ("“We will win,” said Volodymyr Zelensky.", "statement: Volodymyr Zelensky"),
        # "X, which said": the relative clause's antecedent speaks
        ("Rebels were led by the group Hamas, which said it would fight on.", "statement: Hamas"),
    ],
)
def test_statement_speakers(text: str, speaker: str) -> None:
    assert speaker in _labels(text)


def test_targets_end_at_the_next_verb() -> None:
    # Kherson is where the capture puts the troops, not what was captured
    ev = _events("The capture of the two villages puts the troops within five miles of Kherson.")
    cap = ev[ev["class"] == "capture"].iloc[0]
    assert "Kherson" not in cap["targets"] and cap["place"] is None
    assert "capture: two villages" in _labels(
        "The capture of the two villages puts the troops within five miles of Kherson."
    )
    # coordinated verbs share their object
    ev = _events("The militia captured and ruled over large parts of Idlib and Aleppo.")
    assert set(ev.iloc[0]["targets"].split("; ")) == {"Idlib", "Aleppo"}


def test_definite_noun_phrase_refers_back_to_the_same_happening() -> None:
    # "the villages" in the third sentence are the villages of Kupiansk and Izium entered earlier
    text = (
        "Troops entered the villages of Kupiansk and Izium on Monday. Prices rose. "
        "The troops entered the villages without resistance, officials said."
    )
    c = chronology(Article.from_text(text, published="2025-03-14"))
    enter = c[c["class"] == "enter"]
    assert len(enter) == 1 and enter.iloc[0]["mentions"] == 2
    assert enter.iloc[0]["date_begin"] == D(2025, 3, 10)
