"""The standfirst's checks speak of search results only when the standfirst
is what they show: when no meta description is set."""

from articles.checks import heading_checks
from articles.formats.document import Document


def messages(**fields):
    document = Document(title="Night buses", slug="night-buses", **fields)
    return [check.message for check in heading_checks(document)]


def test_no_standfirst_and_no_meta_description():
    assert messages(standfirst="") == [
        "There is no standfirst: readers get no summary under the title, "
        "and search results no description."
    ]


def test_no_standfirst_but_a_meta_description():
    assert messages(standfirst="", meta_description="Where they run at night.") == [
        "There is no standfirst: readers get no summary under the title."
    ]


def test_a_short_standfirst_is_advice_only_when_search_results_show_it():
    assert messages(standfirst="Short.") == [
        "The standfirst has 6 characters. With no meta description set, search "
        "results show it, and it works best between 50 and 155."
    ]
    assert messages(standfirst="Short.", meta_description="Where they run.") == []
