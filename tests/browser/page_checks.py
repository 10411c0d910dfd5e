"""What browser tests check on a page, written once: Content-Security-Policy
violations as the browser reports them, layout shifts, axe's findings and
sideways scrolling."""

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


# Layout shifts recorded since the page started loading, once its fonts and
# images are in and two frames have been drawn with them.
CUMULATIVE_LAYOUT_SHIFT = """async () => {
  await document.fonts.ready;
  await Promise.all([...document.images].map((img) => img.decode().catch(() => null)));
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  return await new Promise((done) => {
    let total = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (!entry.hadRecentInput) total += entry.value;
      }
    });
    observer.observe({ type: "layout-shift", buffered: true });
    setTimeout(() => { observer.disconnect(); done(total); }, 250);
  });
}"""


def axe_problems(axe, page):
    """axe's violations on ``page``, one line each."""
    return [
        f"{v['id']}: {v['help']} (e.g. {v['nodes'][0]['target']})"
        for v in axe.run(page).response["violations"]
    ]


def sideways_scroll(page):
    """How many pixels the page scrolls sideways (0 when it fits)."""
    root = "document.documentElement"
    return page.evaluate(f"{root}.scrollWidth - {root}.clientWidth")
