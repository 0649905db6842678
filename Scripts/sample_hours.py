"""Opening hours, closing days and the Danish public holidays, for check_samples.py."""
import datetime as dt
import re

from dateutil.easter import easter

OPENING_HOURS_KEYS = ["staffed", "selfService", "publicHolidays"]
WEEKDAY_KEYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
CLOSING_DAY_KEYS = ["from", "to", "reason"]
HOURS_SPAN_RE = re.compile(r"^(\d{1,2})(?::(\d{2}))?\s*[-–]\s*(\d{1,2})(?::(\d{2}))?$")

def hours_minutes(hour, minute):
    return int(hour) * 60 + int(minute or 0)


def check_week(c, week, where):
    """`{"mon": "10-19", "tue": "10-12, 13-19"}`: spans in order, hours 0-24."""
    if not c.keys(week, where, WEEKDAY_KEYS, optional=set(WEEKDAY_KEYS)):
        return
    for day, text in week.items():
        if not isinstance(text, str):
            c.bad(f"{where}.{day}", "is not a string")
            continue
        last = -1
        for part in text.split(","):
            m = HOURS_SPAN_RE.match(part.strip())
            a = hours_minutes(m.group(1), m.group(2)) if m else None
            b = hours_minutes(m.group(3), m.group(4)) if m else None
            if a is None or not (0 <= a < b <= 1440) or (m.group(2) or "00") >= "60" or (m.group(4) or "00") >= "60":
                c.bad(f"{where}.{day}", f"{part.strip()!r} is not opening hours")
            elif a < last:
                c.bad(f"{where}.{day}", f"{part.strip()!r} overlaps the span before it")
            else:
                last = b


def danish_holidays(year):
    e = easter(year)
    days = [dt.date(year, 1, 1), dt.date(year, 12, 25), dt.date(year, 12, 26)]
    days += [e + dt.timedelta(days=n) for n in (-3, -2, 0, 1, 39, 49, 50)]
    if year < 2024:
        days.append(e + dt.timedelta(days=26))
    return days


def check_hours(c, lib):
    """`openingHours` and `closingDays`; returns the closed days of 2026-2028 (for series that skip them)."""
    hours = lib.get("openingHours")
    holidays_close = True
    if hours is not None and c.keys(hours, "$.openingHours", OPENING_HOURS_KEYS, optional=set(OPENING_HOURS_KEYS)):
        for k in ("staffed", "selfService"):
            if k in hours:
                check_week(c, hours[k], f"$.openingHours.{k}")
        if "publicHolidays" in hours:
            c.enum(hours, "publicHolidays", "$.openingHours", {"closed", "open"})
            holidays_close = hours["publicHolidays"] == "closed"
    closed = set()
    if holidays_close:
        for year in (2026, 2027, 2028):
            closed.update(danish_holidays(year))
    for i, x in enumerate(lib.get("closingDays", [])):
        w = f"$.closingDays[{i}]"
        if not c.keys(x, w, CLOSING_DAY_KEYS, optional={"to", "reason"}):
            continue
        a = c.date(x, "from", w)
        b = c.date(x, "to", w) if "to" in x else a
        if "reason" in x:
            c.string(x, "reason", w, nonempty=True)
        if a and b and b < a:
            c.bad(f"{w}.to", "is before from")
        elif a and b:
            closed.update(a + dt.timedelta(days=n) for n in range((b - a).days + 1))
    return closed
