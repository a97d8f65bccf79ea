// The service worker on every host (security review, findings 2, 5, 10, 12, 14, 15, 16, 20, 21,
// 23): a good copy of the data is never replaced by one the app refuses; a full storage never
// turns a good download into « Vérifie ta connexion »; two builds on one origin keep their own
// caches; a precached file that is not the one built fails the install and the old version stays;
// a schema change activated offline keeps the territories stored; a « data updated » message sent
// before the app listens is not lost; a tab opened first hears that another switched version; a
// town's embed stores its territory from its home page; a file too large, or not UTF-8, says so.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { buildCopies, dist, launch, phonePage, serveSwitchable, waitForOpened, waitForWorker, distSubpath, distUpdate, until } from './support.mjs';

let browser;
const copyOf = buildCopies();
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const link = '/resultats#territoire=roubaix&age=8&etape=ecole';
const names = async (page) => [...(await page.locator('[data-testid="result"] h3').allTextContents())].sort();
const roubaix = readFileSync(path.join(dist, 'data/roubaix.json'), 'utf8');
const index = readFileSync(path.join(dist, 'data/index.json'), 'utf8');

/** What the worker keeps of a dataset file: the copy read clean (`-data-v…`). */
async function kept(page, file) {
  return page.evaluate(async (file) => {
    const name = (await caches.keys()).find((n) => /-data-v\d+$/.test(n));
    const copy = name && (await (await caches.open(name)).match(new URL(file, document.baseURI).href));
    return copy ? copy.text() : null;
  }, file);
}

// Finding 2: the worker stored any JSON of the right schema number.
test('a data file the app refuses is shown online with its problems, and never replaces the good copy', async () => {
  const server = await serveSwitchable(copyOf(dist));
  const page = await phonePage(browser);
  await page.goto(server.origin + link);
  await waitForWorker(page);
  await page.locator('[data-testid="results"]').waitFor();
  await until(page, async () => (await caches.keys()).some((n) => /-data-v\d+$/.test(n)));
  await page.reload();
  await page.locator('[data-testid="results"]').waitFor();
  await until(page, async (href) => {
    const name = (await caches.keys()).find((n) => /-data-v\d+$/.test(n));
    return Boolean(name && (await (await caches.open(name)).match(href)));
  }, server.origin + '/data/roubaix.json');
  const data = JSON.parse(roubaix);
  const deep = structuredClone(data);
  let nest = deep.programmes[0];
  for (let i = 0; i < 80; i++) nest = nest.x = {};
  const rejected = structuredClone(data);
  rejected.programmes[0].audience.stages = ['maternelle'];
  for (const [what, body, shown] of [
    ['another territory\'s file', JSON.stringify({ ...data, territory: 'dunkerque' }), false],
    ['schema_version written 5.0', roubaix.replace(/"schema_version": \d+/, (m) => `${m}.0`), false],
    ['a duplicated key', roubaix.replace('"territory": "roubaix"', '"territory": "roubaix", "territory": "roubaix"'), false],
    ['too deep', JSON.stringify(deep), true],
    ['a rejected entry', JSON.stringify(rejected), true],
  ]) {
    server.setAnswer((p) => (p === '/data/roubaix.json' ? { body } : null));
    // A new page load each time (the same address would only move to its fragment).
    await page.goto('about:blank');
    await page.goto(server.origin + link);
    await page.locator('[data-testid="results"], [data-testid="load-error"], [data-testid="rejected"]').first().waitFor();
    // Online, this visit shows the new copy with what is wrong in it (once the worker said so).
    if (shown) await page.getByTestId('rejected').waitFor();
    await page.waitForTimeout(500);
    assert.equal(await kept(page, 'data/roubaix.json'), roubaix, `${what}: the good copy is kept`);
    await page.context().setOffline(true);
    await page.reload();
    await page.locator('[data-testid="results"]').waitFor();
    assert.deepEqual(await names(page), ['Afev', 'La Clé'], `${what}: offline, the good copy`);
    await page.context().setOffline(false);
  }
  await page.context().close();
  await server.close();
});

