"""Checks Resources/landscape.json (the national parties of seed 004) beside the samples.

Used by check_samples.py; every problem is `landscape.json: JSON path: what is wrong`.
"""
import json
import re

KINDS = {"strategy", "infrastructure", "product"}
ACTORS = {"Det Digitale Folkebibliotek", "Det Kgl. Bibliotek", "Bibliotekernes Data og IT", "Centralbibliotekerne", "Kombit"}
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def check_landscape(path, themes, libraries):
    """`libraries`: the loaded sample libraries, whose `contributes` must name items of the file."""
    problems = []

    def bad(where, message):
        problems.append(f"{path.name}: {where}: {message}")

    try:
        raw = path.read_text(encoding="utf-8")
        doc = json.loads(raw)
    except (OSError, json.JSONDecodeError) as err:
        return [f"{path.name}: $: cannot be read: {err}"]
    if raw != json.dumps(doc, ensure_ascii=False, indent=2) + "\n":
        bad("$", "not pretty-printed with 2-space indent, UTF-8, no \\u escapes, final newline")
    if set(doc) - {"schema", "source", "actors"} or doc.get("schema") != 1:
        bad("$", "keys must be schema (1), source, actors")
    ids = set()
    for i, actor in enumerate(doc.get("actors", [])):
        where = f"$.actors[{i}]"
        if set(actor) != {"id", "name", "items"}:
            bad(where, f"keys are {sorted(actor)}, not id, name, items")
        if actor.get("name") not in ACTORS:
            bad(f"{where}.name", f"{actor.get('name')!r} is not a party seed 004 names")
        for j, item in enumerate(actor.get("items", [])):
            iw = f"{where}.items[{j}]"
            if set(item) - {"id", "kind", "title", "description", "from", "to", "themes"}:
                bad(iw, f"unknown keys {sorted(set(item) - {'id', 'kind', 'title', 'description', 'from', 'to', 'themes'})}")
            if item.get("kind") not in KINDS:
                bad(f"{iw}.kind", f"{item.get('kind')!r} is not one of {sorted(KINDS)}")
            if not str(item.get("title", "")).strip():
                bad(f"{iw}.title", "is empty")
            for key in ("from", "to"):
                if key in item and not DATE_RE.match(str(item[key])):
                    bad(f"{iw}.{key}", f"{item[key]!r} is not YYYY-MM-DD")
            for theme in item.get("themes", []):
                if theme not in themes:
                    bad(f"{iw}.themes", f"{theme!r} is not a theme")
        for x in [actor.get("id")] + [item.get("id") for item in actor.get("items", [])]:
            if not x or x in ids:
                bad(where, f"id {x!r} is empty or used twice")
            ids.add(x)
    for lid, lib in libraries.items():
        for kind in ("goals", "initiatives"):
            for i, x in enumerate(lib.get(kind, [])):
                for ref in x.get("contributes", []):
                    if ref not in ids:
                        problems.append(f"{lid}.json: $.{kind}[{i}].contributes: {ref!r} is not an item of {path.name}")
    return problems
