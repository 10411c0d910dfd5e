"""The editor's desk in a real browser: a Writer's and an Editor's, at 360 and
1280 px, light and dark, with no serious accessibility problem and nothing
the Content-Security-Policy blocks. Screenshots go to the test artifacts."""

from datetime import timedelta

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import timezone
from playwright.sync_api import expect

from articles.models import Article, CorrectionNote
from articles.services.workflow import article_send_back, article_submit_for_review
from tests.browser.page_checks import listen_for_csp_violations
from tests.signin import log_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def shift(writer, desk_editor, make_full_article):
    """A desk mid-shift: one piece sent back, one waiting, a schedule, and
    fresh pieces, one of them corrected."""
    now = timezone.now()
    sent_back = make_full_article(
        title="Night buses return to the harbour line",
        status=Article.Status.DRAFT,
        created_by=writer,
    )
    article_submit_for_review(sent_back, by=writer)
    article_send_back(
        sent_back,
        by=desk_editor,
        comment="Check the timetable figures with the operator before Friday.",
    )
    waiting = make_full_article(
        title="What the new tram depot means for Eastside",
        status=Article.Status.DRAFT,
        created_by=writer,
    )
    article_submit_for_review(waiting, by=writer)
    make_full_article(
        title="Budget vote: the five numbers to watch",
        status=Article.Status.DRAFT,
        created_by=writer,
    )
    make_full_article(title="Council agenda", publish_at=now + timedelta(hours=3))
    make_full_article(title="Weekend markets", publish_at=now + timedelta(days=2))
    make_full_article(
        title="Summer ferry offer",
        publish_at=now - timedelta(days=20),
        unpublish_at=now + timedelta(days=1),
    )
    corrected = make_full_article(
        title="Storm closes the coast road",
        publish_at=now - timedelta(hours=30),
        public_updated_at=now - timedelta(hours=1),
    )
    CorrectionNote.objects.create(
        article=corrected, text="The road reopened at 6 pm, not 8 pm."
    )
    make_full_article(
        title="Library hours extended", publish_at=now - timedelta(hours=2)
    )


@pytest.mark.parametrize("role", ["writer", "desk_editor"])
def test_the_desk_reads_well_for_each_role(
    request, new_page, live_server, shift, artifacts, role
):
    user = request.getfixturevalue(role)
    axe = Axe()
    for scheme in ("light", "dark"):
        for width in (360, 1280):
            page = new_page(
                color_scheme=scheme, viewport={"width": width, "height": 900}
            )
            violations = []
            listen_for_csp_violations(page, violations)
            log_in(page, live_server, user.username)
            page.goto(f"{live_server.url}/admin/")
            expect(page.locator("#desk-scheduled")).to_contain_text("Scheduled 3")
            if role == "writer":
                expect(page.locator("#desk-review")).to_have_count(0)
                expect(page.locator(".desk-comment")).to_contain_text(
                    "Check the timetable figures"
                )
            else:
                expect(page.locator("#desk-review")).to_contain_text("Needs review 1")
            page.screenshot(
                path=artifacts / f"dashboard-{role}-{width}-{scheme}.png",
                full_page=True,
            )
            problems = [
                f"{v['id']}: {v['help']} ({v['nodes'][0]['target']})"
                for v in axe.run(page).response["violations"]
                if v["impact"] in ("serious", "critical")
            ]
            assert problems == [], f"{role} {width} {scheme}: {problems}"
            assert violations == [], violations
            # Nothing wider than the screen.
            assert page.evaluate(
                "document.documentElement.scrollWidth <= window.innerWidth"
            ), f"{role} {width} {scheme} scrolls sideways"
