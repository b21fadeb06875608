#!/usr/bin/python3
"""The manual page in step with --help: every command of 'stancegraph --help' has an entry
under COMMANDS in man/stancegraph.1, every option of each command's --help appears in that
entry (--help and --input-format, common to all, under OPTIONS), and every option the entry
names is one --help knows. Also: the page's version is the program's.
Usage: man_check.py STANCEGRAPH MANPAGE"""
import re
import subprocess
import sys

binary, page = sys.argv[1], sys.argv[2]
text = open(page, encoding="utf-8").read().replace("\\-", "-")
problems = []


def help_of(*args):
    return subprocess.run([binary, *args, "--help"], capture_output=True, text=True).stdout


main_help = help_of()
commands = re.findall(r"^  ([a-z]+) +\S", main_help.split("commands:")[1], re.M)
if not commands:
    problems.append("no command found in stancegraph --help")
section = text.split(".SH COMMANDS")[1].split(".SH OPTIONS")[0]
entries = {}
for block in section.split(".TP")[1:]:
    m = re.match(r'\s*\.BI "([a-z]+) ', block)
    if m:
        entries[m.group(1)] = block
for command in commands:
    if command not in entries:
        problems.append(f"{command}: no entry under COMMANDS")
        continue
    options_part = help_of(command).split("options:")[1].split("exit status")[0]
    documented = set(re.findall(r"(?<![\w-])(--[a-z][a-z-]*|-[a-zA-Z])\b", options_part))
    documented -= {"--help", "-h", "--input-format"}
    entry = entries[command]
    named = set(re.findall(r"(?<![\w-])(--[a-z][a-z-]*|-[a-zA-Z])\b", entry))
    for option in sorted(documented - named):
        problems.append(f"{command}: {option} is in --help but not in the manual page")
    for option in sorted(named - documented):
        problems.append(f"{command}: the manual page names {option}, which --help does not")
for extra in sorted(set(entries) - set(commands)):
    problems.append(f"{extra}: in the manual page but not a command")
for common in ("--input-format", "--version", "--help"):
    if common not in text.split(".SH OPTIONS")[1]:
        problems.append(f"{common} missing under OPTIONS")
version = subprocess.run([binary, "--version"], capture_output=True, text=True).stdout.split()[1]
if f'"stancegraph {version}"' not in text:
    problems.append(f"the page is not for version {version}")
for p in problems:
    print(p)
print(f"manual page: {len(commands)} commands checked, {len(problems)} problems")
sys.exit(1 if problems else 0)
