#!/usr/bin/env python3
"""Checks the sample libraries in Resources/Libraries against "Library file, schema 1".

Usage: python3 Scripts/check_samples.py [--dir DIR] [--show-day glostrup:2026-11-27 ...]

Needs python3 and python-dateutil. Exit status 0 when every file passes, 1 otherwise.
Every problem is printed as `file: JSON path: what is wrong`.
"""
import argparse
import datetime as dt
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from check_landscape import check_landscape
from dateutil.easter import easter
from dateutil.rrule import rrulestr

TODAY = dt.date(2026, 11, 23)
SHIFT_WINDOW = (dt.date(2026, 11, 1), dt.date(2027, 2, 28))
EXPECTED_IDS = {"albertslund", "ballerup", "taarnby", "glostrup"}
DEFAULT_DAYS = ["glostrup:2026-11-27", "glostrup:2026-11-28", "glostrup:2026-12-09"]

# Key order as in DESIGN.md's example. Optional keys are left out when empty.
LIBRARY_KEYS = ["schema", "id", "name", "municipality", "address", "timeZone", "openingHours", "closingDays", "vision", "plan",
                "exampleContent", "rooms", "categories",
                "goals", "initiatives", "events", "volunteers", "shifts"]
PLAN_KEYS = ["title", "from", "to"]
GOAL_KEYS = ["id", "parent", "title", "description", "owner", "status", "progress", "successCriteria", "due", "themes",
             "measures", "priority", "contributes"]
INITIATIVE_KEYS = ["id", "title", "goals", "owner", "partners", "status", "from", "to", "funding", "notes", "themes", "category",
                   "contributes"]
THEMES = {"reading", "democracy", "volunteering", "sustainability", "digital-literacy", "children", "communities",
          "co-creation", "learning", "culture", "digitalisation"}
EVENT_KEYS = ["id", "title", "start", "durationMinutes", "rrule", "exdates", "onClosingDay", "location", "audience",
              "initiative", "capacity", "groups", "volunteersNeeded", "description", "status", "room", "category",
              "cancellations", "registrations"]
EVENT_OPTIONAL = {"rrule", "exdates", "onClosingDay", "location", "initiative", "capacity", "status", "room", "category",
                  "cancellations", "registrations"}
LIBRARY_OPTIONAL = {"openingHours", "closingDays", "exampleContent", "rooms", "categories"}
OPENING_HOURS_KEYS = ["staffed", "selfService", "publicHolidays"]
WEEKDAY_KEYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
CLOSING_DAY_KEYS = ["from", "to", "reason"]
CLOSING_DAY_RULES = {"flag", "skip", "hold"}
HOURS_SPAN_RE = re.compile(r"^(\d{1,2})(?::(\d{2}))?\s*[-–]\s*(\d{1,2})(?::(\d{2}))?$")
VOLUNTEER_KEYS = ["id", "name", "groups", "phone", "email", "active", "notes"]
SHIFT_KEYS = ["id", "event", "date", "volunteer", "role", "offered"]

GOAL_STATUS = {"not-started", "on-track", "at-risk", "off-track", "done"}
INITIATIVE_STATUS = {"idea", "planned", "active", "paused", "done", "cancelled"}
AUDIENCE = {"children", "youth", "adults", "seniors", "families", "all"}

