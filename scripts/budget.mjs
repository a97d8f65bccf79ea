// Prints the brotli-compressed size of everything a first visit downloads, against the budget,
// and the same for the bare Leptos page of bare/ (the framework's floor), with their ratio.
// Usage: node scripts/budget.mjs [dist dir] [--bare dist-bare] [--check]
// What a first visit downloads is declared in budget.json (`first_visit`): --check fails when a
// declared file is missing from the build, so moving bytes to another file never counts as
// saving them, and when a ceiling is passed or broken (scripts/budget-ratchet.mjs: a ceiling
// raised without an allowance, or more than 1 KB above what is measured); the targets are the aim.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliBytes } from './brotli.mjs';
import { previousBudget, ratchet } from './budget-ratchet.mjs';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const check = args.includes('--check');
const bareAt = args.indexOf('--bare');
const bareDist = bareAt >= 0 ? path.resolve(args[bareAt + 1]) : null;
const dist = path.resolve(args.find((a, i) => !a.startsWith('--') && !(bareAt >= 0 && i === bareAt + 1)) ?? path.join(root, 'dist'));
const budget = JSON.parse(readFileSync(path.join(root, 'budget.json'), 'utf8'));

const brotli = (file) => brotliBytes(readFileSync(file));

function allFiles(dir) {
  const found = [];
  (function walk(at) {
    for (const name of readdirSync(at)) {
      const full = path.join(at, name);
      if (statSync(full).isDirectory()) walk(full);
      else found.push(path.relative(dir, full).split(path.sep).join('/'));
    }
  })(dir);
  return found;
}

/** `*` stands for any characters but `/`, `?` for one of them, `**` for any. */
const pattern = (glob) =>
  new RegExp('^' + glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*/g, '\u0000').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]').replace(/\u0000/g, '.*') + '$');

/** The files of `dir` a first visit downloads, by the declared patterns, and the patterns that match nothing. */
function firstVisit(dir, globs) {
  const files = allFiles(dir);
  const missing = globs.filter((g) => !files.some((f) => pattern(g).test(f)));
  const chosen = files.filter((f) => globs.some((g) => pattern(g).test(f)));
  const rows = chosen.map((file) => ({ file, raw: statSync(path.join(dir, file)).size, br: brotli(path.join(dir, file)) }));
  const sum = (keep) => rows.filter(keep).reduce((s, r) => s + r.br, 0);
  return { rows, missing, total: sum(() => true), wasm: sum((r) => r.file.endsWith('.wasm')) };
}

const kb = (n) => (n / 1000).toFixed(1).padStart(7);
const app = firstVisit(dist, budget.first_visit.app);
console.log(`first visit of ${path.relative(root, dist) || '.'} (KB = 1000 bytes, brotli quality 11)`);
for (const r of app.rows.sort((a, b) => b.br - a.br)) console.log(`${kb(r.br)} KB br ${kb(r.raw)} KB raw  ${r.file}`);
console.log(`total ${kb(app.total)} KB br   ceiling ${budget.ceiling.total_kb} KB   target ${budget.target.total_kb} KB`);
console.log(`wasm  ${kb(app.wasm)} KB br   ceiling ${budget.ceiling.wasm_kb} KB   target ${budget.target.wasm_kb} KB`);

const over = app.missing.map((g) => `a declared first-visit file is missing from the build: ${g}`);
if (bareDist) {
  const bare = firstVisit(bareDist, budget.first_visit.bare);
  over.push(...bare.missing.map((g) => `a file of the bare page is missing: ${g}`));
  console.log(`bare Leptos page (bare/: router, a gloo-net fetch of a JSON file, the same profile and flags)`);
  console.log(`total ${kb(bare.total)} KB br   wasm ${kb(bare.wasm)} KB br`);
  console.log(`the app is ${(app.total / bare.total).toFixed(2)}× the bare page (wasm ${(app.wasm / bare.wasm).toFixed(2)}×): ${kb(app.total - bare.total).trim()} KB more`);
}

if (check) {
  try {
    over.push(...ratchet(previousBudget(root), budget, { total_kb: app.total / 1000, wasm_kb: app.wasm / 1000 }));
  } catch (e) {
    over.push(e.message);
  }
  if (over.length) {
    console.error(`over budget: ${over.join('; ')}`);
    process.exit(1);
  }
  console.log('within the ceilings');
}
