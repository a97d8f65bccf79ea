// Prints the brotli-compressed size of everything a first visit downloads, against the budget.
// Usage: node scripts/budget.mjs [dist dir] [--check]
// --check exits non-zero when a ceiling of budget.json is passed. The ceilings are a ratchet: set
// just above what was reached, they only go down; the targets are the aim.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const check = args.includes('--check');
const dist = path.resolve(args.find((a) => !a.startsWith('--')) ?? path.join(root, 'dist'));
const budget = JSON.parse(readFileSync(path.join(root, 'budget.json'), 'utf8'));

const brotli = (file) =>
  brotliCompressSync(readFileSync(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

// What a first visit fetches: the page, what it links, the wasm-bindgen snippets, the dataset,
// the manifest and its icons, the service worker.
const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
const linked = [...html.matchAll(/(?:href|src|module_or_path:)\s*=?\s*['"]\/?([^'"#?]+)['"]/g)]
  .map((m) => m[1].replace(/^\//, ''))
  .filter((f) => !f.startsWith('http'));
const snippets = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full);
    else snippets.push(path.relative(dist, full));
  }
};
walk(path.join(dist, 'snippets'));
const manifest = JSON.parse(readFileSync(path.join(dist, 'manifest.webmanifest'), 'utf8'));
const files = [
  ...new Set(['index.html', ...linked, ...snippets, 'data/programmes.json', ...manifest.icons.map((i) => i.src), 'sw.js']),
].filter((f) => {
  try {
    return statSync(path.join(dist, f)).isFile();
  } catch {
    return false;
  }
});

const rows = files.map((f) => ({ file: f, raw: statSync(path.join(dist, f)).size, br: brotli(path.join(dist, f)) }));
const kb = (n) => (n / 1000).toFixed(1).padStart(7);
console.log(`first visit of ${path.relative(root, dist) || '.'} (KB = 1000 bytes, brotli quality 11)`);
for (const r of rows.sort((a, b) => b.br - a.br)) console.log(`${kb(r.br)} KB br ${kb(r.raw)} KB raw  ${r.file}`);
const total = rows.reduce((s, r) => s + r.br, 0);
const wasm = rows.filter((r) => r.file.endsWith('.wasm')).reduce((s, r) => s + r.br, 0);
console.log(`total ${kb(total)} KB br   ceiling ${budget.ceiling.total_kb} KB   target ${budget.target.total_kb} KB`);
console.log(`wasm  ${kb(wasm)} KB br   ceiling ${budget.ceiling.wasm_kb} KB   target ${budget.target.wasm_kb} KB`);

if (check) {
  const over = [];
  if (total / 1000 > budget.ceiling.total_kb) over.push(`total ${kb(total)} KB > ${budget.ceiling.total_kb} KB`);
  if (wasm / 1000 > budget.ceiling.wasm_kb) over.push(`wasm ${kb(wasm)} KB > ${budget.ceiling.wasm_kb} KB`);
  if (!files.some((f) => f.endsWith('.wasm'))) over.push('no wasm found: the list of first-visit files is wrong');
  if (over.length) {
    console.error(`over budget: ${over.join('; ')}`);
    process.exit(1);
  }
  console.log('within the ceilings');
}