RRULE_KEYS = {"FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "BYMONTH", "COUNT", "UNTIL"}
FREQS = {"DAILY", "WEEKLY", "MONTHLY", "YEARLY"}
BYDAY_RE = re.compile(r"^(-?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DATETIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$")
LIBRARY_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
EMAIL_RE = re.compile(r"^[a-z0-9._-]+@example\.(org|dk)$")
DANISH_DAYS = ["man", "tir", "ons", "tor", "fre", "lør", "søn"]


class Checker:
    def __init__(self, path):
        self.path = path
        self.problems = []

    def bad(self, where, message):
        self.problems.append(f"{self.path.name}: {where}: {message}")

    # ------------------------------------------------------------ primitives
    def keys(self, obj, where, order, optional=frozenset(), nullable=frozenset()):
        if not isinstance(obj, dict):
            self.bad(where, "is not an object")
            return False
        unknown = [k for k in obj if k not in order]
        for k in unknown:
            self.bad(f"{where}.{k}", "unknown key")
        for k in order:
            if k not in obj and k not in optional:
                self.bad(where, f"missing key {k!r}")
            if k in optional and k in obj and obj[k] in (None, [], ""):
                self.bad(f"{where}.{k}", "empty optional key: leave it out")
            if k in obj and obj[k] is None and k not in nullable:
                self.bad(f"{where}.{k}", "null is not allowed here")
        present = [k for k in obj if k in order]
        if present != sorted(present, key=order.index):
            self.bad(where, f"keys out of order: {present}")
        return not unknown

    def string(self, obj, key, where, nonempty=False):
        v = obj.get(key)
        if not isinstance(v, str):
            self.bad(f"{where}.{key}", "is not a string")
            return None
        if nonempty and not v.strip():
            self.bad(f"{where}.{key}", "is empty")
        return v

    def strings(self, obj, key, where):
        v = obj.get(key)
        if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() for x in v):
            self.bad(f"{where}.{key}", "is not a list of non-empty strings")
            return []
        if len(set(v)) != len(v):
            self.bad(f"{where}.{key}", "has duplicates")
        return v

    def integer(self, obj, key, where, lo, hi):
        v = obj.get(key)
        if not isinstance(v, int) or isinstance(v, bool) or not lo <= v <= hi:
            self.bad(f"{where}.{key}", f"is not an integer in {lo}...{hi}")
            return None
        return v

    def date(self, obj, key, where):
        v = obj.get(key)
        if not isinstance(v, str) or not DATE_RE.match(v):
            self.bad(f"{where}.{key}", f"{v!r} is not YYYY-MM-DD")
            return None
        try:
            return dt.date.fromisoformat(v)
        except ValueError:
            self.bad(f"{where}.{key}", f"{v!r} is not a real date")
            return None

    def datetime(self, obj, key, where):
        v = obj.get(key)
        if not isinstance(v, str) or not DATETIME_RE.match(v):
            self.bad(f"{where}.{key}", f"{v!r} is not YYYY-MM-DDTHH:MM")
            return None
        try:
            return dt.datetime.fromisoformat(v)
        except ValueError:
            self.bad(f"{where}.{key}", f"{v!r} is not a real date and time")
            return None

    def enum(self, obj, key, where, allowed):
        v = obj.get(key)
        if v not in allowed:
            self.bad(f"{where}.{key}", f"{v!r} is not one of {sorted(allowed)}")

    # ------------------------------------------------------------ rrule
    def rrule(self, rule, where):
        """Validates the subset; returns the parts or None."""
        parts = {}
        for item in rule.split(";"):
            if "=" not in item:
                self.bad(where, f"rule {rule!r}: {item!r} is not NAME=VALUE")
                return None
            k, v = item.split("=", 1)
            if k not in RRULE_KEYS:
                self.bad(where, f"rule {rule!r}: {k} is not supported")
                return None
            if k in parts:
                self.bad(where, f"rule {rule!r}: {k} twice")
                return None
            parts[k] = v
        freq = parts.get("FREQ")
        if freq not in FREQS:
            self.bad(where, f"rule {rule!r}: FREQ must be one of {sorted(FREQS)}")
            return None
        ok = True
        for k in ("INTERVAL", "COUNT"):
            if k in parts and not (parts[k].isdigit() and int(parts[k]) >= 1):
                self.bad(where, f"rule {rule!r}: {k} must be a positive integer")
                ok = False
        if "COUNT" in parts and "UNTIL" in parts:
            self.bad(where, f"rule {rule!r}: COUNT and UNTIL together")
            ok = False
        if "UNTIL" in parts:
            u = parts["UNTIL"]
            m = re.match(r"^(\d{8})(T(\d{6}))?$", u)
            try:
                if not m:
                    raise ValueError
                dt.datetime.strptime(m.group(1) + (m.group(3) or "000000"), "%Y%m%d%H%M%S")
            except ValueError:
                self.bad(where, f"rule {rule!r}: UNTIL must be YYYYMMDD or YYYYMMDDTHHMMSS")
                ok = False
        if "BYDAY" in parts:
            for day in parts["BYDAY"].split(","):
                m = BYDAY_RE.match(day)
                if not m:
                    self.bad(where, f"rule {rule!r}: BYDAY value {day!r} is outside the subset")
                    ok = False
                elif m.group(1) and freq not in ("MONTHLY", "YEARLY"):
                    self.bad(where, f"rule {rule!r}: ordinal BYDAY {day!r} needs FREQ=MONTHLY or YEARLY")
                    ok = False
        for k, lo, hi in (("BYMONTHDAY", -31, 31), ("BYMONTH", 1, 12)):
            if k in parts:
                for x in parts[k].split(","):
                    try:
                        n = int(x)
                        if not (lo <= n <= hi and n != 0) or x.startswith("+"):
                            raise ValueError
                    except ValueError:
                        self.bad(where, f"rule {rule!r}: {k} value {x!r} is out of range")
                        ok = False
        return parts if ok else None


