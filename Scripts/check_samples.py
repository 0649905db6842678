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
from sample_checker import Checker, expand
from sample_hours import check_hours
from sample_rules import TODAY, glostrup_rules, show_day, summary

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
CLOSING_DAY_RULES = {"flag", "skip", "hold"}
VOLUNTEER_KEYS = ["id", "name", "groups", "phone", "email", "active", "notes"]
SHIFT_KEYS = ["id", "event", "date", "volunteer", "role", "offered"]

GOAL_STATUS = {"not-started", "on-track", "at-risk", "off-track", "done"}
INITIATIVE_STATUS = {"idea", "planned", "active", "paused", "done", "cancelled"}
AUDIENCE = {"children", "youth", "adults", "seniors", "families", "all"}

LIBRARY_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
EMAIL_RE = re.compile(r"^[a-z0-9._-]+@example\.(org|dk)$")


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
        if not c.keys(g, w, GOAL_KEYS, optional={"themes", "measures", "due", "owner", "description", "priority", "contributes"}, nullable={"parent"}):
            continue
        c.string(g, "title", w, nonempty=True)
        if "description" in g:
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
