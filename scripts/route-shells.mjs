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
const shell = /<section class="home" data-shell>[\s\S]*?<\/section>/;
if (!shell.test(html)) throw new Error('route-shells: no <section data-shell> in index.html');

const home = routes.find((r) => r.path === '');
if (!html.includes(`<h1>${home.heading}</h1>`)) throw new Error(`route-shells: index.html does not paint « ${home.heading} »`);
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const loading = '<p class="loading" role="status">Chargement…</p>';
const written = [];
for (const route of routes.filter((r) => r.path !== '')) {
  const heading = route.heading ? `<h1>${escape(route.heading)}</h1>` : '';
  mkdirSync(path.join(dist, route.path), { recursive: true });
  writeFileSync(path.join(dist, route.path, 'index.html'), html.replace(shell, `<section class="${route.section}">${heading}${loading}</section>`));
  written.push(route.path);
}
writeFileSync(path.join(dist, '404.html'), html.replace(shell, `<section>${loading}</section>`));
console.log(`route shells: ${written.join(', ')}, 404.html`);
