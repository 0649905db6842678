"""The primitives of check_samples.py: one file's problems, each `file: JSON path: what is wrong`."""
import datetime as dt
import re

from dateutil.rrule import rrulestr

RRULE_KEYS = {"FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "BYMONTH", "COUNT", "UNTIL"}
FREQS = {"DAILY", "WEEKLY", "MONTHLY", "YEARLY"}
BYDAY_RE = re.compile(r"^(-?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DATETIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$")

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
