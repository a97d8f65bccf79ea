// The README's « promise → test » table (tests/promises.json): every test it names exists, every
// line it would change is in its file once (so the break still applies), and the README shows the
// table as it is. That each test fails when its line changes is checked by
// `node scripts/promises.mjs --mutate` (a build a promise: run on its own; figures in the README).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { promises, table } from '../../scripts/promises.mjs';

const root = path.resolve(import.meta.dirname, '../..');

test('each promise names a test that exists and a line that is in its file once', () => {
  assert.ok(promises.length >= 10);
  for (const p of promises) {
    const tests = readFileSync(path.join(root, p.test), 'utf8');
    const written = p.written ?? p.name;
    assert.ok(tests.includes(written) || tests.includes(written.replace(/'/g, "\\'")), `${p.test}: no test « ${p.name} »`);
    const code = readFileSync(path.join(root, p.file), 'utf8');
    assert.equal(code.split(p.line).length, 2, `${p.file}: « ${p.line.trim()} » should be there once`);
    assert.notEqual(p.line, p.broken);
  }
});

test('the README shows the table of promises as tests/promises.json has it', () => {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  assert.ok(readme.includes(table()), 'run `node scripts/promises.mjs` and paste its table into the README');
});
