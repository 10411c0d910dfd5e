"""The SEO keys of the Markdown front matter: written only when set, in a
fixed order, read back exactly."""

from articles.checks import editorial_checks
from articles.formats import Document, parse, write_markdown
from articles.formats.diff import diff_documents

WITH_SEO = Document(
    title="Night Buses Return",
    slug="night-buses",
    lead="The N4 is back.",
    lead_image="3f2a9c1b7e4d5a60",
    seo_title="N4 night bus: “times” and stops",
    meta_description='Every half hour: "where" it stops.',
    social_image="8c1d0e7f2b3a4c59",
)


def test_seo_keys_round_trip():
    text = write_markdown(WITH_SEO)

    assert parse(text) == WITH_SEO
    assert write_markdown(parse(text)) == text


def test_seo_keys_follow_the_lead_image_in_a_fixed_order():
    lines = write_markdown(WITH_SEO).splitlines()

    keys = [line.split(":")[0] for line in lines[1 : lines.index("---", 1)]]
    assert keys[-4:] == ["lead_image", "seo_title", "meta_description", "social_image"]


def test_seo_keys_are_left_out_when_not_set():
    text = write_markdown(Document(title="Plain", lead="Text."))

    for key in ("seo_title", "meta_description", "social_image"):
        assert key not in text


def test_the_diff_names_seo_changes():
    changed = Document(**{**WITH_SEO.__dict__, "seo_title": "", "social_image": ""})

    where = [change.where for change in diff_documents(WITH_SEO, changed)]

    assert where == ["SEO title", "Social image"]


def test_checks_warn_past_what_search_results_show():
    document = Document(title="Short", seo_title="t" * 61, meta_description="d" * 156)

    messages = [check.message for check in editorial_checks(document)]

    assert (
        "The SEO title has 61 characters; search results show about 60 and "
        "cut the rest." in messages
    )
    assert any(
        m.startswith("The meta description has 156 characters") for m in messages
    )
    fine = Document(title="Short", seo_title="t" * 60, meta_description="d" * 155)
    assert not any(
        c.message.startswith(("The SEO title", "The meta description"))
        for c in editorial_checks(fine)
    )
