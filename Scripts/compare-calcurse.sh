#!/usr/bin/env bash
# bibplan beside calcurse on the same generated events, measured from the outside
# through a pseudo-terminal with tuibench.py, in one run; writes the table with
# ratios into BENCHMARKS.md (between the compare-calcurse markers).
#
#   Scripts/compare-calcurse.sh [--runs N] [--presses N] [--out FILE] [--no-bench] [--keep]
#
# Steps: install calcurse and tmux if missing (apt-get); build bibplan and
# bibplan-bench in release; `bibplan generate --seed 1` into a fresh data
# directory with its iCalendar; import that into calcurse and check that every
# event was accepted; capture both first screens with tmux; measure startup
# (first full frame), key latency and bytes per key (next day, down in a list,
# pane switch), resize bytes and peak memory of both programs at 80x24, and
# bibplan on the Glostrup sample; run bibplan-bench for the in-process figures
# (safe save among them); write BENCHMARKS.md.
#
# Environment: TUIBENCH (path of tuibench.py), SCRATCH (build folder, default
# .build-bench), TODAY (default 2026-11-23).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUNS=5
PRESSES=40
OUT="$ROOT/BENCHMARKS.md"
BENCH=1
KEEP=0
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) RUNS=$2; shift 2 ;;
        --presses) PRESSES=$2; shift 2 ;;
        --out) OUT=$2; shift 2 ;;
        --no-bench) BENCH=0; shift ;;
        --keep) KEEP=1; shift ;;
        -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
        *) echo "compare-calcurse: unknown argument $1" >&2; exit 2 ;;
    esac
done
SCRATCH=${SCRATCH:-.build-bench}
TODAY=${TODAY:-2026-11-23}
TUIBENCH=${TUIBENCH:-}
for candidate in "$TUIBENCH" "$ROOT/../shared/tools/tuibench.py" /work/shared/tools/tuibench.py; do
    if [ -n "$candidate" ] && [ -f "$candidate" ]; then TUIBENCH=$candidate; break; fi
done
[ -f "$TUIBENCH" ] || { echo "compare-calcurse: tuibench.py not found (set TUIBENCH)" >&2; exit 1; }

say() { echo "== $*" >&2; }

# 1. Tools.
missing=()
command -v calcurse >/dev/null || missing+=(calcurse)
command -v tmux >/dev/null || missing+=(tmux)
command -v python3 >/dev/null || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]}"
    SUDO=; [ "$(id -u)" -eq 0 ] || SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# 2. Release builds (one at a time: the machine has two cores).
say "building release (bibplan, bibplan-bench)"
cd "$ROOT"
build() { # product
    if ! swift build -c release --scratch-path "$SCRATCH" --product "$1" > "/tmp/compare-calcurse-build-$1.log" 2>&1; then
        grep -E "error" "/tmp/compare-calcurse-build-$1.log" >&2 || tail -20 "/tmp/compare-calcurse-build-$1.log" >&2
        echo "compare-calcurse: the release build of $1 failed" >&2
        exit 1
    fi
}
build bibplan
[ $BENCH -eq 0 ] || build bibplan-bench
BIN="$ROOT/$SCRATCH/release/bibplan"
BENCHBIN="$ROOT/$SCRATCH/release/bibplan-bench"

# 3. The same events for both programs.
WORK=$(mktemp -d /tmp/compare-calcurse.XXXXXX)
[ $KEEP -eq 1 ] || trap 'rm -rf "$WORK"' EXIT
D="$WORK/bibplan"
C="$WORK/calcurse"
E="$WORK/calcurse-empty"
R="$WORK/results"
mkdir -p "$C/conf" "$E/conf" "$R"
say "generating the default library into $D"
"$BIN" generate --seed 1 --data-dir "$D" --ics "$D/events.ics" 2>"$R/generate.err" | tee "$R/generate.txt" >&2
VEVENTS=$(grep -c '^BEGIN:VEVENT' "$D/events.ics")

