#!/usr/bin/python3
"""CONTRIBUTING.md's "Layout" section describes src/ as it is.

The section has a heading "### src/FOLDER" per folder of src/ and, under it, a table whose
first column names one module per row: `FOLDER/NAME.[ch]` (NAME.c and NAME.h) or a file's own
path below src/ (`base/version.h`). Fails, one line per problem, when
  - a folder of src/ has no heading, or a heading names a folder that does not exist;
  - a row names a file that does not exist, or sits under another folder's heading;
  - a file of src/ is named by no row (the line to add is printed).
Only the first column is read: order and descriptions are free.
Usage: layout_check.py CONTRIBUTING.md SRC_DIR
       layout_check.py --self-test CONTRIBUTING.md SRC_DIR  also shows each problem is caught
"""
import os
import re
import shutil
import sys
import tempfile

HEADING = re.compile(r"^### src/([A-Za-z0-9_]+)/?\s*$")
ROW = re.compile(r"^\|\s*`([^`]+)`\s*\|")


def layout_section(text):
    """The text of the '## Layout' section (up to the next '## ' heading)."""
    match = re.search(r"^## Layout\s*$(.*?)(?=^## |\Z)", text, re.M | re.S)
    return match.group(1) if match else None


def documented(section):
    """Maps each folder heading to the file paths its rows name (NAME.[ch] gives two)."""
    folders, folder = {}, None
    for line in section.splitlines():
        heading = HEADING.match(line)
        if heading:
            folder = heading.group(1)
            folders.setdefault(folder, [])
            continue
        row = ROW.match(line)
        if row and folder is not None:
            name = row.group(1)
            if name.endswith(".[ch]"):
                folders[folder] += [(name, name[:-5] + ".c"), (name, name[:-5] + ".h")]
            else:
                folders[folder].append((name, name))
    return folders


def tree(src):
    """The folders of src/ and the files in them (paths below src/)."""
    folders = sorted(d for d in os.listdir(src) if os.path.isdir(os.path.join(src, d)))
    files = set()
    for folder in folders:
        for root, _, names in os.walk(os.path.join(src, folder)):
            for name in names:
                files.add(os.path.relpath(os.path.join(root, name), src))
    return folders, files


def check(doc, src):
    problems = []
    section = layout_section(open(doc, encoding="utf-8").read())
    if section is None:
        return [f"{doc}: no '## Layout' section"]
    folders, files = tree(src)
    described = documented(section)
    for folder in folders:
        if folder not in described:
            problems.append(f"src/{folder}/: no '### src/{folder}' heading in {doc}'s Layout")
    named = set()
    for folder, rows in described.items():
        if folder not in folders:
            problems.append(f"{doc}: Layout has a heading for src/{folder}, which does not exist")
        for shown, path in rows:
            named.add(path)
            if path not in files:
                problems.append(f"{doc}: Layout names `{shown}`, but src/{path} does not exist")
            elif path.split("/")[0] != folder:
                problems.append(f"{doc}: Layout names `{shown}` under src/{folder}")
    suggested = set()
    for path in sorted(files - named):
        stem, ext = os.path.splitext(path)
        pair = ext in (".c", ".h") and {stem + ".c", stem + ".h"} <= files - named
        row = f"{stem}.[ch]" if pair else path
        if row in suggested:
            continue
        suggested.add(row)
        shown = f"src/{stem}.c and .h" if pair else f"src/{path}"
        problems.append(f"{shown}: not in {doc}'s Layout; add under '### src/{path.split('/')[0]}': "
                        f"| `{row}` | what it holds |")
    return problems


def self_test(doc, src):
    """Each kind of problem is caught, on copies of the doc and the tree."""
    failures = []
    with tempfile.TemporaryDirectory() as work:
        copy_src = os.path.join(work, "src")
        shutil.copytree(src, copy_src)
        text = open(doc, encoding="utf-8").read()
        copy_doc = os.path.join(work, "CONTRIBUTING.md")

        def problems_with(doc_text, touch=None):
            open(copy_doc, "w", encoding="utf-8").write(doc_text)
            if touch:
                os.makedirs(os.path.dirname(os.path.join(copy_src, touch)), exist_ok=True)
                open(os.path.join(copy_src, touch), "w").close()
            found = check(copy_doc, copy_src)
            if touch:
                os.remove(os.path.join(copy_src, touch))
                folder = os.path.dirname(os.path.join(copy_src, touch))
                if not os.listdir(folder):
                    os.rmdir(folder)
            return found

        cases = [
            ("an undocumented file", text, "base/self_test_new.c", "self_test_new.c: not in"),
            ("an undocumented folder", text, "self_test_layer/x.h", "no '### src/self_test_layer'"),
            ("a row naming no file",
             text.replace("| `base/version.h` |", "| `base/version.h` |\n| `base/gone.[ch]` | x |"),
             None, "src/base/gone.c does not exist"),
            ("a heading naming no folder",
             text.replace("### src/base", "### src/gone\n\n### src/base"), None,
             "src/gone, which does not exist"),
        ]
        for what, doc_text, touch, expected in cases:
            found = problems_with(doc_text, touch)
            if not any(expected in p for p in found):
                failures.append(f"self-test: {what} is not caught (got {found})")
    return failures


def main(argv):
    selftest = argv[:1] == ["--self-test"]
    if selftest:
        argv = argv[1:]
    if len(argv) != 2:
        print("usage: layout_check.py [--self-test] CONTRIBUTING.md SRC_DIR", file=sys.stderr)
        return 64
    doc, src = argv
    problems = check(doc, src)
    if selftest and not problems:
        problems += self_test(doc, src)
    for problem in problems:
        print(problem)
    folders, files = tree(src)
    print(f"layout: {len(folders)} folders, {len(files)} files, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
