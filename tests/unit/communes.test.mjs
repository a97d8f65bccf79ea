// The build's communes (scripts/communes.mjs) against the administration's own list
// (@etalab/decoupage-administratif, pinned): territories by official codes, an unknown code that
// fails the build with its name, the communes « associées » and « déléguées » led to their
// parent's territory, and the slices a search downloads.
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { MIN_FILE, checkRegions, grouped, normalize, officialLists, slicesByName, territoryCommunes, writeCommunes } from '../../scripts/communes.mjs';

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
  const search = (file) => JSON.parse(readFileSync(path.join(dist, 'data/recherche', file), 'utf8'));
  const local = search('territoires.json').communes;
  const named = (n) => local.find((c) => c.n === n);
  assert.deepEqual(named('Grande-Synthe'), { c: '59271', n: 'Grande-Synthe', p: ['59760'], t: 'dunkerque' });
  for (const part of ['Saint-Pol-sur-Mer', 'Fort-Mardyck', 'Mardyck']) {
    assert.equal(named(part)?.in, 'Dunkerque', part);
    assert.equal(named(part)?.t, 'dunkerque', part);
  }
  assert.ok(!local.some((c) => c.n === 'Tourcoing'));
  const index = search('index.json');
  assert.match(index.source, /^@etalab\/decoupage-administratif 6\.0\.0$/);
  assert.equal(search('territoires.json').source, index.source);
  assert.deepEqual(index.postcodes['59'], ['59']);
  // Tourcoing is in the file its name leads to, and in its département's file, without territory.
  const file = index.names.find((keys) => keys.some((k) => normalize('Tourcoing').startsWith(k)));
  const tourcoing = read(`noms/${file[0].replace(/ /g, '-')}.json`).communes.find((c) => c.n === 'Tourcoing');
  assert.deepEqual(tourcoing, { c: '59599', n: 'Tourcoing', p: ['59200'] });
  assert.ok(read('dep/59.json').communes.some((c) => c.c === '59599'));
  // Every file holds at least MIN_FILE communes (a search says little), none is large (it downloads little).
  for (const dir of ['noms', 'dep']) {
    const sizes = readdirSync(path.join(dist, 'data/communes', dir)).map((f) => read(`${dir}/${f}`).communes.length);
    assert.equal(sizes.length, dir === 'noms' ? index.names.length : index.departements.length);
    assert.ok(Math.min(...sizes) >= MIN_FILE, `${dir}: smallest file ${Math.min(...sizes)}`);
    assert.ok(Math.max(...sizes) <= 1000, `${dir}: largest file ${Math.max(...sizes)}`);
  }
  assert.ok(index.departements.some((group) => group.includes('75') && group.length > 1), 'Paris is grouped');
});

test('keys are grouped into files of at least the minimum, a small last group joins the one before', () => {
  const sizes = { a: 150, b: 60, c: 300, d: 20, e: 10 };
  assert.deepEqual(grouped(Object.keys(sizes), (k) => sizes[k], 200), [['a', 'b'], ['c', 'd', 'e']]);
  assert.deepEqual(grouped(['a'], () => 5, 200), [['a']], 'a list smaller than the minimum is one file');
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

// Security review, finding 16: a BOM (a Windows editor's) broke the build with a bare SyntaxError.
test('a data file saved with a BOM is read; one that is not JSON names itself', () => {
  const dist = mkdtempSync(path.join(tmpdir(), 'ttm-bom-'));
  mkdirSync(path.join(dist, 'data'));
  writeFileSync(path.join(dist, 'data/index.json'), '\uFEFF' + JSON.stringify(dataset));
  assert.ok(writeCommunes(dist, lists).local > 0);
  writeFileSync(path.join(dist, 'data/index.json'), '{"territories": [');
  assert.throws(() => writeCommunes(dist, lists), /data\/index\.json : ce n'est pas du JSON valide/);
});
