// Offline: after one online visit the app opens, runs and shows results with no network and no
// server; it installs; a new release reaches users without mixing versions; new data arrives.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { buildCopies, dist, launch, phonePage, screenshot, serveSwitchable, waitForWorker, distUpdate, until } from './support.mjs';

let browser;
const copyOf = buildCopies();
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('after one visit, works with the network gone and the server stopped', async () => {
  const server = await serveSwitchable(copyOf(dist));
  const page = await phonePage(browser);
  // One visit that opened Dunkerque (its programmes read ahead on the questions): the app, the
  // index and Dunkerque's file are stored.
  await page.goto(server.origin + '/questionnaire#question=age&territoire=dunkerque');
  await waitForWorker(page);
  await until(page, async () => Boolean(await caches.match(new URL('data/dunkerque.json', document.baseURI).href)));
  await page.goto(server.origin + '/');
  await page.context().setOffline(true);
  await server.close();

  // The home page, written by the build, shows offline; « Commencer » starts the app, stored.
  await page.reload();
  await page.getByRole('link', { name: 'Commencer' }).tap();
  await page.locator('h1', { hasText: 'Où habites-tu' }).waitFor();
  await page.getByTestId('offline').waitFor();
  await page.getByText(/^Roubaix/).tap();
  await page.getByRole('button', { name: 'Suivant' }).tap();
  await page.getByLabel('Ton âge, en années').fill('8');
  await page.getByRole('button', { name: 'Suivant' }).tap();
  await page.locator('h1', { hasText: "Aujourd'hui, tu es" }).waitFor();

  await page.goto(server.origin + '/resultats#territoire=dunkerque&age=16&etape=lycee-techno&modalite=distanciel&situation=ase');
  await page.locator('[data-testid="results"]').waitFor();
  assert.deepEqual(await page.locator('[data-testid="result"] h3').allTextContents(), ['Les Ombres']);
  assert.match(await page.getByTestId('offline').textContent(), /Hors connexion/);
  await screenshot(page, 'offline-results');
  // A territory never opened needs the network once, and says so.
  await page.goto(server.origin + '/resultats#territoire=roubaix&age=8');
  await page.getByTestId('load-error').filter({ hasText: 'Vérifie ta connexion' }).waitFor();
  // A path never opened (the mentors' path is stored when first opened) says it needs the network
  // once, in every language, and leads back to the young person's path, which works.
  await page.goto(server.origin + '/devenir-mentor#question=profil&territoire=roubaix');
  const needs = page.getByTestId('needs-network');
  await needs.waitFor();
  assert.match(await needs.locator('[lang="fr"]').textContent(), /besoin d’internet la première fois/);
  assert.match(await needs.locator('[lang="uk"]').textContent(), /інтернет/);
  await screenshot(page, 'offline-path-never-opened');
  await needs.locator('[lang="fr"] a').click();
  await page.getByRole('link', { name: 'Commencer' }).waitFor();
  await page.context().close();
});

