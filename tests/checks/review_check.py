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
import base64
import json
import os
import subprocess
import sys
import tempfile
import time


class Browser:
    """Chromium with the DevTools protocol on fds 3 (commands in) and 4 (replies out)."""

    def __init__(self, work):
        to_chrome_r, self.to_chrome = os.pipe()
        self.from_chrome, from_chrome_w = os.pipe()
        flags = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                 "--remote-debugging-pipe", "--proxy-server=127.0.0.1:9",
                 "--host-resolver-rules=MAP * ~NOTFOUND", f"--user-data-dir={work}/profile",
                 "about:blank"]
        # the shell gives Chromium the pipe's ends as fds 3 and 4, which the flag expects
        self.process = subprocess.Popen(
            ["bash", "-c", f'exec chromium "$@" 3<&{to_chrome_r} 4>&{from_chrome_w}', "bash"] +
            flags, pass_fds=(to_chrome_r, from_chrome_w), stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self.buffer, self.next_id, self.events, self.session = b"", 0, [], None

    def send(self, method, params=None, session=True):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session and self.session:
            message["sessionId"] = self.session
        os.write(self.to_chrome, json.dumps(message).encode() + b"\0")
        while True:
            reply = self.read()
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def read(self):
        while b"\0" not in self.buffer:
            chunk = os.read(self.from_chrome, 65536)
            if not chunk:
                raise RuntimeError("the browser closed the pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def wait_event(self, method, seconds=30):
        deadline = time.time() + seconds
        while time.time() < deadline:
            for i, e in enumerate(self.events):
                if e.get("method") == method:
                    return self.events.pop(i)
            self.events.append(self.read())
        raise RuntimeError(f"no {method} within {seconds} s")

    def open(self, url, width=1400, height=1000):
        target = self.send("Target.createTarget", {"url": "about:blank"}, session=False)
        self.session = self.send("Target.attachToTarget",
                                 {"targetId": target["targetId"], "flatten": True},
                                 session=False)["sessionId"]
        for domain in ("Page", "Runtime", "Log"):
            self.send(f"{domain}.enable")
        self.send("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
        self.send("Page.navigate", {"url": url})
        self.wait_event("Page.loadEventFired")

    def evaluate(self, expression):
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def click(self, selector):
        """A real mouse click at the middle of the element (scrolled into view first)."""
        box = self.evaluate(
            f"(function(){{var e=document.querySelector({json.dumps(selector)});"
            "e.scrollIntoView({block:'center'});var r=e.getBoundingClientRect();"
            "return [r.left+r.width/2, r.top+r.height/2];})()")
        for kind in ("mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", {"type": kind, "x": box[0], "y": box[1],
                                                   "button": "left", "clickCount": 1})

    def key(self, text):
        for kind in ("keyDown", "keyUp"):
            params = {"type": kind, "key": text}
            if kind == "keyDown":
                params["text"] = text
            self.send("Input.dispatchKeyEvent", params)

    def console(self):
        noisy = ("Runtime.consoleAPICalled", "Runtime.exceptionThrown", "Log.entryAdded")
        return [e for e in self.events if e.get("method") in noisy]

    def close(self):
        try:
            self.send("Browser.close", session=False)
        except (RuntimeError, OSError):
            pass
        self.process.wait(timeout=30)


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
        markup = browser.evaluate(
            "Array.prototype.some.call(document.querySelectorAll('*'), function (e) {"
            " return /^(img|iframe|object|embed|svg)$/i.test(e.tagName) ||"
            " Array.prototype.some.call(e.attributes, function (a) { return /^on/i.test(a.name); });"
            "})")
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
    for width, height in ((1400, 1000), (420, 900)):
        browser = Browser(work)
        try:
            browser.open(url, width, height)
            browser.click("[data-sentence='8'] .card .meta")
            browser.key("a")
            browser.evaluate("window.scrollTo(0, 0)")
            shot = browser.send("Page.captureScreenshot", {"format": "png"})
        finally:
            browser.close()
        with open(os.path.join(folder, f"review-{width}.png"), "wb") as out:
            out.write(base64.b64decode(shot["data"]))


def main():
    binary, source = sys.argv[1], sys.argv[2]
    problems = []
    with tempfile.TemporaryDirectory() as work:
        if "--screenshots" in sys.argv:
            screenshots(binary, source, work, sys.argv[sys.argv.index("--screenshots") + 1])
            return 0
        fixture(binary, source, work, problems)
        hostile(binary, source, work, problems)
    for p in problems:
        print(p)
    print(f"review page: {2 - min(2, len(problems))} of 2 scenarios passed")
    return 1 if problems else 0


sys.exit(main())
