// The measuring half of scripts/lighthouse.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import path from 'node:path';
import { securityHeaders, serveSwitchable } from '../tests/e2e/support.mjs';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.resolve(process.argv[2] ?? 'dist');
const lighthouse = path.join(root, 'tools/lighthouse/node_modules/.bin/lighthouse');
const server = await serveSwitchable(dist, { headers: securityHeaders(dist), compress: true });

const pages = [
  ['home', '/'],
  ['results link', '/resultats#territoire=roubaix&age=16&etape=lycee-pro&modalite=presentiel'],
];
// The browser's language decides the page's (src/lang.js): French, and English, which reads its
// texts from a file (issue « Lighter by design »: five runs each, every run printed). Headless
// Chromium takes the language from --accept-lang (navigator.languages); --lang alone left it
// en-US, and every « fr-FR » run before 2026-12-04 had measured the English page. Each run says
// which language the page was read in, from what it downloaded, and stops if it is not the one asked.
const LANGUAGES = ['fr-FR', 'en-US'];
const RUNS = 5;
// Which language the page was read in: its largest paint (the home page's lead, the results'
// summary line) begins with that language's text.
const sources = Object.fromEntries(
  JSON.parse(readFileSync(path.join(root, 'i18n/languages.json'), 'utf8')).languages.map(({ id }) => [id, JSON.parse(readFileSync(path.join(root, `i18n/${id}.json`), 'utf8'))]),
);
const plain = (text) => text.replace(/\s+/g, ' ').replace(/[’']/g, "'").trim().slice(0, 12);
const languageOf = (label) =>
  Object.keys(sources).find((id) => ['home.lead', 'summary.answers'].some((key) => plain(label).startsWith(plain(sources[id][key].split('{')[0])))) ?? 'unknown';
/** The node of the largest paint, wherever this version of Lighthouse puts it in the audit. */
const largestPaint = (details) => {
  if (!details || typeof details !== 'object') return undefined;
  if (details.type === 'node') return details;
  if (details.node) return details.node;
  for (const value of Object.values(details)) {
    const found = Array.isArray(value) ? value.map(largestPaint).find(Boolean) : typeof value === 'object' ? largestPaint(value) : undefined;
    if (found) return found;
  }
  return undefined;
};
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const line = (name, r) =>
  `${name.padEnd(32)} ${String(r.perf).padStart(4)}  ${String(r.a11y).padStart(4)}  ${String(r.best).padStart(4)}  ${String(r.seo).padStart(4)}  ` +
  `${(r.lcp / 1000).toFixed(2).padStart(5)} s ${Math.round(r.tbt).toString().padStart(5)} ms ${r.cls.toFixed(3).padStart(6)}`;
try {
  console.log(`Lighthouse 12.8.2, mobile, simulated throttling, ${RUNS} runs a page and language and their median; targets 100/100/100/100, LCP ≤ 1.5 s, TBT ≤ 50 ms, CLS ≤ 0.01`);
  console.log(`${'page'.padEnd(32)} perf  a11y  best   seo    LCP      TBT     CLS`);
  for (const [page, url] of pages.flatMap(([name, url]) => LANGUAGES.map((lang) => [[name, lang], url]))) {
    const [what, lang] = page;
    const name = `${what} ${lang}`;
    const runs = [];
    for (let run = 1; run <= RUNS; run++) {
      // Asynchronous: the server below runs in this very process and must keep answering.
      const { stdout: out } = await promisify(execFile)(
        lighthouse,
        [
          server.origin + url,
          '--output=json',
          '--quiet',
          '--only-categories=performance,accessibility,best-practices,seo',
          '--max-wait-for-load=30000',
          `--chrome-flags=--lang=${lang} --accept-lang=${lang} --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run`,
        ],
        { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' }, maxBuffer: 64 * 1024 * 1024, timeout: 180_000 },
      );
      const report = JSON.parse(out);
      const score = (c) => Math.round(report.categories[c].score * 100);
      const audit = (a) => report.audits[a];
      const result = {
        perf: score('performance'),
        a11y: score('accessibility'),
        best: score('best-practices'),
        seo: score('seo'),
        lcp: audit('largest-contentful-paint').numericValue,
        tbt: audit('total-blocking-time').numericValue,
        cls: audit('cumulative-layout-shift').numericValue,
      };
      const lcpNode = largestPaint(audit('largest-contentful-paint-element')?.details);
      const read = languageOf(lcpNode?.nodeLabel ?? '');
      if (read !== 'unknown' && read !== lang.slice(0, 2)) throw new Error(`${name}, run ${run}: the page was read in ${read}, not ${lang} (« ${lcpNode?.nodeLabel} »)`);
      runs.push(result);
      console.log(line(`${name}, run ${run}`, result));
      const failing = Object.values(report.audits).filter(
        (a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual',
      );
      for (const a of failing) console.log(`    below 0.9: ${a.id} (${a.displayValue ?? a.score})`);
      if (lcpNode) console.log(`    LCP element (${read}): ${lcpNode.selector ?? ''} ${lcpNode.snippet ?? ''}`.slice(0, 160));
      for (const item of audit('layout-shifts').details?.items ?? []) {
        console.log(`    layout shift ${item.score?.toFixed(3)}: ${item.node?.snippet ?? item.node?.selector ?? '?'}`);
      }
    }
    const mid = Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => r[k]))]));
    console.log(line(`${name}, MEDIAN`, mid));
  }
} finally {
  await server.close();
}
