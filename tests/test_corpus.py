"""Loading articles, bad input, and clutter cleaning (blocks)."""

import datetime as dt
import json
import warnings

import pytest
from conftest import CORPUS, SKY_ID, TEST_CORPUS

import toolkit
from toolkit.corpus import (
    Article,
    clean,
    is_heading_like,
    is_interview_question,
    load_article,
    load_corpus,
)
from toolkit.errors import (
    ArticleEncodingError,
    ArticleError,
    ArticleWarning,
    EmptyArticleError,
    InvalidDateError,
    MetadataError,
    NoArticlesError,
    NotTextError,
)


def write_article(folder, stem, text, meta=None, *, raw_bytes=None, meta_text=None):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{stem}.txt"
    if raw_bytes is not None:
        path.write_bytes(raw_bytes)
    else:
        path.write_text(text, encoding="utf-8")
    if meta_text is not None:
        (folder / f"{stem}.json").write_text(meta_text, encoding="utf-8")
    elif meta is not False:
        m = {"id": stem, "title": "T", "outlet": "Test", "published": "2024-12-06"}
        m.update(meta or {})
        (folder / f"{stem}.json").write_text(json.dumps(m), encoding="utf-8")
    return path


GOOD = "Rebels take Hama\n\nRebels entered Hama on Thursday. Residents fled.\n"


# ------------------------------------------------------------------------------- the corpus
def test_bundled_corpus_loads_without_problems(corpus):
    assert len(corpus) == 4
    assert corpus.errors.empty
    frame = corpus.to_frame()
    assert set(frame["outlet"]) == {
        "Sky News",
        "i24NEWS",
        "TRT World",
        "Associated Press (syndicated by LatestLY)",
    }
    assert corpus[SKY_ID].published == dt.date(2024, 12, 6)


def test_article_record_is_frozen(sky):
    with pytest.raises(AttributeError):
        sky.text = "x"


def test_sky_news_blocks_counted_by_reading(sky):
    # Counted by reading corpus/skynews-...txt line by line (36 non-blank lines): line 1 is the
    # headline; 22 body paragraphs (lines 2-6, 8-11, 13-15, 21-24, 30-35); two "Image: ... Pic(s): AP"
    # captions; "Read more:..." and "Analysis: ..." teasers; two video players of three lines each
    # (the placeholder, the duration "2:18"/"0:38", the video title); two subheadings
    # ("Government forces’ withdrawal ‘a tactical measure’", "Elite Hezbollah forces cross into Syria");
    # the "Source : Sky News" footer.
    kinds = toolkit.blocks(sky)["kind"].value_counts().to_dict()
    assert kinds == {
        "headline": 1,
        "paragraph": 22,
        "caption": 2,
        "related-link": 2,
        "media": 6,
        "subheading": 2,
        "footer": 1,
    }


@pytest.mark.parametrize(
    "clutter",
    [
        "Pic: AP",
        "Please use Chrome browser",
        "2:18",
        "0:38",
        "Read more",
        "Analysis:",
        "Source : Sky News",
        "Celebrations in Syrian city as govt driven out",
        "Elite Hezbollah forces cross into Syria",
        "riddled with bullets",
    ],
)
def test_sky_news_clutter_not_in_text(sky, clutter):
    assert clutter not in sky.text


def test_blocks_point_into_raw_and_text(corpus):
    for art in corpus:
        for b in art.blocks:
            assert art.raw[b.raw_start : b.raw_end] == b.text
            if b.kept:
                assert art.text[b.start : b.end] == b.text
            else:
                assert b.start is None and b.end is None


def test_text_is_headline_plus_paragraphs(sky):
    kept = [b.text for b in sky.blocks if b.kind in ("headline", "paragraph")]
    assert sky.text == "\n\n".join(kept)
    assert sky.text.startswith("Syrian rebels close in on central city")


# --------------------------------------------------------------- other outlets' clutter
def kinds_of(path):
    art = load_article(path)
    return {b.text: b.kind for b in art.blocks}, art


def test_reuters_style_clutter():
    kinds, art = kinds_of(TEST_CORPUS / "reuters-style-port-strike.txt")
    assert kinds["By Anna Visser and Pieter de Graaf"] == "byline"
    assert kinds["Reporting by Anna Visser and Pieter de Graaf; Editing by Mark Potter"] == "footer"
    assert kinds["Our Standards: The Thomson Reuters Trust Principles."] == "footer"
    assert kinds["Related Coverage"] == "related-link"
    assert kinds["Dutch inflation slows to 2.7% in February"] == "related-link"
    assert "REUTERS/" not in art.text
    # the dateline paragraph is body text
    assert art.text.split("\n\n")[1].startswith("ROTTERDAM, Netherlands, March 4 (Reuters)")
    assert sum(b.kind == "paragraph" for b in art.blocks) == 5


