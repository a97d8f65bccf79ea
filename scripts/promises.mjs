// The README's promises and the tests that hold them (tests/promises.json): prints the table the
// README shows, and, with --mutate, checks that each test can fail: it applies each promise's
// one-line change to the code, builds the app into a temporary folder, runs that one test there
// (it must fail), and puts the line back. Slow (a release build a promise): run it on its own.
// Usage: node scripts/promises.mjs [--table] [--mutate [index …]]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
export const promises = JSON.parse(readFileSync(path.join(root, 'tests/promises.json'), 'utf8')).promises;

const cell = (text) => text.replace(/\|/g, '\\|');
/** The README's table: each promise, its test, and the change that breaks it. */
export function table() {
  const rows = promises.map(
    (p) => `| ${cell(p.promise)} | \`${path.basename(p.test)}\` › ${cell(p.name)} | \`${p.file}\`: ${p.broken ? `\`${cell(p.broken.trim())}\`` : 'the line removed'} (was \`${cell(p.line.trim())}\`) |`,
  );
  return ['| promise | test | the one-line change that breaks it |', '|---|---|---|', ...rows].join('\n');
}

function mutate(indexes) {
  const chosen = indexes.length ? indexes.map(Number) : promises.map((_, i) => i);
  const dist = mkdtempSync(path.join(tmpdir(), 'ttm-promise-'));
  const results = [];
  for (const i of chosen) {
    const p = promises[i];
    const file = path.join(root, p.file);
    const original = readFileSync(file, 'utf8');
    if (original.split(p.line).length !== 2) throw new Error(`${p.file}: the line of promise ${i} is not there once`);
    const lines = original.split('\n');
    const at = lines.indexOf(p.line);
    if (p.broken) lines[at] = p.broken;
    else lines.splice(at, 1);
    writeFileSync(file, lines.join('\n'));
    try {
      execFileSync('trunk', ['build', '--offline', '--release', '--public-url', '/', '--dist', dist], { cwd: root, stdio: 'ignore' });
      const run = spawnSync('node', ['--test', `--test-name-pattern=^${p.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, p.test], {
        cwd: root,
        env: { ...process.env, TTM_DIST: dist },
        encoding: 'utf8',
      });
      const failed = /^# fail [1-9]/m.test(run.stdout);
      results.push({ i, failed });
      console.log(`${failed ? 'fails, as it must' : 'PASSES: the test cannot see this break'} — ${i}: ${p.promise}`);
    } finally {
      writeFileSync(file, original);
    }
  }
  rmSync(dist, { recursive: true, force: true });
  const missed = results.filter((r) => !r.failed);
  console.log(`${results.length - missed.length} of ${results.length} broken promises fail their test`);
  if (missed.length) process.exit(1);
}

if (process.argv[1] === import.meta.filename) {
  const args = process.argv.slice(2);
  if (args[0] === '--mutate') mutate(args.slice(1));
  else console.log(table());
}
