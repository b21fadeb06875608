"""Chromium driven over the DevTools protocol, for the page tests (review_check.py,
report_check.py): Debian's Chromium, headless, networking off (a proxy that does not exist,
every host name unresolvable), spoken to over a pipe (--remote-debugging-pipe), so the
standard library is enough. Input is real: mouse and key events go through the browser's
input pipeline, as a person's would."""
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

    # Keys that type no character, with the key codes the browser needs to act on them.
    NAMED_KEYS = {"Enter": 13, "ArrowLeft": 37, "ArrowUp": 38, "ArrowRight": 39,
                  "ArrowDown": 40, "Home": 36, "End": 35, "Escape": 27}

    def key(self, text):
        """A real key press: a character (typed), or a named key such as "ArrowDown"."""
        code = self.NAMED_KEYS.get(text)
        for kind in ("keyDown", "keyUp"):
            params = {"type": kind, "key": text}
            if code:
                params.update(windowsVirtualKeyCode=code, code=text)
                if text == "Enter" and kind == "keyDown":
                    params["text"] = "\r"
            elif kind == "keyDown":
                params["text"] = text
            self.send("Input.dispatchKeyEvent", params)

    def markup_from_data(self, tags):
        """Whether the page's body holds an element named by tags (a regular expression
        alternation, such as "img|iframe") or any element with an on* event attribute: markup
        that only text from the data, unescaped, could have brought."""
        return self.evaluate(
            "Array.prototype.some.call(document.querySelectorAll('body *'), function (e) {"
            f" return /^({tags})$/i.test(e.tagName) ||"
            " Array.prototype.some.call(e.attributes, function (a) { return /^on/i.test(a.name); });"
            "})")

    def console(self):
        noisy = ("Runtime.consoleAPICalled", "Runtime.exceptionThrown", "Log.entryAdded")
        return [e for e in self.events if e.get("method") in noisy]

    def close(self):
        try:
            self.send("Browser.close", session=False)
        except (RuntimeError, OSError):
            pass
        self.process.wait(timeout=30)


def screenshots(work, url, folder, name, prepare, sizes=((1400, 1000), (420, 900))):
    """Opens url at each (width, height), lets prepare(browser) act on the page, and saves the
    top of the page as FOLDER/NAME-WIDTH.png."""
    for width, height in sizes:
        browser = Browser(work)
        try:
            browser.open(url, width, height)
            prepare(browser)
            browser.evaluate("window.scrollTo(0, 0)")
            shot = browser.send("Page.captureScreenshot", {"format": "png"})
        finally:
            browser.close()
        with open(os.path.join(folder, f"{name}-{width}.png"), "wb") as out:
            out.write(base64.b64decode(shot["data"]))


def main(name, scenarios, take_screenshots):
    """A page test's main, from sys.argv: STANCEGRAPH SOURCE_DIR [--screenshots DIR]. Runs each
    scenario(binary, source, work, problems) in a temporary folder (a RuntimeError from the
    browser, such as a missing element, is one more problem) and prints the problems;
    with --screenshots, runs take_screenshots(binary, source, work, DIR) instead. Returns the
    exit status."""
    binary, source = sys.argv[1], sys.argv[2]
    problems = []
    with tempfile.TemporaryDirectory() as work:
        if "--screenshots" in sys.argv:
            take_screenshots(binary, source, work, sys.argv[sys.argv.index("--screenshots") + 1])
            return 0
        for scenario in scenarios:
            try:
                scenario(binary, source, work, problems)
            except RuntimeError as error:  # the page lacks what the scenario drives
                problems.append(f"{scenario.__name__}: {error}")
    for p in problems:
        print(p)
    print(f"{name}: {len(scenarios)} scenarios, {len(problems)} problems")
    return 1 if problems else 0