say "importing $VEVENTS events into calcurse"
TZ=Europe/Copenhagen calcurse -D "$C" -C "$C/conf" -i "$D/events.ics" > "$R/import.txt" 2>&1
cat "$R/import.txt" >&2
read -r APPS ALLDAY SKIPPED < <(sed -n 's|^\([0-9]*\) apps / \([0-9]*\) events / [0-9]* todos / \([0-9]*\) skipped.*|\1 \2 \3|p' "$R/import.txt") || true
STORED=$(grep -c . "$C/apts" || true)
if [ "${APPS:-0}" -ne "$VEVENTS" ] || [ "${SKIPPED:-1}" -ne 0 ] || [ "$STORED" -ne "$VEVENTS" ]; then
    echo "compare-calcurse: calcurse did not accept every event: $VEVENTS in the file, ${APPS:-?} appointments, ${SKIPPED:-?} skipped, $STORED stored" >&2
    exit 1
fi

# 4. First screens, as a person sees them (tmux).
screen() { # name, command...
    local name=$1; shift
    tmux kill-session -t "$name" 2>/dev/null || true
    tmux new-session -d -s "$name" -x 80 -y 24 "env TZ=Europe/Copenhagen LANG=C.UTF-8 $*"
    sleep 2
    tmux capture-pane -p -t "$name" > "$R/screen-$name.txt"
    tmux send-keys -t "$name" q 2>/dev/null || true; sleep 0.5
    tmux send-keys -t "$name" y 2>/dev/null || true; sleep 0.5
    tmux kill-session -t "$name" 2>/dev/null || true
}
say "capturing first screens"
screen bibplan "$BIN" --data-dir "$D" --library stor --today "$TODAY"
screen calcurse calcurse -D "$C" -C "$C/conf"

# 5. Outside measurement.
measure() { # label, argv... (tuibench options come from the caller's $OPTS)
    local label=$1; shift
    say "tuibench: $label"
    printf "%q " python3 tuibench.py "${OPTS[@]}" -- "$@" > "$R/$label.cmd"
    python3 "$TUIBENCH" "${OPTS[@]}" -- "$@" > "$R/$label.jsonl"
}
COMMON=(--size 80x24 --runs "$RUNS" --presses "$PRESSES" --env TZ=Europe/Copenhagen --quit q --quit y)
BIBPLAN=("$BIN" --data-dir "$D" --library stor --today "$TODAY")
CALCURSE=(calcurse -D "$C" -C "$C/conf")

OPTS=("${COMMON[@]}" --idle-s 1 --key l --resize 200x50); measure bibplan-day "${BIBPLAN[@]}"
OPTS=("${COMMON[@]}" --idle-s 1 --key l --resize 200x50); measure calcurse-day "${CALCURSE[@]}"
OPTS=("${COMMON[@]}" --pre 2 --key 'j|k'); measure bibplan-list "${BIBPLAN[@]}"
OPTS=("${COMMON[@]}" --pre Tab --key 'j|k'); measure calcurse-list "${CALCURSE[@]}"
OPTS=("${COMMON[@]}" --key Tab); measure bibplan-tab "${BIBPLAN[@]}"
OPTS=("${COMMON[@]}" --key Tab); measure calcurse-tab "${CALCURSE[@]}"
OPTS=("${COMMON[@]}" --key l --resize 200x50); measure glostrup-day "$BIN" --data-dir "$D" --library glostrup --today "$TODAY"
OPTS=("${COMMON[@]}" --key l); measure calcurse-empty-day calcurse -D "$E" -C "$E/conf"

# 6. In-process figures (load, render, keys, safe save).
if [ $BENCH -eq 1 ]; then
    say "bibplan-bench"
    "$BENCHBIN" > "$R/bench.md"
fi

# 7. The table.
say "writing $OUT"
python3 - "$R" "$OUT" "$RUNS" "$PRESSES" "$TODAY" "$VEVENTS" "$BENCH" "$WORK" "$BIN" "$TUIBENCH" "$SCRATCH" <<'PYTHON'
import json, os, platform, re, subprocess, sys, datetime

results, out, runs, presses, today, vevents, bench, work, binary, tuibench, scratch = sys.argv[1:12]

