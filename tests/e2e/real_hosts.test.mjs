// What production does and the test server did not: a host that redirects like Cloudflare Pages,
// a deploy that answers HTML or a newer schema at the dataset's address, a host that alternates
// two versions, a stale Content-Security-Policy header, a data update while a young person types,
// and files of the site opened directly once the worker is installed.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { buildCopies, dist, launch, phonePage, securityHeaders, serveSwitchable, waitForWorker } from './support.mjs';

let browser;
const copyOf = buildCopies();
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const shipped = readFileSync(path.join(dist, 'data/index.json'), 'utf8');
const names = (page) => page.locator('[data-testid="result"] h3').allTextContents();
const link = '/resultats#territoire=roubaix&age=8&etape=ecole';

test('on a host that redirects like Cloudflare Pages: second visit online, then offline', async () => {
  const server = await serveSwitchable(copyOf(dist), { redirects: true });
  const page = await phonePage(browser);
  // /resultats → 308 /resultats/: the app knows its page with a trailing slash too.
  await page.goto(server.origin + link);
  await page.locator('[data-testid="results"]').waitFor();
  assert.match(page.url(), /\/resultats\/#territoire=roubaix/);
  await waitForWorker(page);
  assert.ok(server.log.includes('/index.html') === false, 'the worker never precaches a redirecting address');

  for (const online of [true, false]) {
    if (!online) await server.close();
    for (const path of [link, '/questionnaire#question=age&territoire=roubaix', '/']) {
      await page.goto(server.origin + path);
      await page.locator('h1').first().waitFor();
      assert.notEqual(await page.locator('h1').first().textContent(), '', path);
    }
    await page.goto(server.origin + link);
    // The cards are drawn once the wasm and the dataset are in: wait for them, never race them.
    await page.locator('[data-testid="result"]').first().waitFor();
    assert.deepEqual([...(await names(page))].sort(), ['Afev', 'La Clé'], online ? 'online' : 'offline');
  }
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('once installed, only the app\'s routes get the app: the site\'s files open as themselves', async () => {
  const server = await serveSwitchable(copyOf(dist));
  const page = await phonePage(browser);
  await page.goto(server.origin + '/');
  await waitForWorker(page);
  await page.goto(server.origin + '/data/index.json');
  assert.match(await page.locator('body').textContent(), /"schema_version"/);
  await page.goto(server.origin + '/embed.js');
  assert.match(await page.locator('body').textContent(), /data-trouve-ton-mentor/);
  await page.goto(server.origin + '/demo-hote.html');
  assert.equal(await page.locator('text=Cette page n\'existe pas').count(), 0);
  // A file with no type is downloaded, as the server meant, instead of showing the app.
  const download = page.waitForEvent('download');
  await page.goto(server.origin + '/_headers').catch((e) => assert.match(String(e), /Download is starting/));
  assert.equal((await download).suggestedFilename(), '_headers');
  await page.context().close();
  await server.close();
});

test('a good dataset is never replaced by a bad one, and alternating versions never loop', async () => {
  const server = await serveSwitchable(copyOf(dist));
  const page = await phonePage(browser);
  await page.goto(server.origin + link);
  await waitForWorker(page);
  await page.locator('[data-testid="results"]').waitFor();

  const newer = JSON.stringify({ ...JSON.parse(shipped), schema_version: 999 });
  for (const [what, answer] of [
    ['an HTML page', { body: '<!doctype html><title>Maintenance</title>', type: 'text/html' }],
    ['a truncated file', { body: shipped.slice(0, 2000) }],
    ['a newer schema', { body: newer }],
  ]) {
    server.setAnswer((p) => (p === '/data/index.json' ? answer : null));
    for (let visit = 0; visit < 2; visit++) {
      await page.goto(server.origin + link);
      await page.locator('[data-testid="results"]').waitFor();
      assert.deepEqual([...(await names(page))].sort(), ['Afev', 'La Clé'], `${what}, visit ${visit + 1}`);
    }
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      const response = await caches.match(new URL('data/index.json', document.baseURI).href);
      return { names, text: await response.text() };
    });
    assert.equal(cached.text, shipped, `${what} is not stored`);
    assert.ok(cached.names.some((n) => n.endsWith('-data-v' + JSON.parse(shipped).schema_version)), cached.names.join());
  }

  // A host that answers two versions in turn: one update at most, never a reload loop.
  let turn = 0;
  const other = JSON.stringify({ ...JSON.parse(shipped), updated: '2030-01-01' });
  server.setAnswer((p) => (p === '/data/index.json' ? { body: turn++ % 2 ? shipped : other } : null));
  const before = server.log.length;
  await page.goto(server.origin + link);
  await page.locator('[data-testid="results"]').waitFor();
  await page.waitForTimeout(3000);
  const asked = server.log.slice(before).filter((p) => p === '/data/index.json').length;
  assert.ok(asked <= 3, `the dataset was asked ${asked} times in 3 s`);
  assert.deepEqual(page.errors, []);
  await page.context().close();
  await server.close();
});

test('a data update keeps the question on screen, the half-typed age and the focus', async () => {
  const server = await serveSwitchable(copyOf(dist));
  const page = await phonePage(browser);
  await page.goto(server.origin + '/questionnaire');
  await waitForWorker(page);
  // The next copy of the dataset is new, and slow: it arrives while the young person types.
  const updated = JSON.stringify({ ...JSON.parse(shipped), updated: '2030-01-01' });
  server.setAnswer((p) => (p === '/data/index.json' ? { body: updated, delay: 1500 } : null));
  const dataRequests = [];
  page.on('request', (r) => r.url().endsWith('/data/index.json') && dataRequests.push(r.url()));
  await page.goto(server.origin + '/questionnaire#question=age&territoire=roubaix');
  const age = page.getByLabel('Ton âge, en années');
  await age.click();
  await age.pressSequentially('1');
  // The worker stored the new copy and told the page, which read the data again.
  await page.waitForFunction(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('/data/index.json')).length >= 2);
  await page.waitForTimeout(300);
  assert.equal(await age.inputValue(), '1');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'age', 'the focus stays in the field');
  await page.goto(server.origin + link);
  await page.locator('.data-date', { hasText: '1 janvier 2030' }).waitFor();
  await page.context().close();
  await server.close();
});

test('a stale security header from an older build never stops the page from starting', async () => {
  const headers = securityHeaders(dist);
  // The header an older build wrote: with the hash of its own inline start-up script.
  headers['Content-Security-Policy'] = headers['Content-Security-Policy'].replace(
    "script-src 'self' 'wasm-unsafe-eval'",
    "script-src 'self' 'wasm-unsafe-eval' 'sha256-OldBuildOldBuildOldBuildOldBuildOldBuildOld='",
  );
  const server = await serveSwitchable(dist, { headers });
  const page = await phonePage(browser);
  await page.goto(server.origin + link);
  await page.locator('[data-testid="results"]').waitFor();
  assert.deepEqual(page.errors, []);
  const inline = await page.evaluate(() => [...document.scripts].filter((s) => !s.src).length);
  assert.equal(inline, 0, 'no inline script is left for a header to block');
  await page.context().close();
  await server.close();
});