// The cause of that test's failures under load (issue 19, « a steady suite »): the worker's news
// of a new copy reached the page before its first read of the kept copy had finished; the app
// then read only the new copy, refused it, and had no good copy to show: « Impossible de charger »
// instead of the kept programmes with the refused file named. Here the news is there from the
// start, as a slow phone would hear it.
test('news of a refused copy heard before the first read: the kept copy is shown, with the refusal named', async () => {
  const server = await serveSwitchable(copyOf(dist));
  const page = await phonePage(browser);
  await page.goto(server.origin + link);
  await waitForWorker(page);
  await page.locator('[data-testid="results"]').waitFor();
  const rejected = structuredClone(JSON.parse(roubaix));
  rejected.programmes[0].audience.stages = ['maternelle'];
  const deep = structuredClone(JSON.parse(roubaix));
  let nest = deep.programmes[0];
  for (let i = 0; i < 80; i++) nest = nest.x = {};
  for (const [what, body] of [['a rejected entry', JSON.stringify(rejected)], ['too deep', JSON.stringify(deep)]]) {
    server.setAnswer((p) => (p === '/data/roubaix.json' ? { body } : null));
    // The worker stores the new copy (a read asking for the latest), then the page starts with
    // its news already heard.
    await page.evaluate(() => fetch('data/roubaix.json?frais').then((r) => r.text()));
    await page.addInitScript(() => {
      let kept;
      Object.defineProperty(window, '__ttmWorkerMessages', {
        configurable: true,
        get: () => kept,
        set: (list) => {
          kept = list;
          if (Array.isArray(list)) list.push({ type: 'ttm:data-updated', file: new URL('data/roubaix.json', document.baseURI).href });
        },
      });
    });
    await page.goto('about:blank');
    await page.goto(server.origin + link);
    await page.getByTestId('rejected').waitFor();
    assert.deepEqual(await names(page), ['Afev', 'La Clé'], `${what}: the kept programmes`);
    assert.equal(await page.getByTestId('load-error').count(), 0, `${what}: no load error`);
  }
  await page.context().close();
  await server.close();
});

// Finding 5: a failed cache write turned a good download into « Vérifie ta connexion ».
test('a full storage never turns a good download into a network error', async () => {
  const dir = copyOf(dist);
  const sw = path.join(dir, 'sw.js');
  // Once the worker is in place, the phone's storage is full.
  const full = "self.addEventListener('activate', () => { Cache.prototype.put = () => Promise.reject(new DOMException('full', 'QuotaExceededError')); });\n";
  writeFileSync(sw, full + readFileSync(sw, 'utf8'));
  const server = await serveSwitchable(dir);
  const page = await phonePage(browser);
  await page.goto(server.origin + '/');
  await waitForWorker(page, { data: false });
  await page.goto(server.origin + link);
  await page.locator('[data-testid="results"]').waitFor();
  assert.deepEqual(await names(page), ['Afev', 'La Clé']);
  await page.context().close();
  await server.close();
});

// Finding 10: two builds on one origin deleted each other's offline shell.
test('two builds on one origin (/ and /mentorat/) keep their own caches and both work offline', async () => {
  const both = mkdtempSync(path.join(tmpdir(), 'ttm-two-'));
  cpSync(dist, both, { recursive: true });
  cpSync(path.join(distSubpath, 'mentorat'), path.join(both, 'mentorat'), { recursive: true });
  const server = await serveSwitchable(both);
  const page = await phonePage(browser);
  await page.goto(server.origin + '/');
  await waitForWorker(page);
  await page.goto(server.origin + '/mentorat/');
  // The root's registration covers /mentorat/ too: wait for the sub-path's own.
  await until(page, async () => (await navigator.serviceWorker.getRegistrations()).some((r) => r.scope.endsWith('/mentorat/') && r.active));
  await until(page, async () => (await caches.keys()).filter((n) => n.includes('-shell-')).length === 2);
  await server.close();
  for (const at of ['/', '/mentorat/']) {
    await page.goto(server.origin + at);
    await page.getByRole('link', { name: 'Commencer' }).waitFor();
  }
  await page.context().close();
});

// Finding 12: the precache stored any 2xx answer as the file.
test('a new release whose wasm comes back as an HTML page fails to install, and the old version stays', async () => {
  const oldDir = copyOf(dist);
  const newDir = copyOf(distUpdate);
  const wasm = readdirSync(newDir).find((f) => /^trouve-ton-mentor-.*_bg\.wasm$/.test(f));
  const server = await serveSwitchable(oldDir);
  const page = await phonePage(browser);
  await page.goto(server.origin + '/questionnaire');
  await waitForWorker(page);
  const label = await page.locator('.version').textContent();
  server.setRoot(newDir);
  // A host's fallback while a deploy is half done: every unknown path answers the home page.
  server.setAnswer((p) => (p.startsWith('/' + wasm) ? { status: 200, type: 'text/html', body: '<!doctype html><title>Accueil</title>' } : null));
  await page.reload();
  await until(page, async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    return reg && !reg.installing;
  });
  await page.waitForTimeout(500);
  assert.equal(await page.locator('.update-banner').count(), 0, 'no update offered');
  server.setAnswer(null);
  server.setRoot(oldDir);
  await page.context().setOffline(true);
  await page.reload();
  await page.locator('fieldset legend').first().waitFor();
  assert.equal(await page.locator('.version').textContent(), label, 'the old version still runs');
  await page.context().close();
  await server.close();
});

