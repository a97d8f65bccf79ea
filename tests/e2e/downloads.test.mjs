// What each path of the young person downloads, measured in the browser (not by the declared list
// of scripts/budget.mjs): from navigation until the page shows what it is for, every response body
// from the app's origin counted at brotli quality 11, each address once (a second response for an
// address within one visit comes from the browser's cache as often as from the network, and the
// driver cannot tell them apart: counting it made a figure move by 5 KB from run to run). The
// worker is blocked for these, so its
// precache is not counted; what a first visit downloads with the worker (every address, the
// page's and the worker's, until the worker keeps the page's data) has its own ceiling.
// Each figure has a ceiling in budget.json, checked by the ratchet of scripts/budget.mjs: over it,
// or more than 1 KB below it, fails.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { brotliBytes } from '../../scripts/brotli.mjs';
import { ratchet } from '../../scripts/budget-ratchet.mjs';
import { dist, phonePage, root, servedApp, waitForWorker } from './support.mjs';

const app = servedApp();
const budget = JSON.parse(readFileSync(path.join(root, 'budget.json'), 'utf8'));

// The same body (the wasm, on every path) is compressed once.
const compressed = new Map();
function brotli(body) {
  const key = createHash('sha256').update(body).digest('hex');
  if (!compressed.has(key)) compressed.set(key, brotliBytes(body));
  return compressed.get(key);
}

/** The body of a response; a worker's responses may not give theirs to the driver, so the build's
 * file at that path stands for it. */
async function bodyOf(response) {
  try {
    return await response.body();
  } catch {
    const file = new URL(response.url()).pathname.replace(/\/$/, '/index.html');
    return readFileSync(path.join(dist, file));
  }
}

/** KB (brotli 11) of every response from the app's origin while `visit` runs, and the paths. */
async function measure(visit, { worker = false } = {}) {
  const page = await phonePage(app.browser, { serviceWorkers: worker ? 'allow' : 'block' });
  const context = page.context();
  const counted = [];
  let counting = true;
  context.on('response', (response) => {
    // What the worker answers from its cache crossed no network.
    if (!counting || !response.url().startsWith(app.server.origin) || response.fromServiceWorker()) return;
    if (response.status() >= 300 && response.status() < 400) return;
    counted.push(bodyOf(response).then((body) => ({ path: new URL(response.url()).pathname, br: brotli(body) })));
  });
  page.setDefaultTimeout(20_000);
  await visit(page, app.server.origin);
  counting = false;
  const rows = [...new Map((await Promise.all(counted)).map((r) => [r.path, r])).values()];
  await context.close();
  return { kb: rows.reduce((sum, r) => sum + r.br, 0) / 1000, paths: rows.map((r) => r.path) };
}

const results = (page) => page.locator('[data-testid="results"]').waitFor();
const link = '/resultats#territoire=roubaix&age=16&etape=lycee-pro&modalite=presentiel';

async function journey(page, origin) {
  await page.goto(origin + '/');
  await page.getByRole('link', { name: 'Commencer' }).tap();
  const next = () => page.getByRole('button', { name: 'Suivant' }).tap();
  await page.getByText(/^Roubaix/).tap();
  await next();
  await page.getByLabel('Ton âge, en années').fill('16');
  await next();
  await page.getByText('Au lycée professionnel').tap();
  await next();
  await page.getByText('Choisir mes études ou mon métier').tap();
  await next();
  await page.getByText('En vrai, face à face').tap();
  await next();
  await page.getByRole('button', { name: 'Voir les programmes' }).tap();
  await results(page);
}

test('each path of the young person downloads no more than its ceiling, measured in the browser', async () => {
  const measured = {
    home_kb: await measure(async (page, origin) => {
      await page.goto(origin + '/');
      await page.getByTestId('volunteer-start').waitFor();
    }),
    results_fr_kb: await measure(async (page, origin) => {
      await page.goto(origin + link);
      await results(page);
    }),
    results_ar_kb: await measure(async (page, origin) => {
      await page.goto(origin + link + '&langue=ar');
      await results(page);
      assert.equal(await page.locator('html').getAttribute('lang'), 'ar');
    }),
    journey_fr_kb: await measure(journey),
    worker_first_visit_kb: await measure(
      async (page, origin) => {
        await page.goto(origin + link);
        await results(page);
        await waitForWorker(page);
      },
      { worker: true },
    ),
  };
  for (const [key, { kb, paths }] of Object.entries(measured)) {
    const target = budget.target[key] ? `   target ${budget.target[key]} KB` : '';
    console.log(`${key.padEnd(22)} ${kb.toFixed(1).padStart(6)} KB br   ceiling ${budget.ceiling[key]} KB${target}   ${paths.length} responses`);
  }
  // The results link reads its territory's file; the home page reads none; the worker's visit
  // downloads more than the page's own.
  assert.ok(measured.results_fr_kb.paths.includes('/data/roubaix.json'), measured.results_fr_kb.paths.join(' '));
  assert.ok(!measured.home_kb.paths.some((p) => /\/data\/(?!index)/.test(p)), measured.home_kb.paths.join(' '));
  assert.ok(measured.worker_first_visit_kb.kb > measured.results_fr_kb.kb);
  // The worker stores the young person's path only: the adults' app, the data keepers', the static pages, the QR
  // worker and the translations of territories not opened wait until they are opened.
  const others = /adults-|keepers|\/donnees\/|\/qr|\/devenir-mentor\/|\/programmes\/|\/integrer|\/accessibilite\/|\/data\/i18n\/[a-z]{2}\/(?!index)/;
  assert.deepEqual(measured.worker_first_visit_kb.paths.filter((p) => others.test(p)), []);
  // A territory's translations are kept as they are read, never listed by the worker (a national
  // dataset would make it name 300 files).
  assert.doesNotMatch(readFileSync(path.join(dist, 'sw.js'), 'utf8'), /data\/i18n\/[a-z]{2}\/(?!index\.json)[a-z0-9-]+\.json/);
  const kb = Object.fromEntries(Object.entries(measured).map(([key, m]) => [key, m.kb]));
  assert.deepEqual(ratchet(budget, budget, kb), []);
});
