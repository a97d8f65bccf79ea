// A dataset that is missing, malformed, partly invalid or out of reach: a clear message in
// French, a retry, and for an invalid entry the rest of the dataset still used. The results of
// Roubaix read the index (data/index.json) and Roubaix's file (data/roubaix.json); the home page
// the index alone.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { dist, launch, phonePage, screenshot, serveStatic } from './support.mjs';

let copy;
let server;
let browser;
const dataFile = (name = 'roubaix.json') => path.join(copy, 'data', name);
let original;
let originalIndex;

/** Writes a data file with a later modification time, so no cache revalidation can keep the old one. */
let clock = Date.now() / 1000;
function writeData(text, name = 'roubaix.json') {
  writeFileSync(dataFile(name), text);
  clock += 60;
  utimesSync(dataFile(name), clock, clock);
}

before(async () => {
  copy = mkdtempSync(path.join(tmpdir(), 'ttm-broken-'));
  cpSync(dist, copy, { recursive: true });
  original = readFileSync(dataFile(), 'utf8');
  originalIndex = readFileSync(dataFile('index.json'), 'utf8');
  server = await serveStatic(copy);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
  rmSync(copy, { recursive: true, force: true });
});

const link = '/resultats#territoire=roubaix&age=8&etape=ecole';

test('malformed JSON: a message in French, and « Réessayer » works once the file is fixed', async () => {
  writeData('{ "schema_version": 1, "programmes": [');
  const page = await phonePage(browser);
  await page.goto(server.origin + link);
  const error = page.getByTestId('load-error');
  await error.waitFor();
  assert.match(await error.textContent(), /La liste des programmes est abîmée/);
  assert.match(await error.textContent(), /data\/roubaix\.json/, 'the detail names the file');
  await screenshot(page, 'error-malformed-dataset');
  writeData(original);
  await error.getByRole('button', { name: 'Réessayer' }).click();
  await page.locator('[data-testid="results"]').waitFor();
  assert.deepEqual([...(await page.locator('[data-testid="result"] h3').allTextContents())].sort(), ['Afev', 'La Clé']);
  await page.context().close();
});

test('an invalid entry is named and left out; the others are still shown', async () => {
  const data = JSON.parse(original);
  const afev = data.programmes.find((p) => p.id === 'afev-roubaix');
  afev.audience.stages = ['maternelle'];
  writeData(JSON.stringify(data));
  const page = await phonePage(browser);
  await page.goto(server.origin + link);
  await page.locator('[data-testid="results"]').waitFor();
  assert.deepEqual(await page.locator('[data-testid="result"] h3').allTextContents(), ['La Clé']);
  const rejected = await page.getByTestId('rejected').textContent();
  assert.match(rejected, /data\/roubaix\.json\u00a0: programme « afev-roubaix ».*audience\.stages\[0\].*maternelle/s);
  writeData(original);
  await page.context().close();
});

test('a missing file says so with its HTTP status', async () => {
  rmSync(dataFile());
  const page = await phonePage(browser);
  await page.goto(server.origin + link);
  const error = page.getByTestId('load-error');
  await error.waitFor();
  assert.match(await error.textContent(), /introuvable.*404/s);
  writeData(original);
  await page.context().close();
});

test('no network for the data: asks to check the connection', async () => {
  const page = await phonePage(browser);
  await page.route('**/data/*.json', (route) => route.abort('internetdisconnected'));
  await page.goto(server.origin + link);
  const error = page.getByTestId('load-error');
  await error.waitFor();
  assert.match(await error.textContent(), /Vérifie ta connexion/);
  await screenshot(page, 'error-offline-dataset');
  await page.context().close();
});

// The home page is written by the build and reads no data: the first question says it.
test('the first question says at once that the list cannot be read, with the retry and 1jeune1mentor', async () => {
  writeData('<!doctype html><title>Maintenance</title>', 'index.json');
  const page = await phonePage(browser);
  try {
    await page.goto(server.origin + '/');
    await page.getByRole('link', { name: 'Commencer' }).tap();
    const error = page.getByTestId('load-error');
    await error.waitFor();
    assert.match(await error.textContent(), /1jeune1mentor\.fr/);
    writeData(originalIndex, 'index.json');
    await error.getByRole('button', { name: 'Réessayer' }).click();
    await error.waitFor({ state: 'detached' });
    await page.locator('h1', { hasText: 'Où habites-tu' }).waitFor();
  } finally {
    writeData(originalIndex, 'index.json');
    await page.context().close();
  }
});

test('a link with thousands of problems lists the first few and counts the rest', async () => {
  const page = await phonePage(browser);
  await page.goto(server.origin + '/resultats#territoire=roubaix&age=8&etape=ecole&' + 'x=1&'.repeat(5000));
  await page.locator('[data-testid="results"]').waitFor();
  const notice = page.locator('.notice').first();
  assert.equal(await notice.locator('li').count(), 5);
  assert.match(await notice.textContent(), /… et 4995 autres/);
  await page.context().close();
});