/** A copy of a build with another schema version, and the worker that goes with it. */
function withSchema(dir, version) {
  for (const file of readdirSync(path.join(dir, 'data')).filter((f) => f.endsWith('.json'))) {
    const at = path.join(dir, 'data', file);
    writeFileSync(at, readFileSync(at, 'utf8').replace(/"schema_version": \d+/, `"schema_version": ${version}`));
  }
  const sw = path.join(dir, 'sw.js');
  writeFileSync(sw, readFileSync(sw, 'utf8').replace(/const SCHEMA_VERSION=\d+;|const SCHEMA_VERSION = \d+;/, `const SCHEMA_VERSION = ${version};`) + '\n// schema test\n');
  return dir;
}

// Finding 14: a schema bump activated offline wiped every territory stored offline.
test('an update of the schema activated offline keeps the territories stored', async () => {
  const oldDir = copyOf(dist);
  const schema = JSON.parse(index).schema_version;
  const newDir = withSchema(copyOf(distUpdate), schema + 100);
  const server = await serveSwitchable(oldDir);
  const page = await phonePage(browser);
  await page.goto(server.origin + '/resultats#territoire=dunkerque&age=16&etape=lycee-techno');
  await waitForWorker(page);
  await page.reload();
  await page.locator('[data-testid="results"]').waitFor();
  await until(page, async (href) => {
    const name = (await caches.keys()).find((n) => /-data-v\d+$/.test(n));
    return Boolean(name && (await (await caches.open(name)).match(href)));
  }, server.origin + '/data/dunkerque.json');
  server.setRoot(newDir);
  await page.goto(server.origin + '/questionnaire');
  await page.locator('.update-banner').waitFor({ timeout: 20_000 });
  await page.context().setOffline(true);
  await page.locator('.update-banner').getByRole('button', { name: 'Mettre à jour' }).click();
  // On a question the footer waits for the results: its label is read, not seen.
  await page.locator('.version', { hasText: 'update-test' }).waitFor({ state: 'attached' });
  await page.goto(server.origin + '/resultats#territoire=dunkerque&age=16&etape=lycee-techno');
  await page.locator('[data-testid="results"]').waitFor();
  await page.context().close();
  await server.close();
});

// The paths other than the young person's are stored when first opened (issue « Lighter by
// design »): an update stores them again in its own version, so that none is lost offline.
test('an update keeps offline the mentors\' path opened before it, in the new version', async () => {
  const server = await serveSwitchable(copyOf(dist));
  const page = await phonePage(browser);
  await page.goto(server.origin + '/devenir-mentor#question=profil&territoire=roubaix');
  await waitForWorker(page);
  await waitForOpened(page, /\/(start-)?adults-[^/]+$/);
  server.setRoot(copyOf(distUpdate));
  await page.goto(server.origin + '/resultats#territoire=roubaix&age=16&etape=lycee-pro');
  await page.locator('.update-banner').getByRole('button', { name: 'Mettre à jour' }).click({ timeout: 20_000 });
  await page.locator('.version', { hasText: 'update-test' }).waitFor();
  await page.context().setOffline(true);
  await page.goto(server.origin + '/devenir-mentor#question=profil&territoire=roubaix');
  await page.locator('fieldset legend').first().waitFor();
  await page.locator('.version', { hasText: 'update-test' }).waitFor({ state: 'attached' });
  assert.equal(await page.getByTestId('needs-network').count(), 0);
  await page.context().close();
  await server.close();
});

// Finding 20: a « data updated » message sent before the app listened was lost.
test('new data found as the page starts reaches this very visit', async () => {
  const dir = copyOf(dist);
  const server = await serveSwitchable(dir);
  const page = await phonePage(browser);
  await page.goto(server.origin + link);
  await waitForWorker(page);
  await page.reload();
  await page.locator('.data-date').waitFor();
  writeFileSync(path.join(dir, 'data/index.json'), JSON.stringify({ ...JSON.parse(index), updated: '2030-02-01' }));
  // A new page load (the same address, or another fragment, would only move to its fragment).
  await page.goto('about:blank');
  await page.goto(server.origin + link);
  await page.locator('.data-date', { hasText: '1 février 2030' }).waitFor({ timeout: 5000 });
  await page.context().close();
  await server.close();
});