def summary(label):
    lines = open(os.path.join(results, label + ".jsonl")).read().splitlines()
    runs = [json.loads(l) for l in lines if l.startswith("{\"run\"")]
    summ = next((json.loads(l)["summary"] for l in lines if l.startswith("{\"summary\"")), None)
    if summ is None:  # one run: tuibench prints no summary; its figures stand for min, median and max
        summ = {k: {"min": v, "median": v, "max": v} for k, v in flatten(runs[0]).items()}
    return runs, summ

def flatten(d, prefix=""):  # as tuibench.py names the figures in its summary
    out = {}
    if isinstance(d, dict):
        for k, v in d.items(): out.update(flatten(v, f"{prefix}{k}."))
    elif isinstance(d, list):
        for i, v in enumerate(d):
            key = v.get("to", str(i)) if isinstance(v, dict) else str(i)
            out.update(flatten(v, f"{prefix}{i}:{key}."))
    elif isinstance(d, (int, float)) and not isinstance(d, bool):
        out[prefix[:-1]] = d
    return out

def stat(summ, key, which="median"):
    v = summ.get(key)
    return None if v is None else v[which]

def key_of(runs):
    return next(iter(runs[0]["keys"])) if runs and runs[0]["keys"] else None

def fig(label):
    runs, s = summary(label)
    k = key_of(runs)
    f = {
        "runs": len(runs),
        "clean": all(r["quit"]["clean"] for r in runs),
        "startup": stat(s, "startup.settled_ms"), "startup_max": stat(s, "startup.settled_ms", "max"),
        "startup_cpu": stat(s, "startup.cpu_ms"), "startup_bytes": stat(s, "startup.bytes"),
        "hwm": max((r.get("rss_after_resize") or r.get("rss_after_keys") or {}).get("VmHWM_kb", 0) for r in runs) / 1024,
        "idle": stat(s, "idle.bytes"),
    }
    if k:
        p = f"keys.{k}."
        f.update(key=k, lat=stat(s, p + "latency_ms_median"), worst=stat(s, p + "latency_ms_max", "max"),
                 p90=stat(s, p + "latency_ms_p90"), bytes=stat(s, p + "bytes_median"), bytes_mean=stat(s, p + "bytes_mean"),
                 silent=sum(r["keys"][k]["silent_presses"] for r in runs))
    rs = [x for x in (runs[0].get("resize") or [])]
    if rs:
        f["resize_big"] = stat(s, "resize.0:200x50.bytes")
        f["resize_back"] = stat(s, "resize.1:80x24.bytes")
        f["resize_ms"] = stat(s, "resize.0:200x50.settled_ms")
    return f

labels = ["bibplan-day", "calcurse-day", "bibplan-list", "calcurse-list", "bibplan-tab", "calcurse-tab", "glostrup-day", "calcurse-empty-day"]
F = {l: fig(l) for l in labels}

def n(x, d=1):
    if x is None: return "–"
    if d == 0: return f"{round(x):,}".replace(",", " ")
    return f"{x:.{d}f}"
def ratio(a, b):
    return "–" if a is None or not b else f"{a / b:.2f}"
def share(a, b):
    return None if a is None or not b else a / b

bench_md = open(os.path.join(results, "bench.md")).read() if bench == "1" and os.path.exists(os.path.join(results, "bench.md")) else ""
save_ms = None
m = re.search(r"^\| safe save[^|]*\| \d+ \| [0-9.]+ \| ([0-9.]+) \|", bench_md, re.M)
if m: save_ms = float(m.group(1))
load_ms = None
m = re.search(r"^\| load: read file[^|]*\| \d+ \| [0-9.]+ \| ([0-9.]+) \|", bench_md, re.M)
if m: load_ms = float(m.group(1))

b, c = F["bibplan-day"], F["calcurse-day"]
bl, cl = F["bibplan-list"], F["calcurse-list"]
bt, ct = F["bibplan-tab"], F["calcurse-tab"]
g, ce = F["glostrup-day"], F["calcurse-empty-day"]

rows = []
def row(what, bv, cv, unit, d=1, r=True):
    rows.append(f"| {what} | {n(bv, d)} {unit} | {n(cv, d)} {unit} | {ratio(bv, cv) if r else '–'} |")