def expand(event, until):
    """Occurrence dates of an event up to `until` (inclusive), exdates removed."""
    start = dt.datetime.fromisoformat(event["start"])
    ex = set(event.get("exdates", []))
    rule = event.get("rrule")
    if not rule:
        days = [start.date()] if start.date() <= until else []
    else:
        # A date-only UNTIL covers that whole day.
        rule = re.sub(r"UNTIL=(\d{8})(?=;|$)", r"UNTIL=\1T235959", rule)
        days = []
        for o in rrulestr(rule, dtstart=start):
            if o.date() > until:
                break
            days.append(o.date())
    return [x for x in days if x.isoformat() not in ex], days


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


def check_file(path):
    c = Checker(path)
    raw = path.read_text(encoding="utf-8")
    try:
        lib = json.loads(raw)
    except json.JSONDecodeError as err:
        c.bad("$", f"not JSON: {err}")
        return c, None
    if raw != json.dumps(lib, ensure_ascii=False, indent=2) + "\n":
        c.bad("$", "not pretty-printed with 2-space indent, UTF-8, no \\u escapes, final newline")
    if not c.keys(lib, "$", LIBRARY_KEYS, optional=LIBRARY_OPTIONAL):
        pass
    if lib.get("schema") != 1:
        c.bad("$.schema", "must be 1")
    lid = c.string(lib, "id", "$", nonempty=True)
    if lid is not None:
        if not LIBRARY_ID_RE.match(lid):
            c.bad("$.id", f"{lid!r} does not match [a-z0-9][a-z0-9-]*")
        if lid != path.stem:
            c.bad("$.id", f"{lid!r} does not match the file name {path.name}")
    for k in ("name", "municipality", "address", "vision"):
        c.string(lib, k, "$", nonempty=True)
    if lib.get("timeZone") != "Europe/Copenhagen":
        c.bad("$.timeZone", "must be Europe/Copenhagen")
    # Every sample invents something (times, rooms, people): it says what, in the file.
    c.string(lib, "exampleContent", "$", nonempty=True)

    closed = check_hours(c, lib)

    plan = lib.get("plan")
    if c.keys(plan, "$.plan", PLAN_KEYS, optional={"to"}):
        c.string(plan, "title", "$.plan", nonempty=True)
        a = c.date(plan, "from", "$.plan")
        b = c.date(plan, "to", "$.plan") if "to" in plan else None
        if a and b and a > b:
            c.bad("$.plan", "from is after to")

    kinds = {}
    for kind in ("goals", "initiatives", "events", "volunteers", "shifts"):
        items = lib.get(kind)
        if not isinstance(items, list):
            c.bad(f"$.{kind}", "is not a list")
            items = []
        kinds[kind] = items
        ids = [x.get("id") for x in items if isinstance(x, dict)]
        for i, x in enumerate(ids):
            if not isinstance(x, str) or not x:
                c.bad(f"$.{kind}[{i}].id", "missing or empty")
        for dup, n in Counter(ids).items():
            if n > 1:
                c.bad(f"$.{kind}", f"id {dup!r} used {n} times")

    goals = {g.get("id"): g for g in kinds["goals"] if isinstance(g, dict)}
    inits = {x.get("id"): x for x in kinds["initiatives"] if isinstance(x, dict)}
    events = {x.get("id"): x for x in kinds["events"] if isinstance(x, dict)}
    vols = {x.get("id"): x for x in kinds["volunteers"] if isinstance(x, dict)}

    # ------------------------------------------------------------ goals
    for i, g in enumerate(kinds["goals"]):
        w = f"$.goals[{i}]"
        if not c.keys(g, w, GOAL_KEYS, optional={"themes", "measures", "due", "owner", "priority", "contributes"}, nullable={"parent"}):
            continue
        c.string(g, "title", w, nonempty=True)
        c.string(g, "description", w)
        if "owner" in g:
            c.string(g, "owner", w)
        c.enum(g, "status", w, GOAL_STATUS)
        p = c.integer(g, "progress", w, 0, 100)
        if g.get("status") == "done" and p is not None and p != 100:
            c.bad(f"{w}.progress", "status done but progress is not 100")
        c.strings(g, "successCriteria", w)
        if "due" in g:
            c.date(g, "due", w)
        for j, measure in enumerate(g.get("measures", [])):
            mw = f"{w}.measures[{j}]"
            if c.keys(measure, mw, ["label", "unit", "current", "target", "baseline"], optional={"unit", "target", "baseline"}):
                c.string(measure, "label", mw, nonempty=True)
                c.integer(measure, "current", mw, 0, 10**12)
        for theme in c.strings(g, "themes", w) if "themes" in g else []:
            if theme not in THEMES:
                c.bad(f"{w}.themes", f"{theme!r} is not a theme")
        parent = g.get("parent")
        if parent is not None and parent not in goals:
            c.bad(f"{w}.parent", f"{parent!r} is not a goal")
    for gid in goals:  # cycles
        seen, cur = set(), gid
        while cur is not None and cur in goals:
            if cur in seen:
                c.bad("$.goals", f"cycle through {gid!r}")
                break
            seen.add(cur)
            cur = goals[cur].get("parent")

    # ------------------------------------------------------------ initiatives
    for i, x in enumerate(kinds["initiatives"]):
        w = f"$.initiatives[{i}]"
        if not c.keys(x, w, INITIATIVE_KEYS, optional={"themes", "category", "from", "to", "owner", "contributes"}):
            continue
        c.string(x, "title", w, nonempty=True)
        for gid in c.strings(x, "goals", w):
            if gid not in goals:
                c.bad(f"{w}.goals", f"{gid!r} is not a goal")
        if not x.get("goals"):
            c.bad(f"{w}.goals", "serves no goal")
        if "owner" in x:
            c.string(x, "owner", w)
        c.strings(x, "partners", w)
        for theme in c.strings(x, "themes", w) if "themes" in x else []:
            if theme not in THEMES:
                c.bad(f"{w}.themes", f"{theme!r} is not a theme")
        c.enum(x, "status", w, INITIATIVE_STATUS)
        a = c.date(x, "from", w) if "from" in x else None
        b = c.date(x, "to", w) if "to" in x else None
        if a and b and a > b:
            c.bad(w, "from is after to")
        c.string(x, "funding", w)
        c.string(x, "notes", w)

    # ------------------------------------------------------------ events
    occ = {}
    for i, e in enumerate(kinds["events"]):
        w = f"$.events[{i}]"
        if not c.keys(e, w, EVENT_KEYS, optional=EVENT_OPTIONAL):
            continue
        c.string(e, "title", w, nonempty=True)
        start = c.datetime(e, "start", w)
        if start and start.year not in (2026, 2027):
            c.bad(f"{w}.start", "first occurrence should be in 2026 or 2027")
        c.integer(e, "durationMinutes", w, 1, 60 * 24 * 14)
        rooms = {r.get("name") for r in lib.get("rooms", [])}
        if "room" in e and e["room"] not in rooms:
            c.bad(f"{w}.room", f"{e['room']!r} is not a room")
        if "location" in e:
            c.string(e, "location", w, nonempty=True)
        elif "room" not in e:
            c.bad(w, "neither a room nor a location")
        categories = {k.get("id") for k in lib.get("categories", [])}
        if "category" in e and e["category"] not in categories:
            c.bad(f"{w}.category", f"{e['category']!r} is not a category")
        c.enum(e, "audience", w, AUDIENCE)
        if "initiative" in e and e["initiative"] not in inits:
            c.bad(f"{w}.initiative", f"{e['initiative']!r} is not an initiative")
        if "capacity" in e:
            c.integer(e, "capacity", w, 0, 1_000_000)
        groups = c.strings(e, "groups", w)
        need = c.integer(e, "volunteersNeeded", w, 0, 1000)
        if need and not groups:
            c.bad(w, "volunteersNeeded without groups")
        if groups and not need:
            c.bad(w, "groups without volunteersNeeded")
        c.string(e, "description", w)
        if "onClosingDay" in e:
            c.enum(e, "onClosingDay", w, CLOSING_DAY_RULES)
        exdates = []
        if "exdates" in e:
            if not isinstance(e["exdates"], list):
                c.bad(f"{w}.exdates", "is not a list")
            else:
                for j, x in enumerate(e["exdates"]):
                    dd = c.date({"d": x}, "d", f"{w}.exdates[{j}]")
                    if dd:
                        exdates.append(dd)
                if exdates != sorted(set(exdates)):
                    c.bad(f"{w}.exdates", "not sorted or has duplicates")
            if "rrule" not in e:
                c.bad(f"{w}.exdates", "exdates without rrule")
        parts = None
        if "rrule" in e:
            if not isinstance(e["rrule"], str):
                c.bad(f"{w}.rrule", "is not a string")
                continue
            parts = c.rrule(e["rrule"], f"{w}.rrule")
            if parts is None:
                continue
        if not start:
            continue
        try:
            kept, allocc = expand(e, dt.date(2028, 12, 31))
        except (ValueError, TypeError) as err:
            c.bad(f"{w}.rrule", f"cannot expand: {err}")
            continue
        if not allocc or allocc[0] != start.date():
            c.bad(f"{w}.start", "start is not the first occurrence of the rule")
        for x in exdates:
            if x not in allocc:
                c.bad(f"{w}.exdates", f"{x} is not an occurrence of the rule")
        occ[e["id"]] = set(kept) - (closed if e.get("onClosingDay") == "skip" else set())

    # ------------------------------------------------------------ volunteers
    for i, v in enumerate(kinds["volunteers"]):
        w = f"$.volunteers[{i}]"
        if not c.keys(v, w, VOLUNTEER_KEYS):
            continue
        c.string(v, "name", w, nonempty=True)
        if not c.strings(v, "groups", w):
            c.bad(f"{w}.groups", "volunteer is in no group")
        c.string(v, "phone", w, nonempty=True)
        email = c.string(v, "email", w, nonempty=True)
        if email and not EMAIL_RE.match(email):
            c.bad(f"{w}.email", f"{email!r} is not a fictional example.org/example.dk address")
        if not isinstance(v.get("active"), bool):
            c.bad(f"{w}.active", "is not true/false")
        c.string(v, "notes", w)

    # ------------------------------------------------------------ shifts
    per_occ = defaultdict(list)
    for i, s in enumerate(kinds["shifts"]):
        w = f"$.shifts[{i}]"
        if not c.keys(s, w, SHIFT_KEYS, optional={"offered"}):
            continue
        day = c.date(s, "date", w)
        c.string(s, "role", w, nonempty=True)
        ev, vol = events.get(s.get("event")), vols.get(s.get("volunteer"))
        if ev is None:
            c.bad(f"{w}.event", f"{s.get('event')!r} is not an event")
        if vol is None:
            c.bad(f"{w}.volunteer", f"{s.get('volunteer')!r} is not a volunteer")
        if ev is None or vol is None or day is None:
            continue
        if ev["id"] not in occ:
            c.bad(w, f"cannot check the date: event {ev['id']} is invalid")
            continue
        if day not in occ[ev["id"]]:
            c.bad(w, f"{day} is not an occurrence of {ev['id']} ({ev.get('rrule', 'single')})")
        if not set(vol.get("groups", [])) & set(ev.get("groups", [])):
            c.bad(w, f"{vol['id']} is in none of {ev['id']}'s groups {ev.get('groups')}")
        if day >= TODAY and not vol.get("active", True):
            c.bad(w, f"{vol['id']} is inactive but has a coming shift")
        per_occ[(ev["id"], day)].append(vol["id"])
    by_day_vol = defaultdict(list)
    for (eid, day), vids in per_occ.items():
        need = events[eid].get("volunteersNeeded", 0)
        if len(vids) > need:
            c.bad("$.shifts", f"{eid} on {day}: {len(vids)} shifts but volunteersNeeded is {need}")
        if len(set(vids)) != len(vids):
            c.bad("$.shifts", f"{eid} on {day}: a volunteer is booked twice")
        for v in vids:
            by_day_vol[(day, v)].append(eid)
    for (day, v), eids in by_day_vol.items():
        spans = []
        for eid in eids:
            st = dt.datetime.fromisoformat(events[eid]["start"]).time()
            m = st.hour * 60 + st.minute
            spans.append((m, m + events[eid]["durationMinutes"], eid))
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                c.bad("$.shifts", f"{v} is on overlapping shifts {a[2]} and {b[2]} on {day}")

    stats = {"occ": occ, "per_occ": per_occ, "events": events, "vols": vols}
    if lid == "glostrup":
        try:
            glostrup_rules(c, lib, stats)
        except (KeyError, TypeError, ValueError, AttributeError) as err:
            c.bad("$", f"Glostrup rules could not be checked: {err!r}")
    return c, (lib, stats)


