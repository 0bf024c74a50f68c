// Lighthouse runs for LighthouseTest, all in one Node process and one Chromium, the way Lighthouse's own docs run
// it from Node ("Using programmatically": chrome-launcher starts Chrome, lighthouse(url, {port}) opens a fresh tab
// per run, resets the origin's storage and the browser caches, and closes the tab). The CLI started Node, loaded
// Lighthouse and launched a Chrome for each gather and each audit: a page cost about 14 s in CI, of which
// Lighthouse's own gather and audit took about 6.
//
// Protocol: one JSON request per line on stdin, one JSON answer per line on stdout, in order.
//   request: {"url": "...", "flags": {...Lighthouse flags...}, "report": "path" (optional)}
//   answer:  {"ok": true} or {"ok": false, "error": "message and stack"}
// A request whose flags have gatherMode runs in the shared Chromium (launched at the first one, with the Chromium
// flags given as arguments and CHROME_PATH); an auditMode-only request needs no browser. A "report" path receives
// the report Lighthouse generated (flags.output). End of stdin closes Chromium and exits.
import readline from 'node:readline';
import {writeFile} from 'node:fs/promises';
import * as ChromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

// stdout carries the answers only: whatever else writes to it (console.log included) goes to the log
const answer = process.stdout.write.bind(process.stdout);
process.stdout.write = process.stderr.write.bind(process.stderr);
const chromeFlags = process.argv.slice(2);
/** @type {ChromeLauncher.LaunchedChrome|undefined} */
let chrome;

process.on('unhandledRejection', (reason) => {
  process.stderr.write(`lighthouse-driver: unhandled rejection: ${reason?.stack ?? reason}\n`);
  chrome?.kill();
  process.exit(1);
});

async function handle(request) {
  const flags = {...request.flags};
  if (flags.gatherMode) {
    chrome ??= await ChromeLauncher.launch({chromeFlags, logLevel: 'error'});
    flags.port = chrome.port;
  }
  const result = await lighthouse(request.url, flags);
  if (request.report) {
    if (!result?.report) throw new Error(`no report for ${request.url}`);
    await writeFile(request.report, Array.isArray(result.report) ? result.report[0] : result.report);
  }
}

const lines = readline.createInterface({input: process.stdin, crlfDelay: Infinity});
for await (const line of lines) {
  if (!line.trim()) continue;
  let result;
  try {
    await handle(JSON.parse(line));
    result = {ok: true};
  } catch (err) {
    result = {ok: false, error: String(err?.stack ?? err)};
  }
  answer(JSON.stringify(result) + '\n');
}
chrome?.kill();
