"""Dates and times (issue 13): one unambiguous form everywhere, day, month
abbreviation, year and a 24-hour clock with the time zone named, as in
``29 Nov 2026, 20:33 UTC``. Date fields show ``29 Nov 2026`` and accept it,
the month in full, and ISO ``2026-11-29`` (Django adds ISO to every list).

FORMAT_MODULE_PATH points here because the locale's formats win over
settings.DATE_FORMAT and friends; what is not set here comes from en-GB.
"""

DATE_FORMAT = "j M Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j M Y, H:i T"
SHORT_DATE_FORMAT = "j M Y"
SHORT_DATETIME_FORMAT = "j M Y, H:i T"

# The admin's calendar writes the first of these.
DATE_INPUT_FORMATS = ["%d %b %Y", "%d %B %Y"]
# Seconds first: a form posts back exactly the time it showed.
TIME_INPUT_FORMATS = ["%H:%M:%S", "%H:%M"]
DATETIME_INPUT_FORMATS = [
    f"{date}{separator}{time}"
    for date in ("%d %b %Y", "%d %B %Y")
    for separator in (", ", " ")
    for time in ("%H:%M", "%H:%M:%S")
]