def glostrup_rules(c, lib, st):
    vols = lib.get("volunteers", [])
    if len(vols) != 45:
        c.bad("$.volunteers", f"Glostrup has 45 volunteers, found {len(vols)}")
    if not any(v.get("active") is False for v in vols):
        c.bad("$.volunteers", "expected a few inactive volunteers")
    names = {e.get("title"): e for e in lib.get("events", [])}

    def rule_of(title):
        e = names.get(title)
        if e is None:
            c.bad("$.events", f"no event titled {title!r}")
            return None
        return e.get("rrule")

    expect = {"Repair café": "FREQ=MONTHLY;BYDAY=2SA", "Fællessang": "FREQ=MONTHLY;BYDAY=-1FR"}
    for title, rule in expect.items():
        got = rule_of(title)
        if got is not None and got != rule:
            c.bad("$.events", f"{title}: rule is {got!r}, the plan says {rule!r}")
    for title in ("IT-café", "Læsehund"):
        got = rule_of(title)
        if got is not None and not (got.startswith("FREQ=WEEKLY;") and "INTERVAL" not in got):
            c.bad("$.events", f"{title}: expected weekly, got {got!r}")
    for title in ("Strikkecafé", "Lektiecafé – Leg- og læringscafé"):
        got = rule_of(title)
        if got is not None:
            days = re.search(r"BYDAY=([^;]+)", got)
            if not got.startswith("FREQ=MONTHLY;") or not days or len(days.group(1).split(",")) != 2:
                c.bad("$.events", f"{title}: expected twice a month, got {got!r}")
    for title, per_year in (("Børneteater", 12), ("Demokratidagen", 1)):
        e = names.get(title)
        if e is None:
            c.bad("$.events", f"no event titled {title!r}")
            continue
        if e.get("id") not in st["occ"]:
            continue  # already reported as invalid
        kept = [x for x in st["occ"][e["id"]] if x <= dt.date(2027, 12, 31)]
        for year in (2026, 2027):
            n = sum(1 for x in kept if x.year == year)
            if n != per_year:
                c.bad("$.events", f"{title}: {n} occurrences in {year}, the plan says {per_year}")
    # Shifts lie in the roster window, and some slots stay open in the coming weeks.
    open_soon = 0
    for e in lib.get("events", []):
        if not e.get("volunteersNeeded"):
            continue
        for day in st["occ"].get(e["id"], ()):
            if SHIFT_WINDOW[0] <= day <= SHIFT_WINDOW[1]:
                missing = e["volunteersNeeded"] - len(st["per_occ"].get((e["id"], day), []))
                if TODAY <= day < TODAY + dt.timedelta(days=28):
                    open_soon += missing
    if open_soon == 0:
        c.bad("$.shifts", "no open slots in the four weeks after 2026-11-23")
    for s in lib.get("shifts", []):
        d = dt.date.fromisoformat(s["date"])
        if not SHIFT_WINDOW[0] <= d <= SHIFT_WINDOW[1]:
            c.bad("$.shifts", f"{s['id']} on {d} is outside {SHIFT_WINDOW[0]}..{SHIFT_WINDOW[1]}")


