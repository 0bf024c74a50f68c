#!/usr/bin/env python3
"""Measures save-to-reload latency of a running `versus serve`: for each edit, the time from the
article file being written (closed) to the `reload` event that names its page arriving over
Server-Sent Events. Prints every edit, the pages the server re-rendered for it (from its console
line) and the median. Python 3 standard library only.

usage: serve_latency.py --url URL --guide DIR --log FILE [--edits 20] [--warmup 5]
"""
import argparse
import http.client
import json
import os
import queue
import re
import statistics
import sys
import threading
import time
import urllib.parse


def wait_for(log, pattern, seconds):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if os.path.exists(log):
            with open(log, encoding="utf-8") as f:
                m = re.search(pattern, f.read())
            if m:
                return m
        time.sleep(0.2)
    sys.exit(f"no `{pattern}` in {log} after {seconds} s:\n" + (open(log).read() if os.path.exists(log) else ""))


def listen(url, events):
    u = urllib.parse.urlparse(url)
    conn = http.client.HTTPConnection(u.hostname, u.port)
    conn.request("GET", "/_versus/events", headers={"Accept": "text/event-stream"})
    resp = conn.getresponse()
    kind, data = None, []
    while True:
        line = resp.readline()
        if not line:
            return
        arrived = time.perf_counter()
        line = line.decode("utf-8").rstrip("\r\n")
        if line.startswith("event: "):
            kind = line[7:]
        elif line.startswith("data: "):
            data.append(line[6:])
        elif line == "" and kind:
            events.put((kind, "\n".join(data), arrived))
            kind, data = None, []


def edit(path, n):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    # one sentence longer, in the first paragraph (which links two criteria), a different one each time
    marker = "\n\n"
    head, sep, rest = text.partition("## Section 1")
    first_par_end = rest.index(marker, rest.index(marker) + 2)
    text = head + sep + rest[:first_par_end] + f" Edited for run {n}." + rest[first_par_end:]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    return time.perf_counter()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--url", required=True)
    ap.add_argument("--guide", required=True)
    ap.add_argument("--log", required=True)
    ap.add_argument("--edits", type=int, default=20)
    ap.add_argument("--warmup", type=int, default=5)
    args = ap.parse_args()

    first = wait_for(args.log, r"first build: .*", 900)
    print(first.group(0))
    wait_for(args.log, r"serving http", 60)
    events = queue.Queue()
    threading.Thread(target=listen, args=(args.url, events), daemon=True).start()
    time.sleep(0.5)

    articles = sorted(os.listdir(os.path.join(args.guide, "articles")))
    latencies = []
    for i in range(args.warmup + args.edits):
        name = articles[(i * 197) % len(articles)]
        route = "/articles/" + name[:-3] + "/"
        lines_before = open(args.log, encoding="utf-8").read().count("\n")
        written = edit(os.path.join(args.guide, "articles", name), i)
        while True:
            try:
                kind, data, arrived = events.get(timeout=30)
            except queue.Empty:
                sys.exit(f"no reload for {name} within 30 s")
            if kind == "reload" and route in json.loads(data)["paths"]:
                break
            if kind == "error":
                sys.exit(f"the build failed: {data}")
        ms = (arrived - written) * 1000
        time.sleep(0.3)  # the console line is printed around the event; keep batches apart
        log = open(args.log, encoding="utf-8").read().split("\n")[lines_before:]
        console = next((l for l in log if name in l), "(no console line)")
        warm = i >= args.warmup
        if warm:
            latencies.append(ms)
        print(f"{'edit' if warm else 'warm-up'} {i + 1:2d} {name}: {ms:6.1f} ms   server: {console.strip()}")
    print(f"median save-to-reload latency over {len(latencies)} edits: {statistics.median(latencies):.1f} ms "
          f"(min {min(latencies):.1f}, max {max(latencies):.1f})")


if __name__ == "__main__":
    main()
