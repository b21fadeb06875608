#!/usr/bin/python3
"""The review page in a real browser, driven with real input events: Debian's Chromium, headless,
networking off, spoken to through the DevTools protocol over a pipe (--remote-debugging-pipe:
standard library only). Scenarios:
  fixture   tests/data/review: accept two proposals, reject one, change one's type, add one
            statement and save (tests/data/review/README.md says which events); the download
            must pass `stancegraph validate` and equal expected.json; no console message.
  hostile   the hostile snapshot's page: loads with no console message and no exception, holds
            exactly the page's two scripts, and no element or attribute the data spelled.
  screenshots DIR: the seed article's proposed snapshot at 1400 and 420 px wide, written as
            DIR/review-1400.png and DIR/review-420.png (docs/REVIEW.md shows them).
Usage: review_check.py STANCEGRAPH SOURCE_DIR [--screenshots DIR]"""
import json
import os
import subprocess
import sys
import time

import devtools
from devtools import Browser


def page(binary, work, proposed, article, name):
    out = os.path.join(work, name + ".html")
    subprocess.run([binary, "review", "-o", out, proposed, article], check=True,
                   stderr=subprocess.DEVNULL)
    return "file://" + out


def fixture(binary, source, work, problems):
    data = os.path.join(source, "tests/data/review")
    url = page(binary, work, f"{data}/proposed.json", f"{data}/article.txt", "fixture")
    downloads = os.path.join(work, "downloads")
    os.mkdir(downloads)
    browser = Browser(work)
    try:
        browser.send("Browser.setDownloadBehavior",
                     {"behavior": "allow", "downloadPath": downloads, "eventsEnabled": True},
                     session=False)
        browser.open(url)
        browser.click(".card button.accept")
        browser.click("[data-sentence='1'] .card .meta")
        browser.key("a")
        browser.key("t")
        browser.click("[data-sentence='2'] .card .meta")
        browser.key("r")
        browser.click("[data-sentence='1'] button.add")
        browser.key("d")
        browser.key("s")
        browser.wait_event("Browser.downloadWillBegin")
        deadline = time.time() + 30
        while time.time() < deadline:
            event = browser.wait_event("Browser.downloadProgress")
            if event["params"]["state"] == "completed":
                break
        noise = browser.console()
    finally:
        browser.close()
    saved = os.path.join(downloads, "review-fixture.checked.json")
    if not os.path.exists(saved):
        problems.append(f"fixture: nothing saved ({os.listdir(downloads)})")
        return
    check = subprocess.run([binary, "validate", saved], capture_output=True, text=True)
    if check.returncode != 0:
        problems.append(f"fixture: validate refuses the saved file: {check.stderr.strip()}")
    got = json.load(open(saved, encoding="utf-8"))
    want = json.load(open(f"{data}/expected.json", encoding="utf-8"))
    if got != want:
        problems.append("fixture: the saved snapshot differs from expected.json:\n" +
                        json.dumps(got, indent=2))
    if noise:
        problems.append(f"fixture: console messages: {noise}")


def hostile(binary, source, work, problems):
    snapshot = os.path.join(source, "tests/data/hostile/hostile.json")
    text = os.path.join(work, "hostile.txt")
    names = [a["name"] for a in json.load(open(snapshot, encoding="utf-8"))["actors"]]
    open(text, "w", encoding="utf-8").write(" said ".join(names) + ".\n")
    browser = Browser(work)
    try:
        browser.open(page(binary, work, snapshot, text, "hostile"))
        scripts = browser.evaluate("document.scripts.length")
        markup = browser.markup_from_data("img|iframe|object|embed|svg")
        cards = browser.evaluate("document.querySelectorAll('.card').length")
        noise = browser.console()
    finally:
        browser.close()
    if scripts != 2:
        problems.append(f"hostile: {scripts} scripts, expected the page's 2")
    if markup:
        problems.append("hostile: an element or event attribute from the data")
    if not cards:
        problems.append("hostile: no proposal shown")
    if noise:
        problems.append(f"hostile: console messages: {noise}")


def screenshots(binary, source, work, folder):
    proposed = os.path.join(work, "seed.json")
    subprocess.run([binary, "extract", "--actors", f"{source}/data/minerals-2025-02-21.json",
                    "--id", "minerals-article", "-o", proposed,
                    f"{source}/data/minerals-article.txt"], check=True, stderr=subprocess.DEVNULL)
    url = page(binary, work, proposed, f"{source}/data/minerals-article.txt", "seed")

    def accept_one(browser):
        browser.click("[data-sentence='8'] .card .meta")
        browser.key("a")
    devtools.screenshots(work, url, folder, "review", accept_one)


sys.exit(devtools.main("review page", [fixture, hostile], screenshots))
