// Writes sw.js into a built dist/ with the precache list of that very build: every file of the
// app shell, each with a revision (its content hash) unless Trunk already put a hash in its name.
// Never a hand-kept list. It fills the `self.__WB_MANIFEST` placeholder of pwa/service-worker.js,
// the same contract as Workbox's injectManifest.
// Usage: node scripts/precache.mjs <dist dir>
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const dist = process.argv[2];
if (!dist) throw new Error('usage: node scripts/precache.mjs <dist dir>');
const root = path.resolve(import.meta.dirname, '..');

const SHELL = /\.(html|js|wasm|css|svg|png|webmanifest)$/;
// The dataset has its own stale-while-revalidate cache; the host script and the demo host page
// run in the host's page.
const IGNORED = /^(sw\.js|404\.html|embed\.js|demo-hote\..*|data\/.*)$/;
// Trunk's hashed names (name-<16 hex>[_bg].ext) change with their content.
const HASHED = /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/;

const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full);
    else files.push(path.relative(dist, full).split(path.sep).join('/'));
  }
})(dist);

const manifest = files
  .filter((f) => SHELL.test(f) && !IGNORED.test(f))
  .map((url) => ({
    url,
    revision: HASHED.test(url) ? null : createHash('md5').update(readFileSync(path.join(dist, url))).digest('hex'),
  }));
if (!manifest.some((e) => e.url.endsWith('.wasm')) || !manifest.some((e) => e.url === 'index.html')) {
  throw new Error(`precache: the shell is incomplete: ${JSON.stringify(manifest)}`);
}

const source = readFileSync(path.join(root, 'pwa/service-worker.js'), 'utf8');
if (!source.includes('self.__WB_MANIFEST')) throw new Error('precache: no self.__WB_MANIFEST in the worker');
writeFileSync(path.join(dist, 'sw.js'), source.replace('self.__WB_MANIFEST', JSON.stringify(manifest)));
const size = manifest.reduce((s, e) => s + statSync(path.join(dist, e.url)).size, 0);
console.log(`precache: ${manifest.length} files, ${(size / 1024).toFixed(0)} KiB, in ${path.join(dist, 'sw.js')}`);
