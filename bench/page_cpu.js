// Benchmark helper (not a test) for bench/page-cpu.sh: loads each URL in a fresh headless Chromium
// (a cold renderer, as every Lighthouse run has) with a Moto G Power viewport, records a trace and
// prints, per page, the median over RUNS loads of the renderer main thread's *CPU* time (the trace's
// thread clock, `tdur`) by kind of work, and of its biggest task.
//
// Why thread CPU rather than wall time: Lighthouse's simulated throttling multiplies each task's wall
// time, so on a busy host a task stretched by preemption counts as page work (issue 9: the same page
// measured 385 to 690 ms of main-thread work in three runs). The thread clock only advances while the
// renderer runs, so these figures move when a page gets heavier or lighter, not when the host is busy.
//   node bench/page_cpu.js RUNS URL...
"use strict";
const path = require("path");
// puppeteer-core comes with Lighthouse (src/test/js, `npm ci` there)
const puppeteer = require(path.join(__dirname, "..", "src", "test", "js", "node_modules", "puppeteer-core"));

const CHROMIUM = process.env.CHROME_PATH || "/usr/bin/chromium";
// the flags the gates use (src/test/java/dev/versus/gates/Tools.java)
const FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run"];
// Lighthouse's mobile preset: Moto G Power, 412x823 at DPR 1.75
const DEVICE = { width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
const CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8.execute", "blink.user_timing", "loading", "toplevel"];
// trace event names summed per column, as Lighthouse's main-thread-work-breakdown groups them
const COLUMNS = { style: ["UpdateLayoutTree"], layout: ["Layout"], paint: ["PrePaint", "Paint", "Layerize"],
  parse: ["ParseHTML"], script: ["EvaluateScript", "v8.compile"] };

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** One cold load: thread-CPU ms per column, all tasks, and the biggest task, from navigation start on. */
async function load(url) {
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: "new", args: FLAGS });
  try {
    const page = await browser.newPage();
    await page.setViewport(DEVICE);
    await page.goto("about:blank");
    await page.tracing.start({ categories: CATEGORIES });
    await page.goto(url, { waitUntil: "load" });
    // deferred scripts and the first frames after load
    await new Promise((r) => setTimeout(r, 700));
    const events = JSON.parse(Buffer.from(await page.tracing.stop()).toString("utf8")).traceEvents;
    const nav = events.find((e) => e.name === "navigationStart" && e.args && e.args.data && e.args.data.documentLoaderURL === url);
    if (!nav) throw new Error("no navigation to " + url + " in the trace");
    const main = events.filter((e) => e.pid === nav.pid && e.tid === nav.tid && e.ph === "X" && e.ts >= nav.ts && e.tdur !== undefined);
    const cpu = (names) => main.filter((e) => names.includes(e.name)).reduce((s, e) => s + e.tdur, 0) / 1000;
    const tasks = main.filter((e) => e.name === "RunTask").map((e) => e.tdur / 1000);
    const out = { total: tasks.reduce((s, t) => s + t, 0), biggest: Math.max(0, ...tasks) };
    for (const [k, names] of Object.entries(COLUMNS)) out[k] = cpu(names);
    return out;
  } finally {
    await browser.close();
  }
}

(async () => {
  const runs = Number(process.argv[2]);
  const urls = process.argv.slice(3);
  if (!(runs > 0) || urls.length === 0) {
    console.error("usage: node bench/page_cpu.js RUNS URL...");
    process.exit(2);
  }
  console.log("median thread-CPU ms over " + runs + " cold loads: all tasks, the biggest task, then by kind of work");
  for (const url of urls) {
    const samples = [];
    for (let i = 0; i < runs; i++) samples.push(await load(url));
    const cols = Object.keys(samples[0]).map((k) => k + " " + median(samples.map((s) => s[k])).toFixed(1));
    console.log(url.padEnd(48) + " " + cols.join("  "));
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
