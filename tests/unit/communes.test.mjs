// The build's communes (scripts/communes.mjs) against the administration's own list
// (@etalab/decoupage-administratif, pinned): territories by official codes, an unknown code that
// fails the build with its name, the communes « associées » and « déléguées » led to their
// parent's territory, and the slices a search downloads.
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { checkRegions, normalize, officialLists, slicesByName, territoryCommunes, writeCommunes } from '../../scripts/communes.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const lists = officialLists();
const dataset = JSON.parse(readFileSync(path.join(root, 'public/data/index.json'), 'utf8'));

test('the shipped territories are found by their codes: CU de Dunkerque has 17 communes', () => {
  const owner = territoryCommunes(dataset.territories, lists);
  const of = (id) => [...owner].filter(([, t]) => t === id).map(([code]) => code);
  assert.deepEqual(of('roubaix'), ['59512']);
  assert.equal(of('dunkerque').length, 17);
  assert.ok(of('dunkerque').includes('59271'), 'Grande-Synthe');
  assert.ok(!owner.has('59599'), 'Tourcoing is in no territory');
});

test('an unknown code fails the build and names the territory and the code', () => {
  const broken = structuredClone(dataset.territories);
  broken[1].codes = { epci: ['245900429'] };
  assert.throws(() => territoryCommunes(broken, lists), /territoire « dunkerque » : l'EPCI 245900429 est inconnu de @etalab\/decoupage-administratif 6\.0\.0/);
  broken[1].codes = { communes: ['59999'] };
  assert.throws(() => territoryCommunes(broken, lists), /territoire « dunkerque » : la commune 59999 est inconnue/);
  broken[1].codes = {};
  assert.throws(() => territoryCommunes(broken, lists), /territoire « dunkerque » : aucun code officiel/);
  broken[1].codes = { communes: ['59512'] };
  assert.throws(() => territoryCommunes(broken, lists), /la commune 59512 est déjà dans le territoire « roubaix »/);
});

test("a region's départements are the official ones", () => {
  checkRegions(dataset.regions, lists);
  assert.throws(() => checkRegions([{ ...dataset.regions[0], departements: ['59', '62'] }], lists), /région « 32 » : départements 59, 62 ; la liste officielle dit 02, 59, 60, 62, 80/);
  assert.throws(() => checkRegions([{ ...dataset.regions[0], code: '99' }], lists), /région « 99 » : inconnue/);
});

test('the files written: the territories\' communes with their territory, the slices of France', () => {
  const dist = mkdtempSync(path.join(tmpdir(), 'ttm-communes-'));
  mkdirSync(path.join(dist, 'data'));
  writeFileSync(path.join(dist, 'data/index.json'), JSON.stringify(dataset));
  writeCommunes(dist, lists);
  const read = (file) => JSON.parse(readFileSync(path.join(dist, 'data/communes', file), 'utf8'));
  const local = read('territoires.json').communes;
  const named = (n) => local.find((c) => c.n === n);
  assert.deepEqual(named('Grande-Synthe'), { c: '59271', n: 'Grande-Synthe', p: ['59760'], t: 'dunkerque' });
  for (const part of ['Saint-Pol-sur-Mer', 'Fort-Mardyck', 'Mardyck']) {
    assert.equal(named(part)?.in, 'Dunkerque', part);
    assert.equal(named(part)?.t, 'dunkerque', part);
  }
  assert.ok(!local.some((c) => c.n === 'Tourcoing'));
  const index = read('index.json');
  assert.match(index.source, /^@etalab\/decoupage-administratif 6\.0\.0$/);
  assert.deepEqual(index.postcodes['59'], ['59']);
  // Tourcoing is in the slice its name leads to, and in its département's file, without territory.
  const key = index.names.filter((k) => normalize('Tourcoing').startsWith(k)).sort((a, b) => b.length - a.length)[0];
  const tourcoing = read(`noms/${key.replace(/ /g, '-')}.json`).communes.find((c) => c.n === 'Tourcoing');
  assert.deepEqual(tourcoing, { c: '59599', n: 'Tourcoing', p: ['59200'] });
  assert.ok(read('dep/59.json').communes.some((c) => c.c === '59599'));
  // No slice is large: a search downloads little.
  const sizes = readdirSync(path.join(dist, 'data/communes/noms')).map((f) => read(`noms/${f}`).communes.length);
  assert.ok(Math.max(...sizes) <= 400, `largest slice: ${Math.max(...sizes)}`);
});

test('slices split by the start of the name until each is small', () => {
  const entries = ['Saint-Amand', 'Saint-Pol', 'Saint-Paul', 'Sa', 'Sarre'].map((n) => ({ n }));
  const slices = slicesByName(entries, 2);
  for (const [key, members] of slices) {
    assert.ok(members.length <= 2 || members.every((m) => normalize(m.n) === normalize(members[0].n)), key);
    for (const m of members) assert.ok(normalize(m.n).startsWith(key), `${m.n} in ${key}`);
  }
  assert.equal([...slices.values()].flat().length, entries.length);
});
