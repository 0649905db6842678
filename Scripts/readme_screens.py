#!/usr/bin/env python3
"""The README's screens, from the golden screens: every block between

    <!-- screen: calendar-day-80x24-da -->
    ...
    <!-- /screen -->

is rewritten as a text block holding the screen of
Tests/BibplanUITests/Golden/Matrix/calendar-day/80x24-da.txt (its text, without the style
layer). Record the goldens first (UPDATE_GOLDEN=1 swift test --filter GoldenMatrixTests).

    python3 Scripts/readme_screens.py          # rewrite the blocks
    python3 Scripts/readme_screens.py --check  # exit 1 when a block differs from its golden

`swift test` checks the same (ReadmeScreensTests), so the README cannot drift.
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
GOLDEN = ROOT / "Tests" / "BibplanUITests" / "Golden" / "Matrix"
STYLES_MARKER = "──── styles:"
BLOCK = re.compile(r"(<!-- screen: ([a-z0-9-]+) -->\n)(.*?)(<!-- /screen -->)", re.S)
NAME = re.compile(r"^(.+)-(\d+x\d+)-(da|en)$")


def golden_path(name):
    """calendar-day-80x24-da → Golden/Matrix/calendar-day/80x24-da.txt"""
    match = NAME.match(name)
    if not match:
        raise SystemExit(f"README: screen name {name!r} is not <scene>-<width>x<height>-<da|en>")
    scene, size, language = match.groups()
    return GOLDEN / scene / f"{size}-{language}.txt"


def block(name):
    path = golden_path(name)
    if not path.exists():
        raise SystemExit(f"README: no golden screen {path.relative_to(ROOT)} for {name}")
    lines = path.read_text(encoding="utf-8").split("\n")
    end = next((i for i, line in enumerate(lines) if line.startswith(STYLES_MARKER)), len(lines))
    return "```text\n" + "\n".join(lines[:end]) + "\n```\n"


def regenerate(text):
    return BLOCK.sub(lambda m: m.group(1) + block(m.group(2)) + m.group(4), text)


def main():
    text = README.read_text(encoding="utf-8")
    if not BLOCK.search(text):
        raise SystemExit("README: no <!-- screen: … --> blocks")
    new = regenerate(text)
    if "--check" in sys.argv:
        if new != text:
            print("README screens differ from the golden screens: run python3 Scripts/readme_screens.py")
            return 1
        print("ok")
        return 0
    README.write_text(new, encoding="utf-8")
    print(f"{len(BLOCK.findall(new))} screens written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
