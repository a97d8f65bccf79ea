// The dataset's copy the young person's app downloads (scripts/excerpts-apart.mjs): the published
// files kept byte for byte in data/extraits/, the copies without a single excerpt and otherwise the
// same values. That the app reads the copies is the browser tests' (every results page reads them)
// and domain/tests/suite/excerpts_apart.rs's.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { brotliBytes } from '../../scripts/brotli.mjs';
import { excerptsApart, withoutExcerpts } from '../../scripts/excerpts-apart.mjs';

const root = path.resolve(import.meta.dirname, '../..');

/** Every `excerpt` of a value, anywhere. */
const excerpts = (value) =>
  Array.isArray(value) ? value.flatMap(excerpts)
  : value && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => (k === 'excerpt' ? [v] : excerpts(v)))
  : [];

/** A value with every `excerpt` key removed, written here apart from the script's. */
const withoutExcerptKeys = (value) =>
  Array.isArray(value) ? value.map(withoutExcerptKeys)
  : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'excerpt').map(([k, v]) => [k, withoutExcerptKeys(v)]))
  : value;

test('each file of the dataset is kept as published in data/extraits/, and its copy has no excerpt', () => {
  const dist = mkdtempSync(path.join(tmpdir(), 'excerpts-'));
  try {
    cpSync(path.join(root, 'public/data'), path.join(dist, 'data'), { recursive: true });
    const files = excerptsApart(dist);
    assert.deepEqual(files.sort(), readdirSync(path.join(root, 'public/data')).filter((f) => f.endsWith('.json')).sort());
    for (const name of files) {
      const published = readFileSync(path.join(root, 'public/data', name), 'utf8');
      assert.equal(readFileSync(path.join(dist, 'data/extraits', name), 'utf8'), published, `${name} kept byte for byte`);
      const copy = JSON.parse(readFileSync(path.join(dist, 'data', name), 'utf8'));
      const original = JSON.parse(published);
      assert.ok(excerpts(original).length > 0, `${name}: the published file quotes the brochures`);
      assert.deepEqual(excerpts(copy), [], `${name}: no excerpt in the copy`);
      assert.equal(copy.extraits, `extraits/${name}`);
      // Everything else is the published file's, no value more or less.
      const { extraits, ...rest } = copy;
      assert.deepEqual(rest, withoutExcerptKeys(original), `${name}: the same values but the excerpts`);
    }
    // What it saves on Roubaix's file, the one a results link reads.
    const saved = brotliBytes(readFileSync(path.join(dist, 'data/extraits/roubaix.json'))) - brotliBytes(readFileSync(path.join(dist, 'data/roubaix.json')));
    assert.ok(saved > 1000, `only ${saved} bytes saved`);
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
});

test('a file that already names its excerpts file is refused, not stripped twice', () => {
  const once = withoutExcerpts(readFileSync(path.join(root, 'public/data/roubaix.json'), 'utf8'), 'roubaix.json');
  assert.throws(() => withoutExcerpts(once, 'roubaix.json'), /already names/);
});
