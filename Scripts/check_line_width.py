#!/usr/bin/env python3
"""No Swift line in Sources/ or Tests/ longer than 140 characters (the limit the review
hook checks), counted in characters, not bytes.

The lines that were already longer when this check came are counted per file in
Scripts/wide-lines-baseline.txt: such a file may not gain one, and every other file may
have none. After shortening lines, `--update` lowers the counts (it never raises one).

    python3 Scripts/check_line_width.py [--update]
"""
import pathlib
import sys

LIMIT = 140
ROOT = pathlib.Path(__file__).resolve().parent.parent
BASELINE = ROOT / "Scripts" / "wide-lines-baseline.txt"


def wide_lines():
    """Every line over the limit, by file: {path: [(line number, length)]}."""
    found = {}
    for folder in ("Sources", "Tests"):
        for path in sorted((ROOT / folder).rglob("*.swift")):
            name = path.relative_to(ROOT).as_posix()
            for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
                if len(line) > LIMIT:
                    found.setdefault(name, []).append((number, len(line)))
    return found


def read_baseline():
    allowed = {}
    if BASELINE.exists():
        for line in BASELINE.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                count, name = line.split(maxsplit=1)
                allowed[name] = int(count)
    return allowed


def write_baseline(counts):
    lines = ["# Lines over 140 characters that predate Scripts/check_line_width.py, per file.",
             "# A count may only go down (python3 Scripts/check_line_width.py --update)."]
    lines += [f"{count} {name}" for name, count in sorted(counts.items()) if count > 0]
    BASELINE.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(arguments):
    found = wide_lines()
    allowed = read_baseline()
    failures = []
    for name, lines in found.items():
        if len(lines) > allowed.get(name, 0):
            shown = ", ".join(f"{number} ({length})" for number, length in lines[:8])
            failures.append(f"{name}: {len(lines)} line(s) over {LIMIT} characters, "
                            f"{allowed.get(name, 0)} allowed: line {shown}")
    if failures:
        print("check_line_width: FAILED\n  " + "\n  ".join(failures), file=sys.stderr)
        return 1
    counts = {name: len(lines) for name, lines in found.items()}
    lowered = sorted(name for name, count in allowed.items() if counts.get(name, 0) < count)
    if "--update" in arguments:
        write_baseline(counts)
        print(f"check_line_width: baseline lowered for {len(lowered)} file(s)")
    elif lowered:
        print(f"check_line_width: ok; {len(lowered)} file(s) have fewer wide lines than the baseline "
              "(lower it with --update): " + ", ".join(lowered))
    else:
        print(f"check_line_width: ok ({sum(counts.values())} older wide lines in {len(counts)} files remain listed)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