row("first full frame (settled), median", b["startup"], c["startup"], "ms")
row("first full frame, worst of the runs", b["startup_max"], c["startup_max"], "ms")
row("CPU until settled, median", b["startup_cpu"], c["startup_cpu"], "ms")
row("bytes of the first frame", b["startup_bytes"], c["startup_bytes"], "B", 0)
row("next day (`l`): latency median", b.get("lat"), c.get("lat"), "ms", 2)
row("next day (`l`): latency p90", b.get("p90"), c.get("p90"), "ms", 2)
row("next day (`l`): latency worst", b.get("worst"), c.get("worst"), "ms", 2)
row("next day (`l`): bytes per key, median", b.get("bytes"), c.get("bytes"), "B", 0)
row("down/up in a list (`j`/`k`): latency median", bl.get("lat"), cl.get("lat"), "ms", 2)
row("down/up in a list: latency worst", bl.get("worst"), cl.get("worst"), "ms", 2)
row("down/up in a list: bytes per key, median", bl.get("bytes"), cl.get("bytes"), "B", 0)
row("pane switch (Tab): latency median", bt.get("lat"), ct.get("lat"), "ms", 2)
row("pane switch (Tab): latency worst", bt.get("worst"), ct.get("worst"), "ms", 2)
row("pane switch (Tab): bytes per key, median", bt.get("bytes"), ct.get("bytes"), "B", 0)
row("resize 80x24 → 200x50: bytes", b.get("resize_big"), c.get("resize_big"), "B", 0)
row("resize 200x50 → 80x24: bytes", b.get("resize_back"), c.get("resize_back"), "B", 0)
row("resize to 200x50: settled", b.get("resize_ms"), c.get("resize_ms"), "ms", 1)
row("peak memory (VmHWM, largest of the runs)", b["hwm"], c["hwm"], "MB", 1)
row("idle output in 1 s", b["idle"], c["idle"], "B", 0, r=False)

def verdict(ok): return "met" if ok else "**missed**"
def le(a, x): return a is not None and x is not None and a <= x
def lt(a, x): return a is not None and x is not None and a < x
t = []
t.append(f"| first frame ≤ 0.5 × calcurse and < 60 ms | {n(b['startup'])} ms = {ratio(b['startup'], c['startup'])} × calcurse ({n(c['startup'])} ms) | {verdict(le(share(b['startup'], c['startup']), 0.5) and lt(b['startup'], 60))} |")
for name, bb, cc in (("next day", b, c), ("down in a list", bl, cl), ("pane switch", bt, ct)):
    fast, fifth = lt(bb.get('lat'), 5), le(share(bb.get('lat'), cc.get('lat')), 0.2)
    mark = "met" if fast and fifth else "**missed**" if not fast else "under 5 ms; **ratio missed**"
    t.append(f"| {name}: median ≤ 0.2 × calcurse and < 5 ms | {n(bb.get('lat'), 2)} ms = {ratio(bb.get('lat'), cc.get('lat'))} × calcurse ({n(cc.get('lat'), 2)} ms) | {mark} |")
    t.append(f"| {name}: worst < 20 ms | {n(bb.get('worst'), 2)} ms | {verdict(lt(bb.get('worst'), 20))} |")
t.append(f"| bytes per key ≤ calcurse: next day | {n(b.get('bytes'), 0)} B vs {n(c.get('bytes'), 0)} B ({ratio(b.get('bytes'), c.get('bytes'))} ×) | {verdict(le(b.get('bytes'), c.get('bytes')))} |")
t.append(f"| bytes per key ≤ calcurse: next item in a list | {n(bl.get('bytes'), 0)} B vs {n(cl.get('bytes'), 0)} B ({ratio(bl.get('bytes'), cl.get('bytes'))} ×) | {verdict(le(bl.get('bytes'), cl.get('bytes')))} |")
t.append(f"| peak memory ≤ calcurse | {n(b['hwm'])} MB vs {n(c['hwm'])} MB | {verdict(le(b['hwm'], c['hwm']))} |")
t.append(f"| safe save < 100 ms (bibplan-bench, median) | {n(save_ms, 1)} ms | {verdict(lt(save_ms, 100)) if save_ms is not None else 'not measured'} |")
t.append(f"| Glostrup sample: first frame < 30 ms | {n(g['startup'])} ms | {verdict(lt(g['startup'], 30))} |")

