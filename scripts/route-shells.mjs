// Writes <route>/index.html for every route of the app (those of src/app.rs), so that a deep link
// opens on a plain static server with no rewrite rules, and 404.html for hosts that serve it.
// Each copy paints that route's heading before the wasm runs, where the app will draw it: the page
// is never blank and nothing jumps when the app takes over (no layout shift).
// Usage: node scripts/route-shells.mjs <dist dir>
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const dist = process.argv[2];
if (!dist) throw new Error('usage: node scripts/route-shells.mjs <dist dir>');
const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
const shell = /<section class="home" data-shell>[\s\S]*?<\/section>/;
if (!shell.test(html)) throw new Error('route-shells: no <section data-shell> in index.html');

const loading = '<p class="loading" role="status">Chargement…</p>';
const routes = {
  questionnaire: `<section class="questionnaire">${loading}</section>`,
  resultats: `<section class="results"><h1>Les programmes pour toi</h1>${loading}</section>`,
  integrer: `<section class="embed-guide"><h1>Intégrer Trouve ton mentor à votre site</h1>${loading}</section>`,
  accessibilite: `<section class="statement"><h1>Déclaration d'accessibilité</h1>${loading}</section>`,
};
for (const [route, section] of Object.entries(routes)) {
  mkdirSync(path.join(dist, route), { recursive: true });
  writeFileSync(path.join(dist, route, 'index.html'), html.replace(shell, section));
}
writeFileSync(path.join(dist, '404.html'), html.replace(shell, `<section>${loading}</section>`));
console.log(`route shells: ${Object.keys(routes).join(', ')}, 404.html`);