test('installable: the manifest parses, its icons load, Chrome reports no installability error', async () => {
  const server = await serveSwitchable(copyOf(dist));
  // A private context always reports « in-incognito »: use a real profile.
  const profile = mkdtempSync(path.join(tmpdir(), 'ttm-profile-'));
  after(() => rmSync(profile, { recursive: true, force: true }));
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
// The app's wasm (the QR worker's, unhashed, is another file).
const appWasm = /^trouve-ton-mentor-.*_bg\.wasm$/;

test('an update is offered, applied on request, and never mixes the old wasm with the new glue', async () => {
  const oldDir = copyOf(dist);
  const newDir = copyOf(distUpdate);
  const [oldWasm, newGlue] = [built(oldDir, appWasm), built(newDir, /^trouve-ton-mentor-[0-9a-f]+\.js$/)];
  assert.notEqual(oldWasm, built(newDir, appWasm), 'the two builds differ');
  const server = await serveSwitchable(oldDir);
  const page = await phonePage(browser);
  await page.goto(server.origin + '/resultats#territoire=roubaix&age=16&etape=lycee-pro');
  await waitForWorker(page);
  const oldLabel = await page.locator('.version').textContent();

  server.setRoot(newDir);
  await page.reload();
  const banner = page.locator('.update-banner');
  await banner.waitFor();
  assert.match(await banner.textContent(), /Nouvelle version disponible/);
  assert.equal(await page.locator('.version').textContent(), oldLabel, 'nothing changes before the user agrees');
  await screenshot(page, 'update-offered');
  // Every request the page makes from here, those the service worker answers from its caches
  // included (the server never sees those): a mixed version would ask for the old wasm.
  const asked = [];
  page.on('request', (r) => asked.push(new URL(r.url()).pathname));
  await banner.getByRole('button', { name: 'Mettre à jour' }).click();
  await page.locator('.version', { hasText: 'update-test' }).waitFor();
  assert.notEqual(await page.locator('.version').textContent(), oldLabel);

  const glueAt = asked.indexOf('/' + newGlue);
  assert.ok(glueAt >= 0, `the new glue was asked for: ${asked}`);
  assert.ok(asked.includes('/' + built(newDir, appWasm)), 'the new wasm was asked for');
  assert.ok(!asked.includes('/' + oldWasm), 'the old wasm is never asked for after the update');
  const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  assert.ok(!loaded.some((n) => n.endsWith(oldWasm)), 'the page runs the new wasm only');
  await page.context().close();
  await server.close();
});

test('new data on the server reaches the next online visit', async () => {
  const dir = copyOf(dist);
  // The date of the data is the index's.
  const dataFile = path.join(dir, 'data/index.json');
  const server = await serveSwitchable(dir);
  const page = await phonePage(browser);
  const link = server.origin + '/resultats#territoire=roubaix&age=8&etape=ecole';
  const data = JSON.parse(readFileSync(dataFile, 'utf8'));
  const shipped = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(data.updated));
  await page.goto(link);
  await waitForWorker(page);
  await page.locator('.data-date', { hasText: shipped }).waitFor();

  data.updated = '2030-01-15';
  writeFileSync(dataFile, JSON.stringify(data));
  await page.goto(server.origin + '/questionnaire');
  // Stale while revalidate: this visit gets the stored copy and stores the new one for the next.
  await until(page, async () => {
    const stored = await caches.match(new URL('data/index.json', document.baseURI).href);
    return stored && (await stored.json()).updated === '2030-01-15';
  });
  await page.goto(link);
  await page.locator('.data-date', { hasText: '15 janvier 2030' }).waitFor();
  await page.context().close();
  await server.close();
});

test('an update found while a page starts still gets its banner, and the button works in every tab', async () => {
  const oldDir = copyOf(dist);
  const newDir = copyOf(distUpdate);
  const newWasm = built(newDir, appWasm);
  const server = await serveSwitchable(oldDir);
  const first = await phonePage(browser);
  await first.goto(server.origin + '/resultats#territoire=roubaix&age=16&etape=lycee-pro');
  await waitForWorker(first);
  const second = await first.context().newPage();
  second.errors = [];

  // The new release goes live; its wasm is slow, so the new worker is still installing when the
  // second tab registers (the browser found the update on that tab's navigation).
  server.setRoot(newDir);
  const wasm = readFileSync(path.join(newDir, newWasm));
  server.setAnswer((p) => (p === '/' + newWasm ? { body: wasm, type: 'application/wasm', delay: 2500 } : null));
  await second.goto(server.origin + '/questionnaire#question=age');
  for (const tab of [first, second]) await tab.locator('.update-banner').waitFor({ timeout: 20_000 });

  await first.locator('.update-banner').getByRole('button', { name: 'Mettre à jour' }).click();
  await first.locator('.version', { hasText: 'update-test' }).waitFor();
  // The other tab runs the old version: it says so, and its button reloads it.
  await second.locator('.update-banner', { hasText: 'autre onglet' }).waitFor();
  await second.locator('.update-banner').getByRole('button', { name: 'Recharger la page' }).click();
  // On a question the footer waits for the results: its label is read, not seen.
  await second.locator('.version', { hasText: 'update-test' }).waitFor({ state: 'attached' });
  assert.match(second.url(), /question=age/, 'the reload keeps the page and its answers');
  await first.context().close();
  await server.close();
});