def symbolic(text):
    for path, name in ((binary, "$BIN"), (tuibench, "tuibench.py"), (os.path.join(work, "bibplan"), "D"),
                       (os.path.join(work, "calcurse-empty"), "E"), (os.path.join(work, "calcurse"), "C")):
        text = text.replace(path, name)
    return text
cmds = "\n".join(symbolic(open(os.path.join(results, l + ".cmd")).read().strip()) for l in labels)
screens = ""
for name in ("bibplan", "calcurse"):
    p = os.path.join(results, f"screen-{name}.txt")
    if os.path.exists(p):
        screens += f"\n{name} at 80x24 (tmux capture):\n\n```\n" + open(p).read().rstrip("\n") + "\n```\n"
gen = open(os.path.join(results, "generate.txt")).read().strip()
imp = open(os.path.join(results, "import.txt")).read().strip()
calver = subprocess.run(["calcurse", "--version"], capture_output=True, text=True).stdout.splitlines()[0]
now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
machine = f"{platform.system()} {platform.release()} {platform.machine()}, nproc {os.cpu_count()}"
all_clean = all(F[l]["clean"] for l in labels)

md = f"""<!-- compare-calcurse:begin (written by Scripts/compare-calcurse.sh; edits here are replaced) -->
## bibplan beside calcurse: one run, same events

Run {now} on {machine}; {calver}; release build of bibplan. {runs} runs of each
measurement, {presses} key presses per run, at 80x24 (`xterm-256color`, `LANG=C.UTF-8`, `TZ=Europe/Copenhagen`).
Medians over the runs of each run's median; "worst" is the slowest single press of all runs.
{"All runs quit cleanly." if all_clean else "**Some runs did not quit cleanly** (see the raw output)."}

Data: `bibplan generate --seed 1 --data-dir D --ics D/events.ics`: {gen.splitlines()[-1].replace('bibplan: ', '')}.
calcurse import (`calcurse -D DIR -C DIR/conf -i D/events.ics`): {" ".join(imp.split())}; {vevents} VEVENTs in the file, all accepted.
bibplan opens with `--today {today}`; calcurse opens on the machine's date ({datetime.date.today().isoformat()}).

| measure (80x24) | bibplan | calcurse | bibplan / calcurse |
|---|---:|---:|---:|
""" + "\n".join(rows) + f"""

Reference points: bibplan on the Glostrup sample: first frame {n(g['startup'])} ms, next day {n(g.get('lat'), 2)} ms median,
{n(g.get('bytes'), 0)} B per key, {n(g['hwm'])} MB. calcurse with no data: first frame {n(ce['startup'])} ms,
next day {n(ce.get('lat'), 2)} ms median, {n(ce.get('bytes'), 0)} B per key, {n(ce['hwm'])} MB.

### Targets (issue 8)

| target | measured | |
|---|---|---|
""" + "\n".join(t) + f"""

### Commands

```
Scripts/compare-calcurse.sh --runs {runs} --presses {presses}
{cmds}
```
(`$BIN` is `{scratch}/release/bibplan`; `D` the generated data directory (with the sample libraries, made on its first run); `C` the calcurse directory the events were imported into; `E` an empty one.)
"""
md += screens
if bench_md:
    md += "\n### bibplan-bench in the same session\n\n`" + ".build-bench/release/bibplan-bench`\n\n" + bench_md.strip() + "\n"
md += "<!-- compare-calcurse:end -->\n"

text = open(out).read() if os.path.exists(out) else "# Benchmarks\n"
begin = text.find("<!-- compare-calcurse:begin")
end = text.find("<!-- compare-calcurse:end -->")
if begin >= 0 and end > begin:
    text = text[:begin] + md + text[end + len("<!-- compare-calcurse:end -->\n"):]
else:
    text = text.rstrip("\n") + "\n\n" + md
open(out, "w").write(text)
print("\n".join(rows))
print()
print("\n".join(t))
PYTHON
say "done: $OUT"
