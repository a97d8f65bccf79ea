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
      let failed;
      if (p.test.endsWith('.rs')) {
        // A native test: the domain's own.
        const run = spawnSync('cargo', ['test', '-p', 'domain', '--test', 'suite', `${path.basename(p.test, '.rs')}::${p.name}`], { cwd: root, encoding: 'utf8' });
        failed = run.status !== 0;
      } else {
        // The builds the test reads, each with the change: the app, and the sub-path and next
        // release builds when the test uses them.
        const uses = readFileSync(path.join(root, p.test), 'utf8');
        const build = (publicUrl, at, features = []) =>
          execFileSync('trunk', ['build', '--offline', '--release', ...features, '--public-url', publicUrl, '--dist', at], { cwd: root, stdio: 'ignore' });
        build('/', path.join(dist, 'app'));
        const env = { ...process.env, TTM_DIST: path.join(dist, 'app') };
        if (uses.includes('distSubpath')) {
          build('/mentorat/', path.join(dist, 'sub/mentorat'));
          env.TTM_DIST_SUBPATH = path.join(dist, 'sub');
        }
        if (uses.includes('distUpdate')) {
          build('/', path.join(dist, 'update'), ['--features', 'update-test']);
          env.TTM_DIST_UPDATE = path.join(dist, 'update');
        }
        const run = spawnSync('node', ['--test', `--test-name-pattern=^${p.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, p.test], { cwd: root, env, encoding: 'utf8' });
        failed = /^# fail [1-9]/m.test(run.stdout);
      }
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