def test_ap_style_clutter():
    kinds, art = kinds_of(TEST_CORPUS / "ap-style-wildfire.txt")
    assert kinds["By ELENA PAPADOPOULOU Associated Press"] == "byline"
    assert kinds["___"] == "footer"
    assert (
        kinds["Associated Press writer Derek Gatopoulos in Athens contributed to this report."]
        == "footer"
    )
    assert "AP Photo" not in art.text and "apnews.com" not in art.text
    assert sum(b.kind == "paragraph" for b in art.blocks) == 5


def test_al_jazeera_style_clutter():
    kinds, art = kinds_of(TEST_CORPUS / "aljazeera-style-gaza-talks.txt")
    assert kinds["Source: Al Jazeera and news agencies"] == "footer"
    assert kinds["Sign up for Al Jazeera"] == "footer"
    assert kinds["Weekly newsletter"] == "footer"  # the sign-up box, not a subheading
    assert sum(b.kind == "paragraph" for b in art.blocks) == 5


def test_bbc_style_clutter():
    kinds, art = kinds_of(TEST_CORPUS / "bbc-style-election.txt")
    assert kinds["Image source, Getty Images"] == "caption"
    assert kinds["Related topics"] == "related-link"
    assert kinds["Republic of Ireland"] == "related-link"
    assert kinds["What happens next?"] == "subheading"
    assert "Getty" not in art.text and "Voters queued" not in art.text
    assert sum(b.kind == "paragraph" for b in art.blocks) == 5


def test_saved_html_page_is_extracted():
    art = load_article(TEST_CORPUS / "bbc-style-page.html")
    assert art.title == "Floods force thousands from homes in northern Italy"
    assert art.published == dt.date(2023, 5, 18)
    assert "Heavy rain has forced more than 13,000 people" in art.text
    assert "Related topics" not in art.text and "Copyright" not in art.text
    assert art.text.count("Floods force thousands") == 1


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Elite Hezbollah forces cross into Syria", True),
        ("Government forces’ withdrawal ‘a tactical measure’", True),
        ("What happens next?", True),
        ("Rebels entered Hama on Thursday.", False),
        ("“We are in a good position,” he said", False),  # a quote, not a heading
        ("the rebels then moved towards the", False),
        (
            "Why did the government in Damascus collapse so quickly after thirteen years of war?",
            False,
        ),
    ],
)
def test_heading_shape(line, expected):
    assert is_heading_like(line) is expected


def test_wrapped_lines_are_joined_into_one_paragraph():
    text, blocks = clean("Title here\n\nThe rebels advanced on the city\nand took the airport.\n")
    assert [b.kind for b in blocks] == ["headline", "paragraph"]
    assert blocks[1].text == "The rebels advanced on the city\nand took the airport."


def test_from_text_without_date_warns_and_keeps_none():
    with pytest.warns(ArticleWarning, match="no publication date"):
        art = Article.from_text("Rebels entered Hama.")
    assert art.published is None
    assert art.id.startswith("text-")


# ------------------------------------------------------------------------------- bad input
def test_empty_file(tmp_path):
    path = write_article(tmp_path, "empty", "")
    with pytest.raises(EmptyArticleError, match="empty.txt"):
        load_article(path)


def test_only_clutter_is_empty(tmp_path):
    path = write_article(tmp_path, "clutter", "Image: smoke. Pic: AP\n2:18\nSource: Sky News\n")
    with pytest.raises(EmptyArticleError, match="no article text left"):
        load_article(path)


