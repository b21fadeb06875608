#!/usr/bin/python3
"""The layering of src/ stays true (CONTRIBUTING.md, "Layout").

Each folder of src/ is a layer; a file may include project headers only from its own folder or
from folders of lower layers (LAYERS, lowest first). Modules (x.c with x.h) may not include each
other in a cycle. Each outside library is included only by the modules that own it (OWNERS),
counting what a file sees through the project's own headers.

Usage: layers_check.py SRC_DIR            exit 0 when all holds, 1 with one line per problem
       layers_check.py --self-test SRC_DIR  also shows that an upward include is caught
"""
import os
import re
import shutil
import sys
import tempfile

LAYERS = ["base", "model", "load", "analysis", "extract", "write", "render", "cli"]

# Library header prefix -> modules (paths below src/ without extension) allowed to see it.
OWNERS = {
    "igraph/": {"analysis/graph", "analysis/measures", "analysis/signed", "analysis/pn",
                "analysis/balance", "analysis/camps"},
    "graphviz/cgraph.h": {"write/dot_common", "write/dot", "write/dot_diff", "load/dot",
                          "render/engine",
                          "render/render"},
    "graphviz/gvc.h": {"render/render"},
    "plplot/": {"render/chart"},
    "libxml/": {"write/xml_writer"},
    "csv.h": {"load/csv", "write/csv"},
    "nettle/": {"base/digest"},
    "link-grammar/": {"extract/parse"},
    "wn.h": {"extract/lemma"},
    "cjson/": {"load/json", "write/json_build", "write/json", "write/json_snapshot",
               "write/json_review",
               "write/json_diff", "write/json_timeline"},
}

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]', re.M)


def scan(src):
    """Maps each file (relative to src) to its (project includes, library includes)."""
    files = {}
    for folder, _, names in os.walk(src):
        for name in names:
            if name.endswith((".c", ".h")):
                path = os.path.relpath(os.path.join(folder, name), src)
                text = open(os.path.join(src, path), encoding="utf-8").read()
                local = [m.group(2) for m in INCLUDE.finditer(text) if m.group(1) == '"']
                system = [m.group(2) for m in INCLUDE.finditer(text) if m.group(1) == "<"]
                files[path] = (local, system)
    return files


def layer_of(path):
    top = path.split("/")[0]
    return LAYERS.index(top) if top in LAYERS else None


def check_layers(files, problems):
    for path, (local, _) in sorted(files.items()):
        own = layer_of(path)
        if own is None:
            problems.append(f"{path}: not in a layer folder ({', '.join(LAYERS)})")
            continue
        for header in local:
            if header not in files:
                problems.append(f"{path}: includes '{header}', which is not a file of src/")
                continue
            theirs = layer_of(header)
            if theirs is not None and theirs > own:
                problems.append(f"{path}: includes '{header}' from the higher layer "
                                f"'{LAYERS[theirs]}' (own layer '{LAYERS[own]}')")


def module_of(path):
    """The module of a file: its path without extension; a private header x_parts.h, shared by
    the files of x.c (discover_parts.h, syntax_parts.h), belongs to module x."""
    module = os.path.splitext(path)[0]
    return module[: -len("_parts")] if module.endswith("_parts") else module


def module_graph(files):
    graph = {}
    for path, (local, _) in files.items():
        module = module_of(path)
        for header in local:
            target = module_of(header)
            if target != module:
                graph.setdefault(module, set()).add(target)
    return graph


def check_cycles(files, problems):
    graph = module_graph(files)
    state, stack = {}, []

    def visit(node):
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                cycle = stack[stack.index(nxt):] + [nxt]
                problems.append("include cycle: " + " -> ".join(cycle))
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)


def seen_libraries(files, path, seen=None):
    """Library headers a file includes, directly or through project headers."""
    seen = set() if seen is None else seen
    if path in seen or path not in files:
        return set()
    seen.add(path)
    local, system = files[path]
    found = set(system)
    for header in local:
        found |= seen_libraries(files, header, seen)
    return found


def check_owners(files, problems):
    for path in sorted(files):
        if not path.endswith(".c"):
            continue
        module = os.path.splitext(path)[0]
        for library in sorted(seen_libraries(files, path)):
            for prefix, owners in OWNERS.items():
                if library.startswith(prefix) and module not in owners:
                    problems.append(f"{path}: sees <{library}>, which only "
                                    f"{', '.join(sorted(owners))} may use")


def check(src):
    files = scan(src)
    problems = []
    check_layers(files, problems)
    check_cycles(files, problems)
    check_owners(files, problems)
    return problems


def self_test(src):
    """An upward include added to a copy of the tree must be reported."""
    with tempfile.TemporaryDirectory() as work:
        copy = os.path.join(work, "src")
        shutil.copytree(src, copy)
        with open(os.path.join(copy, "base", "diag.c"), "a", encoding="utf-8") as f:
            f.write('#include "cli/command.h"\n')
        problems = check(copy)
        wanted = "base/diag.c: includes 'cli/command.h' from the higher layer 'cli'"
        if not any(p.startswith(wanted) for p in problems):
            return [f"self-test: an upward include in base/diag.c was not reported: {problems}"]
        print(f"self-test: caught: {wanted}")
    return []


def main():
    args = sys.argv[1:]
    with_self_test = args[:1] == ["--self-test"]
    src = args[-1]
    problems = check(src) + (self_test(src) if with_self_test else [])
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
