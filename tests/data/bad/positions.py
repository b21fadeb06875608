#!/usr/bin/python3
"""Where each value of a JSON file is, worked out independently of stancegraph's scanner.

A small recursive-descent JSON parser (Python, over the decoded text) records the line and
column of every value by its path as stancegraph's messages write it ("relations[3].type",
"[2].name", "" for the whole text), and of every member name. Lines end at "\\n" (so CRLF files
count the same), columns count characters from 1, and a UTF-8 byte-order mark is not counted.

    positions.py FILE [PATH ...]   print LINE:COL of each path (of every value without paths)
    positions.py --check CASES     check every "FILE:LINE:COL: PATH: message" line of the
                                   stderr files under CASES whose FILE is a .json file: the
                                   position must be the one of the value PATH names (for a
                                   duplicate key, of a repeated member name; for an unknown
                                   top-level field, of its name; with no PATH, the whole text)
"""
import pathlib
import re
import sys


class Parser:
    def __init__(self, text):
        self.text = text
        self.i = 0
        self.values = {}  # path -> (line, col) of the value; the first of a repeated name wins
        self.names = []  # (object path, name, (line, col), occurrence) of each member name

    def where(self, i):
        before = self.text[:i]
        return before.count("\n") + 1, i - (before.rfind("\n") + 1) + 1

    def space(self):
        while self.i < len(self.text) and self.text[self.i] in " \t\r\n":
            self.i += 1

    def string(self):
        assert self.text[self.i] == '"'
        out, i = [], self.i + 1
        while self.text[i] != '"':
            if self.text[i] == "\\":
                e = self.text[i + 1]
                if e == "u":
                    code = int(self.text[i + 2:i + 6], 16)
                    i += 6
                    if 0xD800 <= code < 0xDC00 and self.text[i:i + 2] == "\\u":
                        low = int(self.text[i + 2:i + 6], 16)
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        i += 6
                    out.append(chr(code))
                    continue
                out.append({"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}.get(e, e))
                i += 2
            else:
                out.append(self.text[i])
                i += 1
        self.i = i + 1
        return "".join(out)

    def value(self, path):
        self.space()
        self.values.setdefault(path, self.where(self.i))
        c = self.text[self.i]
        if c == "{":
            self.i += 1
            self.space()
            seen = {}
            while self.text[self.i] != "}":
                at = self.where(self.i)
                name = self.string()
                seen[name] = seen.get(name, 0) + 1
                self.names.append((path, name, at, seen[name]))
                self.space()
                assert self.text[self.i] == ":"
                self.i += 1
                member = f"{path}.{name}" if path else name
                if seen[name] == 1:
                    self.value(member)
                else:  # a repeated name: its value is not the one the path names
                    self.value("\0" + member)
                self.space()
                if self.text[self.i] == ",":
                    self.i += 1
                    self.space()
            self.i += 1
        elif c == "[":
            self.i += 1
            self.space()
            k = 0
            while self.text[self.i] != "]":
                self.value(f"{path}[{k}]")
                k += 1
                self.space()
                if self.text[self.i] == ",":
                    self.i += 1
                    self.space()
            self.i += 1
        elif c == '"':
            self.string()
        else:
            m = re.compile(r"-?[0-9.eE+-]+|true|false|null").match(self.text, self.i)
            self.i = m.end()


def parse(path):
    text = pathlib.Path(path).read_bytes().decode("utf-8")
    if text.startswith("\ufeff"):
        text = text[1:]
    parser = Parser(text)
    parser.value("")
    return parser


def check_line(line, base):
    m = re.match(r"(\S+\.json):(\d+):(\d+): (.*)$", line)
    if not m or "syntax error" in line or "limit of" in line or "byte offset" in line:
        return "skip"  # placed by the syntax checks, not by a path
    file, got = m.group(1), (int(m.group(2)), int(m.group(3)))
    rest = m.group(4)
    parser = parse(base / file)
    top = re.match(r"unknown top-level field '(.*)' \(", rest)
    dup = re.match(r"(\S*): duplicate key '(.*)'$", rest) or re.match(r"duplicate key '(.*)'$", rest)
    if top:
        want = [at for (p, n, at, k) in parser.names if p == "" and n == top.group(1)]
    elif dup:
        obj, key = (dup.group(1), dup.group(2)) if dup.lastindex == 2 else ("", dup.group(1))
        want = [at for (p, n, at, k) in parser.names if p == obj and n == key and k > 1]
    else:
        p = re.match(r"([A-Za-z_.\[\]0-9]*): ", rest)
        path = p.group(1) if p and not rest.startswith(("expected ", "missing ")) else ""
        want = [parser.values.get(path)]
    return "ok" if got in want else f"{line}: expected one of {want}"


def main():
    if sys.argv[1] == "--check":
        cases = pathlib.Path(sys.argv[2])
        data = pathlib.Path(__file__).resolve().parent.parent
        failures, checked = [], 0
        for stderr in sorted(cases.glob("*/stderr")):
            for line in stderr.read_text().splitlines():
                if not re.match(r"in/\S+\.json:\d+:\d+: ", line):
                    continue
                problem = check_line(line.replace("in/", "", 1), data)
                checked += problem == "ok"
                if problem not in ("ok", "skip"):
                    failures.append(f"{stderr.parent.name}: {problem}")
        print("\n".join(failures) or f"{checked} positions checked")
        return 1 if failures or checked == 0 else 0
    parser = parse(sys.argv[1])
    for path in sys.argv[2:] or parser.values:
        if not path.startswith("\0"):
            print(f"{path}: " + "%d:%d" % parser.values[path])
    return 0


if __name__ == "__main__":
    sys.exit(main())
