// Writes sw.js into a built dist/ with the precache list of that very build: every file of the
// young person's path (the rest is stored when first opened, see OPENED_FILE), each with its revision, the truncated SHA-256 of its body, which the worker checks
// when it installs (a host that answers with something else fails the install, and the old
// version stays).
// Never a hand-kept list. It fills the `self.__WB_MANIFEST` placeholder of pwa/service-worker.js,
// the same contract as Workbox's injectManifest, and the worker's other facts from their one
// source: the app's routes (src/routes.json), the dataset's schema version (the build's own data
// file) and the messages the page and the worker exchange (`MESSAGES` in src/pwa.js).
// Pages are listed at their canonical address (`questionnaire/`, not `questionnaire/index.html`,
// which hosts like Cloudflare Pages redirect).
// Usage: node scripts/precache.mjs <dist dir>
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { minified } from './minify.mjs';
import { readJson } from './read-json.mjs';

const dist = process.argv[2];
if (!dist) throw new Error('usage: node scripts/precache.mjs <dist dir>');
const root = path.resolve(import.meta.dirname, '..');

const SHELL = /\.(html|js|wasm|css|svg|png|webmanifest)$/;
// Every language works offline after one visit: the interface's texts and the translations of the
// dataset's index at install; a territory's translations are data, kept as they are read (the
// worker's TRANSLATION_FILE), never listed here.
const LANGUAGES = /^(i18n\/(adultes\/)?[a-z]{2}|data\/i18n\/[a-z]{2}\/index)\.json$/;
// The communes of the dataset's territories are found offline; the rest of France's, sliced, are
// downloaded when a search needs them (scripts/communes.mjs).
const COMMUNES = /^data\/recherche\/territoires\.json$/;
// The dataset has its own stale-while-revalidate cache; the host script and the demo host page
// run in the host's page.
const IGNORED = /^(sw\.js|404\.html|embed\.js|demo-hote\..*|data\/.*)$/;

// What a page never opened says offline, in every language at once (no script, no wasm: the
// worker serves it as it is): written here, precached with the young person's path.
const NEEDS_NETWORK = 'hors-connexion.html';
{
  const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const css = readdirSync(dist).find((name) => /^main-.*\.css$/.test(name));
  const says = readJson(path.join(root, 'i18n/languages.json')).languages.map(({ id, dir }) => {
    const texts = readJson(path.join(root, `i18n/${id}.json`));
    return `<p lang="${id}" dir="${dir}">${escape(texts['static.offline.text'])} <a href="./">${escape(texts['static.offline.home'])}</a></p>`;
  });
  writeFileSync(
    path.join(dist, NEEDS_NETWORK),
    '<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
      `<title>Trouve ton mentor</title>${css ? `<link rel="stylesheet" href="${css}">` : ''}</head>` +
      `<body><div class="app"><main id="contenu" class="page"><div class="notice" role="status" data-testid="needs-network">${says.join('')}</div></main></div></body></html>\n`,
  );
}

// The home page, written by the build, registers the worker itself while it starts no app
// (src/lang.js): release builds only, which have one.
{
  const home = path.join(dist, 'index.html');
  const html = readFileSync(home, 'utf8');
  if (!/<html data-start-later/.test(html)) throw new Error('precache: the home page is not the one scripts/route-shells.mjs writes');
  writeFileSync(home, html.replace(/<html data-start-later(?! data-worker)/, '<html data-start-later data-worker'));
}

const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full);
    else files.push(path.relative(dist, full).split(path.sep).join('/'));
  }
})(dist);

