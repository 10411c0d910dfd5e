"""Signing in as a test user, in the Django test client or in the browser."""

# Every test user's password (``make_user``, ``editor`` and the browser tests').
PASSWORD = "correct horse battery"


def client_for(user):
    from django.test import Client

    client = Client()
    client.force_login(user)
    return client


def log_in(page, live_server, username, password=PASSWORD):
    """Sign in through the admin's login form, as a person does."""
    from playwright.sync_api import expect

    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("input[type=submit]")
    expect(page.locator("#site-name")).to_be_visible()
