"""What browser tests check on a page, written once: Content-Security-Policy
violations as the browser reports them."""

# Every violation the page reports, as the browser sees it.
CSP_LISTENER = """
document.addEventListener("securitypolicyviolation", function (event) {
  window.reportViolation([event.violatedDirective, event.blockedURI,
                          event.sourceFile + ":" + event.lineNumber,
                          event.sample].join(" "));
});
"""


def listen_for_csp_violations(page, violations):
    """Append each violation ``page`` reports, on every page it opens, to
    ``violations``."""
    page.expose_function("reportViolation", lambda text: violations.append(text))
    page.add_init_script(CSP_LISTENER)