const routesJson = readJson(path.join(root, 'src/routes.json'));
// The young person's path is stored at install: home, questions, results, their wasm, the
// interface's texts. Every other path — the adults' app (the mentors' path, the directory, their
// texts), the static pages, the QR worker of a printed sheet — is stored when first opened (the
// worker's `OPENED`), so a first visit does not download them all.
const openedPages = routesJson.filter((r) => r.app || r.static).map((r) => r.path + '/');
// The pages of one app are stored together (the mentors' results with their questions), so that a
// link to any of them works offline once one was opened; a static page is its own group.
const groupOf = new Map(routesJson.filter((r) => r.app || r.static).map((r) => [r.path + '/', r.app ?? r.path]));
const OPENED_FILE = /^((start-)?(adults|keepers)-[^/]+|snippets\/[^/]+\/src\/keepers\.js|i18n\/adultes\/[a-z]{2}\.json|qr[._][^/]+|integrer\.js)$/;

const canonical = (file) => (file === 'index.html' ? '' : file.replace(/\/index\.html$/, '/'));
const everything = files
  .filter((f) => (SHELL.test(f) && !IGNORED.test(f)) || LANGUAGES.test(f) || COMMUNES.test(f))
  .map((file) => ({
    file,
    url: canonical(file),
    // 72 bits of SHA-256 (the worker computes the same, src: pwa/service-worker.js `sha256`):
    // enough to tell the file built from another body, which is what the check is for; every
    // first visit downloads the list (96 bits weighed 0.2 KB more).
    revision: createHash('sha256').update(readFileSync(path.join(dist, file))).digest('base64url').slice(0, 12),
  }));
const whenOpened = (e) => openedPages.some((page) => e.url.startsWith(page)) || OPENED_FILE.test(e.file);
const manifest = everything.filter((e) => !whenOpened(e));
const opened = everything.filter(whenOpened);
if (!manifest.some((e) => e.url.endsWith('.wasm')) || !manifest.some((e) => e.url === '')) {
  throw new Error(`precache: the shell is incomplete: ${JSON.stringify(manifest)}`);
}
for (const app of ['adults', 'keepers']) {
  if (!opened.some((e) => new RegExp(`^${app}-.*\\.wasm$`).test(e.url))) throw new Error(`precache: the ${app} wasm is not in the build`);
}

const routes = routesJson.map((r) => r.path);
const schemaVersion = readJson(path.join(dist, 'data/index.json')).schema_version;
if (!Number.isInteger(schemaVersion)) throw new Error('precache: the build\'s dataset has no schema_version');
const messages = readFileSync(path.join(root, 'src/pwa.js'), 'utf8').match(/export const MESSAGES = (\{[^}]*\});/);
if (!messages) throw new Error('precache: no `export const MESSAGES = {…};` in src/pwa.js');

let source = readFileSync(path.join(root, 'pwa/service-worker.js'), 'utf8');
for (const [placeholder, value] of [
  ['self.__WB_MANIFEST', JSON.stringify(manifest.map(({ url, revision }) => ({ url, revision })))],
  ['self.__TTM_OPENED', JSON.stringify(opened.map(({ url, revision }) => ({ url, revision, ...(groupOf.has(url) && { group: groupOf.get(url) }) })))],
  ['self.__TTM_NEEDS_NETWORK', JSON.stringify(NEEDS_NETWORK)],
  ['self.__TTM_ROUTES', JSON.stringify(routes)],
  ['self.__TTM_SCHEMA_VERSION', String(schemaVersion)],
  ['self.__TTM_MESSAGES', messages[1]],
]) {
  if (!source.includes(placeholder)) throw new Error(`precache: no ${placeholder} in the worker`);
  source = source.replace(placeholder, value);
}
// Every first visit downloads the worker: minified (its comments are for the source, not for it).
writeFileSync(path.join(dist, 'sw.js'), await minified(source, { module: false }));
const size = (list) => (list.reduce((s, e) => s + statSync(path.join(dist, e.file)).size, 0) / 1024).toFixed(0);
console.log(`precache: ${manifest.length} files, ${size(manifest)} KiB; stored when first opened: ${opened.length} files, ${size(opened)} KiB; in ${path.join(dist, 'sw.js')}`);
