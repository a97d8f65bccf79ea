// Offline: after one online visit the app opens, runs and shows results with no network and no
// server; it installs; a new release reaches users without mixing versions; new data arrives.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { dist, launch, phonePage, root, screenshot, serveSwitchable, waitForWorker } from './support.mjs';

let browser;
const copies = [];
function copyOf(dir) {
  const copy = mkdtempSync(path.join(tmpdir(), 'ttm-pwa-'));
  cpSync(dir, copy, { recursive: true });
  copies.push(copy);
  return copy;
}
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
  for (const c of copies) rmSync(c, { recursive: true, force: true });
});

test('after one visit, works with the network gone and the server stopped', async () => {
  const server = await serveSwitchable(copyOf(dist));
  const page = await phonePage(browser);
  await page.goto(server.origin + '/');
  await waitForWorker(page);
  await page.context().setOffline(true);
  await server.close();

  await page.reload();
  await page.getByTestId('offline').waitFor();
  await page.getByRole('link', { name: 'Commencer' }).tap();
  await page.locator('h1', { hasText: 'Où habites-tu' }).waitFor();
  await page.getByText(/^Roubaix/).tap();
  await page.getByRole('button', { name: 'Suivant' }).tap();
  await page.getByLabel('Ton âge, en années').fill('8');
  await page.getByRole('button', { name: 'Suivant' }).tap();
  await page.locator('h1', { hasText: "Aujourd'hui, tu es" }).waitFor();

  await page.goto(server.origin + '/resultats#territoire=dunkerque&age=16&etape=lycee-techno&modalite=distanciel&situation=ase');
  await page.locator('[data-testid="results"]').waitFor();
  assert.deepEqual(await page.locator('[data-testid="result"] h3').allTextContents(), ['Les Ombres', 'Télémaque']);
  assert.match(await page.getByTestId('offline').textContent(), /Hors connexion/);
  await screenshot(page, 'offline-results');
  await page.context().close();
});

test('installable: the manifest parses, its icons load, Chrome reports no installability error', async () => {
  const server = await serveSwitchable(copyOf(dist));
  // A private context always reports « in-incognito »: use a real profile.
  const profile = mkdtempSync(path.join(tmpdir(), 'ttm-profile-'));
  copies.push(profile);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    viewport: { width: 360, height: 740 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(server.origin + '/');
  await waitForWorker(page);
  const cdp = await context.newCDPSession(page);
  const manifest = await cdp.send('Page.getAppManifest');
  assert.deepEqual(manifest.errors, []);
  const parsed = JSON.parse(manifest.data);
  assert.equal(parsed.display, 'standalone');
  for (const icon of parsed.icons) {
    const response = await page.request.get(new URL(icon.src, manifest.url).href);
    assert.equal(response.status(), 200, icon.src);
    assert.equal(response.headers()['content-type'], 'image/png');
  }
  assert.ok(parsed.icons.some((i) => i.purpose === 'maskable'));
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors, []);
  await context.close();
  await server.close();
});

const built = (dir, pattern) => readdirSync(dir).find((f) => pattern.test(f));

test('an update is offered, applied on request, and never mixes the old wasm with the new glue', async () => {
  const oldDir = copyOf(dist);
  const newDir = copyOf(path.join(root, 'dist-update'));
  const [oldWasm, newGlue] = [built(oldDir, /_bg\.wasm$/), built(newDir, /^trouve-ton-mentor-.*\.js$/)];
  assert.notEqual(oldWasm, built(newDir, /_bg\.wasm$/), 'the two builds differ');
  const server = await serveSwitchable(oldDir);
  const page = await phonePage(browser);
  await page.goto(server.origin + '/');
  await waitForWorker(page);
  const oldLabel = await page.locator('.version').textContent();

  server.setRoot(newDir);
  await page.reload();
  const banner = page.locator('.update-banner');
  await banner.waitFor();
  assert.match(await banner.textContent(), /Nouvelle version disponible/);
  assert.equal(await page.locator('.version').textContent(), oldLabel, 'nothing changes before the user agrees');
  await screenshot(page, 'update-offered');
  await banner.getByRole('button', { name: 'Mettre à jour' }).click();
  await page.locator('.version', { hasText: 'update-test' }).waitFor();
  assert.notEqual(await page.locator('.version').textContent(), oldLabel);

  const glueAt = server.log.indexOf('/' + newGlue);
  assert.ok(glueAt >= 0, 'the new glue was fetched');
  assert.ok(!server.log.slice(glueAt).includes('/' + oldWasm), 'the old wasm is never asked for after the new glue');
  const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  assert.ok(!loaded.some((n) => n.endsWith(oldWasm)), 'the page runs the new wasm only');
  await page.context().close();
  await server.close();
});

test('new data on the server reaches the next online visit', async () => {
  const dir = copyOf(dist);
  const dataFile = path.join(dir, 'data/programmes.json');
  const server = await serveSwitchable(dir);
  const page = await phonePage(browser);
  const link = server.origin + '/resultats#territoire=roubaix&age=8&etape=ecole';
  const data = JSON.parse(readFileSync(dataFile, 'utf8'));
  const shipped = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(data.updated));
  await page.goto(link);
  await waitForWorker(page);
  await page.locator('.data-date', { hasText: shipped }).waitFor();

  data.updated = '2026-12-01';
  writeFileSync(dataFile, JSON.stringify(data));
  await page.goto(server.origin + '/');
  await page.goto(link);
  await page.locator('.data-date', { hasText: '1 décembre 2026' }).waitFor();
  await page.context().close();
  await server.close();
});
