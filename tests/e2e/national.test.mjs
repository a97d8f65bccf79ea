// A national dataset (100 territories of 80 programmes), generated from the shipped one: the first
// visit grows by at most 3 KB brotli from 2 to 100 territories, a results deep link downloads the
// index and that territory's file only, and works offline after one visit.
import assert from 'node:assert/strict';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { brotliBytes } from '../../scripts/brotli.mjs';
import { withoutExcerpts } from '../../scripts/excerpts-apart.mjs';
import { buildCopies, dist, launch, phonePage, serveStatic, serveSwitchable, waitForWorker, until } from './support.mjs';

const TERRITORIES = 100;
const PROGRAMMES = 80;
const copyOf = buildCopies();

/** A copy of the build whose data has 100 territories of 80 programmes, each file of the split. */
function nationalBuild() {
  const dir = copyOf(dist);
  const index = JSON.parse(readFileSync(path.join(dir, 'data/index.json'), 'utf8'));
  // The programmes as published (with their excerpts), each file then served as the build serves
  // a territory's (scripts/excerpts-apart.mjs).
  const shipped = index.territories.flatMap((t) => JSON.parse(readFileSync(path.join(dir, `data/extraits/${t.id}.json`), 'utf8')).programmes);
  for (const t of index.territories) rmSync(path.join(dir, `data/${t.id}.json`));
  const territories = [];
  for (let n = 1; n <= TERRITORIES; n++) {
    const id = `territoire-${String(n).padStart(3, '0')}`;
    const model = index.territories[n % index.territories.length];
    territories.push({ ...model, id, name: `Territoire ${n}`, codes: { communes: [String(1000 + n).padStart(5, '0')] } });
    const programmes = Array.from({ length: PROGRAMMES }, (_, i) => {
      const p = shipped[i % shipped.length];
      return { ...p, id: `${p.id.replace(/-[a-z]+$/, '')}-${i}-${id}`, territory: id };
    });
    const published = JSON.stringify({ schema_version: index.schema_version, territory: id, programmes });
    writeFileSync(path.join(dir, `data/${id}.json`), withoutExcerpts(published, `${id}.json`));
  }
  writeFileSync(path.join(dir, 'data/index.json'), JSON.stringify({ ...index, territories }));
  return dir;
}

let browser;
let national;
let servers = [];
before(async () => {
  browser = await launch();
  national = nationalBuild();
});
after(async () => {
  await browser?.close();
  servers.forEach((s) => s.close());
});

const brotli = (file) => brotliBytes(readFileSync(file));

/** What the page itself downloads from its origin while `visit` runs, by path. */
async function downloaded(dir, visit) {
  const server = await serveStatic(dir);
  servers.push(server);
  const page = await phonePage(browser);
  const paths = [];
  page.on('request', (r) => r.url().startsWith(server.origin) && paths.push(new URL(r.url()).pathname));
  await visit(page, server.origin);
  await page.context().close();
  return [...new Set(paths)].sort();
}

// The first page that reads the dataset (the home page reads none: it is written by the build).
const home = async (page, origin) => {
  await page.goto(origin + '/questionnaire');
  await page.locator('h1').first().waitFor();
  await page.waitForLoadState('networkidle');
};
const bytes = (dir, paths) =>
  paths.reduce((sum, p) => {
    const file = path.join(dir, p);
    return sum + brotli(statSync(file).isDirectory() ? path.join(file, 'index.html') : file);
  }, 0);

test('the first visit grows by at most 3 KB brotli from 2 to 100 territories', async () => {
  const two = await downloaded(dist, home);
  const hundred = await downloaded(national, home);
  assert.deepEqual(hundred, two, 'the same files');
  assert.ok(two.includes('/data/index.json'), two.join(', '));
  assert.ok(!two.some((p) => /^\/data\/(?!index\.json)[^/]+\.json$/.test(p)), `no territory file on the home page: ${two.join(', ')}`);
  // Each build's files compressed once (brotli 11 on the wasm is the slow part of this test).
  const [before, after] = [bytes(dist, two), bytes(national, hundred)];
  const growth = after - before;
  console.log(`first visit: ${before} B br with 2 territories, ${after} B br with ${TERRITORIES} (+${growth} B)`);
  assert.ok(growth <= 3000, `the first visit grew by ${growth} B brotli`);
});

test('a results deep link downloads the index and its territory\'s file only', async () => {
  const paths = await downloaded(national, async (page, origin) => {
    await page.goto(origin + '/resultats#territoire=territoire-042&age=16');
    await page.locator('[data-testid="results"]').waitFor();
    assert.ok((await page.locator('[data-testid="result"]').count()) > 0);
  });
  const data = paths.filter((p) => /^\/data\/[^/]+\.json$/.test(p));
  assert.deepEqual(data, ['/data/index.json', '/data/territoire-042.json']);
});

test('offline after one visit, the territory opened still shows its programmes', async () => {
  const server = await serveSwitchable(national);
  const page = await phonePage(browser);
  const link = server.origin + '/resultats#territoire=territoire-007&age=16';
  await page.goto(link);
  await page.locator('[data-testid="results"]').waitFor();
  await waitForWorker(page);
  // Read before the worker took control, the territory's file is read again through it.
  await until(page, async () => Boolean(await caches.match(new URL('data/territoire-007.json', document.baseURI).href)));
  const online = await page.locator('[data-testid="result"]').count();
  await server.close();
  await page.reload();
  await page.locator('[data-testid="results"]').waitFor();
  assert.equal(await page.locator('[data-testid="result"]').count(), online);
  await page.context().close();
});
