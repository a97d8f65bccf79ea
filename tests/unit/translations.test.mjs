// The interface texts each app reads (scripts/translations.mjs): the young person's file leaves
// the adults' pages' texts (and the data keepers' page's heading) empty, with the same keys in the
// same order; the adults' has them all.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { isAdultsOnly, LANGUAGES, texts, write } from '../../scripts/translations.mjs';

test("the young person's texts leave out exactly the adults' pages' texts; the adults' keep every text", () => {
  const dist = mkdtempSync(path.join(tmpdir(), 'ttm-translations-'));
  write(dist);
  const keys = Object.keys(texts('fr')).filter((key) => !key.startsWith('static.'));
  const left = keys.filter(isAdultsOnly);
  assert.ok(left.length > 50 && left.length < keys.length / 2, `${left.length} of ${keys.length}`);
  // What the young person's home page shows of the adults' path stays.
  assert.ok(keys.includes('volunteer.start') && !isAdultsOnly('volunteer.start'));
  assert.ok(left.every((key) => /^(volunteer|directory|page\.keepers)\./.test(key)));
  for (const language of LANGUAGES.filter((l) => l !== 'fr')) {
    const read = (file) => JSON.parse(readFileSync(path.join(dist, 'i18n', file), 'utf8'));
    const [young, adults] = [read(`${language}.json`), read(`adultes/${language}.json`)];
    assert.equal(young[0], adults[0], 'the same fingerprint');
    assert.equal(young.length, keys.length + 1);
    keys.forEach((key, i) => {
      assert.deepEqual(adults[i + 1], texts(language)[key], `${language} ${key}`);
      assert.deepEqual(young[i + 1], isAdultsOnly(key) ? '' : texts(language)[key], `${language} ${key}`);
    });
  }
});