def test_binary_file(tmp_path):
    path = write_article(tmp_path, "bin", None, raw_bytes=b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(NotTextError, match="bin.txt.*binary"):
        load_article(path)


def test_cp1252_is_decoded_with_a_warning(tmp_path):
    text = "Caf\u00e9 owners\n\nThe caf\u00e9 \u201cwas full\u201d on Friday.\n"
    path = write_article(tmp_path, "cp", None, raw_bytes=text.encode("cp1252"))
    with pytest.warns(ArticleWarning, match="Windows-1252"):
        art = load_article(path)
    assert "café “was full”" in art.text


def test_undecodable_bytes(tmp_path):
    path = write_article(tmp_path, "bad", None, raw_bytes=b"abc \x81\x8d\x8f def")
    with pytest.raises(ArticleEncodingError, match="bad.txt"):
        load_article(path)


def test_missing_metadata(tmp_path):
    path = write_article(tmp_path, "nometa", GOOD, meta=False)
    with pytest.raises(MetadataError, match="nometa.json"):
        load_article(path)


@pytest.mark.parametrize("meta_text", ["{not json", "[1, 2]", ""])
def test_malformed_metadata(tmp_path, meta_text):
    path = write_article(tmp_path, "m", GOOD, meta_text=meta_text)
    with pytest.raises(MetadataError, match=r"m\.json"):
        load_article(path)


@pytest.mark.parametrize("date", ["2024-02-30", "06/12/2024", "yesterday", 20241206])
def test_invalid_date(tmp_path, date):
    path = write_article(tmp_path, "d", GOOD, {"published": date})
    with pytest.raises(InvalidDateError, match="d.txt.*published"):
        load_article(path)


def test_leap_day_is_a_valid_date(tmp_path):
    path = write_article(tmp_path, "leap", GOOD, {"published": "2024-02-29"})
    assert load_article(path).published == dt.date(2024, 2, 29)


def test_folder_with_no_articles(tmp_path):
    (tmp_path / "notes.md").write_text("nothing here")
    with pytest.raises(NoArticlesError, match="holds no article"):
        load_corpus(tmp_path)
    with pytest.raises(NoArticlesError, match="no such folder"):
        load_corpus(tmp_path / "missing")


def test_corpus_goes_on_past_bad_files(tmp_path):
    write_article(tmp_path, "a-good", GOOD, {"id": "good-1"})
    write_article(tmp_path, "b-empty", "")
    write_article(tmp_path, "c-binary", None, raw_bytes=b"\x00\x01\x02")
    write_article(tmp_path, "d-baddate", GOOD, {"published": "2024-13-01"})
    write_article(tmp_path, "e-dup", GOOD, {"id": "good-1"})
    write_article(tmp_path, "f-nometa", GOOD, meta=False)
    write_article(
        tmp_path, "g-cp1252", None, raw_bytes="Caf\u00e9\n\nThe caf\u00e9 opened.".encode("cp1252")
    )
    write_article(tmp_path, "h-nodate", GOOD, {"published": None, "id": "good-2"})
    (tmp_path / "i-orphan.json").write_text('{"id": "orphan"}')
    write_article(tmp_path, "j-good", GOOD, {"id": "good-3"})
    corpus = load_corpus(tmp_path)
    assert corpus.ids == ["good-1", "g-cp1252", "good-2", "good-3"]
    errors = corpus.errors.set_index(corpus.errors["file"].str.rsplit("/", n=1).str[-1])
    assert errors.loc["b-empty.txt", "error"] == "EmptyArticleError"
    assert errors.loc["c-binary.txt", "error"] == "NotTextError"
    assert errors.loc["d-baddate.txt", "error"] == "InvalidDateError"
    assert errors.loc["e-dup.txt", "error"] == "DuplicateIdError"
    assert "good-1" in errors.loc["e-dup.txt", "reason"]
    assert errors.loc["f-nometa.txt", "error"] == "MetadataError"
    assert errors.loc["i-orphan.json", "error"] == "MetadataError"
    assert errors.loc["g-cp1252.txt", "severity"] == "warning"
    assert errors.loc["h-nodate.txt", "severity"] == "warning"
    assert (errors["severity"] == "error").sum() == 6


def test_unsupported_file_type(tmp_path):
    path = tmp_path / "a.pdf"
    path.write_bytes(b"%PDF-1.4")
    with pytest.raises(ArticleError, match="unsupported file type .pdf"):
        load_article(path)


def test_missing_file(tmp_path):
    with pytest.raises(ArticleError, match="no such file"):
        load_article(tmp_path / "nope.txt")


def test_corpus_lookup_error_lists_ids(corpus):
    with pytest.raises(KeyError, match="ids:"):
        corpus["no-such-article"]


def test_load_article_accepts_the_json_path():
    art = load_article(CORPUS / f"{SKY_ID}.json")
    assert art.id == SKY_ID


def test_all_warnings_are_article_warnings(tmp_path):
    path = write_article(tmp_path, "x", GOOD, {"published": None})
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        load_article(path)
    assert [w.category for w in caught] == [ArticleWarning]


def test_html_page_with_only_a_menu_is_not_an_article(tmp_path):
    page = tmp_path / "menu.html"
    page.write_text(
        "<html><head><title>Example News</title></head><body><nav><a href='/'>Home</a> "
        "<a href='/world'>World</a></nav><div id='app'></div></body></html>",
        encoding="utf-8",
    )
    with pytest.raises(
        EmptyArticleError, match="menu.html: no article text found in the HTML page"
    ):
        load_article(page)


def test_an_interview_question_is_a_short_question_paragraph_before_a_quoted_answer():
    # the one test the cleaner (question lines are no subheadings), the rules (the quoted
    # answers are the interviewee's) and the learned layers (no row for the question) share
    answer = "“Not a word. He walked away.”"
    assert is_interview_question("Did the referee explain the decision to you?", answer)
    assert is_interview_question("Did he?")  # no answer given: the paragraph alone
    assert is_interview_question('Is "Father Tongue" about your father?', "‘Partly.’")
    # the next paragraph is narration, not a quoted answer
    assert not is_interview_question("What happens next?", "The council meets on Friday.")
    # a quoted question is speech, not the interviewer's line
    assert not is_interview_question("“Who pays?” the mayor asked. Who does?", answer)
    assert not is_interview_question("The council will meet on Friday.", answer)
    long_question = "Why, " + "after all the years of promises and reviews, " * 7 + "now?"
    assert len(long_question) > 300
    assert not is_interview_question(long_question, answer)


def test_an_interview_keeps_its_short_question_lines():
    raw = (
        "Dairy boss on the price slump\n\n"
        "Anneliese Brandt sat down with the Gazette on Monday.\n\n"
        "When did you see it coming?\n\n"
        "Last spring. We were selling below cost by May.\n\n"
        "Did you ask for help?\n\n"
        "Twice. Nobody answered me.\n\n"
        "What would you tell younger farmers?\n\n"
        "Keep your own books.\n"
    )
    text, _blocks = clean(raw, title="Dairy boss on the price slump")
    assert "What would you tell younger farmers?" in text
    assert "Did you ask for help?" in text
    # an explainer's question headings stay subheadings
    raw2 = (
        "Bus routes to change\n\n"
        "The council will vote next week.\n\n"
        "What happens next?\n\n"
        "The council meets on Friday.\n\n"
        "Who is affected?\n\n"
        "About 40,000 riders use the lines.\n\n"
        "Why does it matter?\n\n"
        "The routes have not changed since 1998.\n"
    )
    text2, _ = clean(raw2, title="Bus routes to change")
    assert "What happens next?" not in text2


def test_a_byline_with_a_posted_stamp_and_a_photo_credit_are_clutter():
    art = Article.from_text(
        "Ferry fares rise again\n\n"
        "Priya Sandhu · Island News · Posted: Apr 3, 2025 6:00 AM PDT | Last Updated: April 3\n\n"
        "Social Sharing\n\n"
        "The ferry terminal at Horseshoe Bay. File | Photo Credit: J. MARTENS\n\n"
        "Fares on the island routes will rise by 4 per cent in May, the operator said on "
        "Wednesday.\n\n"
        "Support ISLAND NEWS' journalism. Please consider supporting us with a donation.\n\n"
        "Get the week's ferry news. Sign up for our Coast newsletter.",
        outlet="Island News",
        published="2025-04-03",
    )
    kinds = {b.text: b.kind for b in art.blocks}
    assert kinds["Social Sharing"] == "boilerplate"
    assert (
        kinds["The ferry terminal at Horseshoe Bay. File | Photo Credit: J. MARTENS"] == "caption"
    )
    assert "Posted:" not in art.text and "Photo Credit" not in art.text
    assert "Fares on the island routes" in art.text
    assert "donation" not in art.text and "newsletter" not in art.text


def test_a_posted_dash_stamp_a_read_time_range_a_disclaimer_and_also_read_are_clutter():
    art = Article.from_text(
        "Hail flattens orchards in the valley\n\n"
        "By Dana Whitmore, Valley News | Posted - Jun. 2, 2025 at 6:10 p.m.\n\n"
        "ESTIMATED TIME TO READ: 3-4 minutes\n\n"
        "Hail the size of golf balls stripped apple trees on Sunday, growers said.\n\n"
        "Also Read | Orchard insurance claims double, says growers' body\n\n"
        "DISCLAIMER: The views expressed on this site are those of the contributors.",
        outlet="Valley News",
        published="2025-06-02",
    )
    assert "Posted" not in art.text and "TIME TO READ" not in art.text
    assert "Also Read" not in art.text and "DISCLAIMER" not in art.text
    assert "Hail the size of golf balls" in art.text


def test_a_newsletter_consent_line_is_clutter():
    art = Article.from_text(
        "Sugar imports planned\n\n"
        "The ministry plans to import sugar, officials said.\n\n"
        "By providing an email address. I agree to the Terms of Use and acknowledge that I have "
        "read the Privacy Policy.",
        outlet="Inquirer",
        published="2025-09-15",
    )
    assert "Terms of Use" not in art.text
    assert "import sugar" in art.text


def test_a_caption_with_a_foto_credit_is_clutter():
    art = Article.from_text(
        "Drought summer\n\n"
        "Hydrologist Tobias Reinhold in Leipzig: “Nobody can say they didn't know.” Foto: Jens "
        "Schlüter / DER SPIEGEL\n\n"
        "More than 70 towns have banned garden watering, officials said.",
        outlet="DER SPIEGEL International",
        published="2026-08-07",
    )
    assert "Nobody can say" not in art.text
    assert "garden watering" in art.text


def test_a_caption_with_an_upper_case_photo_credit_is_clutter():
    art = Article.from_text(
        "Port operator profit falls\n\n"
        'Chief executive Lim Kah Seng says demand "remains firm". PHOTO: ST FILE\n\n'
        "The port operator posted a 12 per cent fall in profit, the group said.",
        outlet="The Business Times",
        published="2026-02-26",
    )
    assert "remains firm" not in art.text
    assert "12 per cent" in art.text


def test_bulleted_links_under_a_related_heading_are_clutter():
    art = Article.from_text(
        "Bill passed\n\n"
        "Parliament passed the bill on Tuesday, the Speaker said.\n\n"
        "Related\n"
        "- Why the city's roads are getting deadlier\n"
        "- Opposition vows to fight new traffic rules",
        outlet="Daily Monitor",
        published="2026-03-01",
    )
    assert "vows to fight" not in art.text
    assert "getting deadlier" not in art.text
    assert "Parliament passed the bill" in art.text


def test_a_social_follow_line_is_clutter():
    art = Article.from_text(
        "Talks to continue\n\n"
        "The talks will continue next week, the ministry said.\n\n"
        "Like Business on Facebook, follow @PaperBiz on Twitter to stay informed and join in the "
        "conversation.",
        outlet="The Paper",
        published="2026-03-12",
    )
    assert "@PaperBiz" not in art.text


def test_a_long_unpunctuated_line_under_the_date_is_a_caption():
    a = Article.from_text(
        "Senate shelves tariff bill\n"
        "Thursday, January 22nd 2026 - 09:40 UTC\n\n"
        "Senator Rodrigo Benitez insisted there was no split in the ruling party after "
        "Wednesday's long and bitter session\n\n"
        "The Senate on Wednesday postponed a vote on the bill.\n\n"
        "If you're enjoying this article, consider supporting our journalism by subscribing.",
        id="x",
    )
    kinds = [b.kind for b in a.blocks]
    assert kinds[2] == "caption"
    assert kinds[3] == "paragraph"
    assert kinds[4] == "footer"


def test_a_sign_up_line_that_asks_you_to_agree_to_a_privacy_policy_is_a_footer():
    a = Article.from_text(
        "Lobster prices slump\n\n"
        "The co-op said prices fell by a third.\n\n"
        "Get the stories you care about delivered to your inbox. By signing up, you agree to "
        "our Privacy Policy.\n\n"
        "Dealers said the slump would last.",
        id="x",
    )
    assert [b.kind for b in a.blocks][2] == "footer"
    assert "Privacy Policy" not in a.text


def test_a_donation_appeal_that_says_the_story_is_free_to_read_is_a_footer():
    a = Article.from_text(
        "Drought hits wheat farmers\n\n"
        "Farmers in the valley lost half their crop, the co-op said.\n\n"
        "You may have noticed: this story, like all our reporting, is free to read. We rely "
        "on readers like you. Donate today.\n\n"
        "The co-op expects prices to rise.",
        id="x",
    )
    assert [b.kind for b in a.blocks][2] == "footer"
    assert "free to read" not in a.text


def test_a_lower_case_byline_line_is_a_byline():
    from toolkit.corpus import Article

    art = Article.from_text(
        "Storm cuts power to 40,000 homes\n\nby Marta Kowalczyk\n\nA storm cut power to 40,000 "
        "homes on Monday, the utility said."
    )
    kinds = {b.text: b.kind for b in art.blocks}
    assert kinds["by Marta Kowalczyk"] == "byline"
    assert "Marta Kowalczyk" not in art.text


def test_print_header_lines_are_bylines():
    from toolkit.corpus import Article

    art = Article.from_text(
        "Senate delays vote on land bill\n\nPUBLISHED : 11 Mar 2025 at 04:00\n\n"
        "NEWSPAPER SECTION: News\n\nWRITER: Malee Srisuk\n\nThe Senate on Monday delayed a vote "
        "on the land bill, its speaker said."
    )
    assert [b.kind for b in art.blocks][1:4] == ["byline", "byline", "byline"]
