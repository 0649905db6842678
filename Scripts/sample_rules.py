"""Glostrup's rhythms from its plan, and the summary and days check_samples.py prints."""
import datetime as dt
import re

TODAY = dt.date(2026, 11, 23)
SHIFT_WINDOW = (dt.date(2026, 11, 1), dt.date(2027, 2, 28))
DANISH_DAYS = ["man", "tir", "ons", "tor", "fre", "lør", "søn"]

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