// Finding 21: a tab opened on the first visit was never told another tab switched version.
test('a tab opened on the first visit hears that another tab switched version', async () => {
  const oldDir = copyOf(dist);
  const newDir = copyOf(distUpdate);
  const server = await serveSwitchable(oldDir);
  const first = await phonePage(browser);
  await first.goto(server.origin + '/resultats#territoire=roubaix&age=16&etape=lycee-pro');
  await waitForWorker(first);
  const second = await first.context().newPage();
  await second.goto(server.origin + '/questionnaire#question=age');
  server.setRoot(newDir);
  await second.reload();
  await second.locator('.update-banner').waitFor({ timeout: 20_000 });
  await second.locator('.update-banner').getByRole('button', { name: 'Mettre à jour' }).click();
  // On a question the footer waits for the results: its label is read, not seen.
  await second.locator('.version', { hasText: 'update-test' }).waitFor({ state: 'attached' });
  await first.locator('.update-banner', { hasText: 'autre onglet' }).waitFor();
  await first.context().close();
  await server.close();
});

test('a town\'s embed preset to its territory stores that territory from the first visit of its home page', async () => {
  const server = await serveSwitchable(copyOf(dist));
  const page = await phonePage(browser);
  await page.goto(server.origin + '/?embed=1&territoire=dunkerque');
  await waitForWorker(page);
  await until(page, async (href) => {
    const name = (await caches.keys()).find((n) => /-data-v\d+$/.test(n));
    return Boolean(name && (await (await caches.open(name)).match(href)));
  }, server.origin + '/data/dunkerque.json');
  await page.context().setOffline(true);
  await page.goto(server.origin + '/resultats?embed=1&territoire=dunkerque#age=16&etape=lycee-techno');
  await page.locator('[data-testid="results"]').waitFor();
  await page.context().close();
  await server.close();
});

// Findings 15 and 16: the size was checked on compressed bytes; invalid UTF-8 was shown as « � ».
test('a 40 MB file is stopped as it downloads, a file not in UTF-8 is named, each with a message', async () => {
  const dir = copyOf(dist);
  const data = JSON.parse(roubaix);
  const big = { ...data, programmes: Array.from({ length: 20000 }, (_, i) => ({ ...data.programmes[i % data.programmes.length], id: `p${i}-roubaix` })) };
  writeFileSync(path.join(dir, 'data/roubaix.json'), JSON.stringify(big));
  const server = await serveSwitchable(dir);
  const page = await phonePage(browser);
  await page.goto(server.origin + link);
  await page.getByTestId('load-error').filter({ hasText: 'trop gros' }).waitFor({ timeout: 20_000 });
  // Saved as Latin-1 by a Windows editor: « é » is one byte, which is not UTF-8.
  writeFileSync(path.join(dir, 'data/roubaix.json'), Buffer.from(roubaix, 'latin1'));
  await page.goto('about:blank');
  await page.goto(server.origin + link);
  await page.getByTestId('load-error').filter({ hasText: 'data/roubaix.json' }).filter({ hasText: 'UTF-8' }).waitFor();
  await page.context().close();
  await server.close();
});

// Finding 23: a link too long gave an empty image; a second request answered the first.
test('the QR worker answers each request in turn, and a text too long for a QR code with nothing', async () => {
  const server = await serveSwitchable(dist);
  const page = await phonePage(browser);
  await page.goto(server.origin + link);
  await page.locator('[data-testid="results"]').waitFor();
  const answers = await page.evaluate(async () => {
    const share = performance.getEntriesByType('resource').map((e) => e.name).find((n) => n.endsWith('/src/browser.js'));
    const { qr_svg } = await import(share);
    const loader = new URL('qr_loader.js', document.baseURI).href;
    const [a, b, long] = await Promise.all([qr_svg(loader, 'https://a.fr/un'), qr_svg(loader, 'https://a.fr/deux'), qr_svg(loader, 'x'.repeat(5000))]);
    return { a: a.length, b: b.length, same: a === b, long };
  });
  assert.ok(answers.a > 100 && answers.b > 100 && !answers.same, JSON.stringify(answers));
  assert.equal(answers.long, '', 'too long: nothing, and the sheet says so (print_sheet.rs, Qr::TooLong)');
  await page.context().close();
  await server.close();
});