def summary(lib, st):
    n_slots = n_filled = n_open_soon = 0
    for e in lib["events"]:
        need = e.get("volunteersNeeded", 0)
        if not need:
            continue
        for day in st["occ"].get(e["id"], ()):
            if SHIFT_WINDOW[0] <= day <= SHIFT_WINDOW[1]:
                got = len(st["per_occ"].get((e["id"], day), []))
                n_slots += need
                n_filled += got
                if TODAY <= day < TODAY + dt.timedelta(days=28):
                    n_open_soon += need - got
    top = sum(1 for g in lib["goals"] if g["parent"] is None)
    active = sum(1 for v in lib["volunteers"] if v["active"])
    return (f"{len(lib['goals'])} goals ({top} top-level), {len(lib['initiatives'])} initiatives, "
            f"{len(lib['events'])} events, {len(lib['volunteers'])} volunteers ({active} active), "
            f"{len(lib['shifts'])} shifts; slots {SHIFT_WINDOW[0]}..{SHIFT_WINDOW[1]}: "
            f"{n_filled}/{n_slots} filled, {n_open_soon} open in the 4 weeks from {TODAY}")


def show_day(lib, st, day):
    d = dt.date.fromisoformat(day)
    print(f"  {lib['id']} {day} ({DANISH_DAYS[d.weekday()]}):")
    rows = []
    for e in lib["events"]:
        if d in st["occ"].get(e["id"], ()):
            rows.append((e["start"][11:], e))
    if not rows:
        print("    (no events)")
    for t, e in sorted(rows, key=lambda r: r[0]):
        h, m = map(int, t.split(":"))
        end = (dt.datetime(2000, 1, 1, h, m) + dt.timedelta(minutes=e["durationMinutes"])).strftime("%H:%M")
        line = f"    {t}-{end}  {e['id']:<4} {e['title']}  [{e.get('room') or e.get('location')}]"
        need = e.get("volunteersNeeded", 0)
        if need:
            staff = [s for s in lib["shifts"] if s["event"] == e["id"] and s["date"] == day]
            who = ", ".join(f"{st['vols'][s['volunteer']]['name']} ({s['role']}, {s['volunteer']})" for s in staff)
            line += f"\n          vagter {len(staff)}/{need}: {who or '-'}"
            if len(staff) < need:
                line += f"  -- mangler {need - len(staff)}"
        print(line)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", default=str(Path(__file__).resolve().parent.parent / "Resources" / "Libraries"))
    ap.add_argument("--show-day", action="append", metavar="LIBRARY:DATE")
    args = ap.parse_args()
    folder = Path(args.dir)
    files = sorted(folder.glob("*.json"))
    problems = []
    loaded = {}
    found = {f.stem for f in files}
    if found != EXPECTED_IDS:
        problems.append(f"{folder}: expected {sorted(EXPECTED_IDS)}, found {sorted(found)}")
    for f in files:
        c, result = check_file(f)
        problems += c.problems
        if result:
            loaded[f.stem] = result
            status = "ok" if not c.problems else f"{len(c.problems)} problem(s)"
            print(f"{f.name}: {status}: {summary(*result)}" if not c.problems else f"{f.name}: {status}")
    landscape = folder.parent / "landscape.json"
    if landscape.exists():
        found_problems = check_landscape(landscape, THEMES, {lid: lib for lid, (lib, _) in loaded.items()})
        problems += found_problems
        print(f"{landscape.name}: " + ("ok" if not found_problems else f"{len(found_problems)} problem(s)"))
    else:
        problems.append(f"{landscape}: missing (the national parties ship beside the samples)")
    for p in problems:
        print(p)
    print()
    if not problems:
        print("Events on the days for tests:")
        for spec in args.show_day or DEFAULT_DAYS:
            lid, day = spec.split(":", 1)
            if lid in loaded:
                show_day(*loaded[lid], day)
    print("PASS" if not problems else f"FAIL: {len(problems)} problem(s)")
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main())
