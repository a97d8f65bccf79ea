// Writes <route>/index.html for every route of src/routes.json (the one list of routes), so that a
// deep link opens on a plain static server with no rewrite rules, and 404.html for hosts that
// serve it. Each copy paints that route's heading before the wasm runs, where the app will draw
// it: the page is never blank and nothing jumps when the app takes over (no layout shift).
// Usage: node scripts/route-shells.mjs <dist dir>
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const dist = process.argv[2];
if (!dist) throw new Error('usage: node scripts/route-shells.mjs <dist dir>');
const root = path.resolve(import.meta.dirname, '..');
const routes = JSON.parse(readFileSync(path.join(root, 'src/routes.json'), 'utf8'));
const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
// The quotes may be gone: release builds are minified.
const shell = /<section class="?home"? data-shell>[\s\S]*?<\/section>/;
if (!shell.test(html)) throw new Error('route-shells: no <section data-shell> in index.html');

const home = routes.find((r) => r.path === '');
if (!html.includes(`<h1>${home.heading}</h1>`)) throw new Error(`route-shells: index.html does not paint « ${home.heading} »`);
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const loading = '<p class="loading" role="status">Chargement…</p>';
const written = [];
// A page that needs no interaction (« static » in src/routes.json) is written whole, with no app
// code: its text never weighs in the wasm, and it opens with no wasm at all. Its skip link names
// the page itself: under <base>, a bare `#contenu` would lead to the home page.
// A static page's template may hold these, filled from their one source: the dataset's
// territories, the sandbox of the host script, and this build's security headers (written first).
const header = /<header class="?site-header"?>[\s\S]*?<\/header>/;
const dataset = JSON.parse(readFileSync(path.join(dist, 'data/programmes.json'), 'utf8'));
const sandbox = readFileSync(path.join(root, 'public/embed.js'), 'utf8').match(/var SANDBOX = '([^']+)'/);
if (!sandbox) throw new Error("route-shells: no `var SANDBOX = '…'` in public/embed.js");
const fills = {
  territories: dataset.territories.map((t) => `<option value="${escape(t.id)}">${escape(t.area)}</option>`).join(''),
  territory_ids: dataset.territories.map((t) => t.id).join(' ou '),
  sandbox: sandbox[1],
  headers: () => escape(readFileSync(path.join(dist, '_headers'), 'utf8')),
};
const fill = (template) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, key) => {
    if (!(key in fills)) throw new Error(`route-shells: unknown {{${key}}} in a static page`);
    return typeof fills[key] === 'function' ? fills[key]() : fills[key];
  });
const staticPage = (route) =>
  html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link\b[^>]*\brel="?(modulepreload|preload)"?[^>]*>/g, '')
    .replace(shell, () => fill(readFileSync(path.join(root, route.static), 'utf8')))
    .replace(header, `<header class="site-header"><a class="skip-link" href="${route.path}/#contenu">Aller au contenu</a><a class="brand" href="./">Trouve ton mentor</a></header>`);
for (const route of routes.filter((r) => r.path !== '')) {
  const heading = route.heading ? `<h1>${escape(route.heading)}</h1>` : '';
  const page = route.static ? staticPage(route) : html.replace(shell, `<section class="${route.section}">${heading}${loading}</section>`);
  if (route.static && /_bg\.wasm|start-[0-9a-f]+\.js|modulepreload/.test(page)) throw new Error(`route-shells: ${route.path} must run no app code`);
  mkdirSync(path.join(dist, route.path), { recursive: true });
  writeFileSync(path.join(dist, route.path, 'index.html'), page);
  written.push(route.static ? `${route.path} (static)` : route.path);
}
writeFileSync(path.join(dist, '404.html'), html.replace(shell, `<section>${loading}</section>`));
console.log(`route shells: ${written.join(', ')}, 404.html`);
