# Newsroom behind Varnish: the reference configuration (README, "Performance
# and caching"). Varnish keeps what the app marks shareable for as long as its
# Cache-Control says (s-maxage), never anything an editor sees, and drops
# exactly the addresses the app names in its PURGE requests, which it sends
# after every change readers see when NEWSROOM_CDN_PURGE_URL points here.
#
# Tested by tests/system/test_varnish.py (Varnish 7.1, Debian 12), which runs this
# file as it is, with only the backend's port changed.
vcl 4.1;

# The app server (gunicorn, `make serve`). Several app servers: a director
# (vmod_directors) over one backend each.
backend default {
    .host = "127.0.0.1";
    .port = "8000";
}

# Who may PURGE: the app servers. Add their addresses when they run on other
# machines; nobody else may empty the cache.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        # A ban on the address, not a purge of one hash: the app sends PURGE
        # to Varnish's own address, readers ask for the site's host name, and
        # an address may be stored in several encodings. Every copy stored
        # under this path and query goes, nothing else does.
        ban("obj.http.X-Newsroom-Url == " + req.url);
        return (synth(200, "Purged"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # The editors' side and shared previews: never stored, never shared
    # (PRIVATE_URL_PREFIXES in newsroom/settings.py; tests/system/test_varnish.py
    # checks that both name the same).
    if (req.url ~ "^/(admin|_nested_admin|markdownx|preview)/"
        || req.http.Authorization) {
        return (pass);
    }
    # A signed-in editor (or a browser with a message waiting) may be shown
    # drafts and personal pages: always the app's own answer.
    if (req.http.Cookie ~ "(^|;\s*)(sessionid|messages)=") {
        return (pass);
    }
    # Any other cookie (csrftoken, analytics) changes nothing on a public
    # page, and would otherwise stop Varnish from caching it.
    unset req.http.Cookie;
    return (hash);
}

sub vcl_backend_response {
    # What bans match on (and the ban lurker can test in the background).
    set beresp.http.X-Newsroom-Url = bereq.url;
    # The app decides: only answers that carry a shared lifetime (s-maxage,
    # else max-age) are kept, for that long; Varnish reads stale-while-
    # revalidate as grace. Never an answer that sets a cookie or is private.
    if (beresp.http.Set-Cookie
        || beresp.http.Cache-Control ~ "(private|no-store|no-cache)"
        || beresp.http.Cache-Control !~ "(s-maxage|max-age)="
        || beresp.http.Vary == "*") {
        # A "hit-for-miss" marker: the next request goes to the app at once,
        # without queueing behind this one, and may be cached if it can.
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    return (deliver);
}

sub vcl_deliver {
    unset resp.http.X-Newsroom-Url;
    if (obj.uncacheable) {
        set resp.http.X-Cache = "pass";
    } elsif (obj.hits > 0) {
        set resp.http.X-Cache = "hit";
    } else {
        set resp.http.X-Cache = "miss";
    }
}
