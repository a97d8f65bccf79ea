// The communes the « Où habites-tu ? » field searches, from the administration's own list
// (@etalab/decoupage-administratif, pinned in package-lock.json), written into a built dist/:
//   data/recherche/territoires.json  the communes of the dataset's territories, each with its
//                                    territory (precached: they work offline, and finding one
//                                    asks nothing that depends on what was typed);
//   data/recherche/index.json        how the national list is sliced (the same for every search);
//   data/communes/noms/<key>.json    communes whose name (without accents, case or hyphens) starts
//                                    with <key> or with a key that follows it;
//   data/communes/dep/<code>.json    the communes of a département, and of the ones that follow it
//                                    when it is small (a postcode, or a link's INSEE code, leads
//                                    to it).
// Every file of data/communes/ lists at least MIN_FILE communes: the host, who sees which file a
// search downloads, learns no more than « one of these 200 communes ».
// A territory of data/index.json is defined by official codes (`codes.epci`: SIRENs of EPCI,
// `codes.communes`: INSEE codes); an unknown code, or a commune in two territories, fails the
// build and names the territory and the code. Communes « associées » and « déléguées » lead to
// their parent's territory. Every file lists the most populated first: the short list of the
// field shows the likeliest first, at no cost in bytes.
// Usage: node scripts/communes.mjs <dist dir> [--list <dir of the package's data>]
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { readJson } from './read-json.mjs';

export const SLICE = 300;
/** The fewest communes a file of data/communes/ holds: slices and départements are grouped. */
export const MIN_FILE = 200;

/** How names are compared: no accents, no case, hyphens and apostrophes as spaces. The app has the
 * same rule (`domain::commune::normalize`); tests/unit/communes.test.mjs holds them together. */
export function normalize(name) {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The département of an INSEE code, as the app derives it (`domain::commune::departement`). */
export const departement = (code) => (/^9[78]/.test(code) ? code.slice(0, 3) : code.slice(0, 2));

/** The package's lists, from node_modules (or another copy, for the tests). */
export function officialLists(dir) {
  const at = dir ?? path.dirname(createRequire(import.meta.url).resolve('@etalab/decoupage-administratif/data/communes.json'));
  const read = (name) => JSON.parse(readFileSync(path.join(at, name), 'utf8'));
  const version = dir ? 'test' : createRequire(import.meta.url)('@etalab/decoupage-administratif/package.json').version;
  return { communes: read('communes.json'), epci: read('epci.json'), departements: read('departements.json'), version };
}

/** The searchable communes: current ones, and the associated and delegated ones under their parent. */
function searchable(communes) {
  const current = new Map(communes.filter((c) => c.type === 'commune-actuelle').map((c) => [c.code, c]));
  const entries = [];
  for (const c of communes) {
    if (c.type === 'commune-actuelle') {
      entries.push({ c: c.code, n: c.nom, p: c.codesPostaux ?? [], pop: c.population ?? 0, parent: c.code });
    } else if (c.type === 'commune-associee' || c.type === 'commune-deleguee') {
      const parent = current.get(c.chefLieu);
      if (!parent || (c.type === 'commune-deleguee' && c.nom === parent.nom)) continue;
      entries.push({ c: c.code, n: c.nom, p: [], in: parent.nom, pop: 0, parent: parent.code });
    }
  }
  return entries.sort((a, b) => b.pop - a.pop || a.n.localeCompare(b.n, 'fr'));
}

/** Each territory's communes (INSEE codes of current communes), checked against the lists. */
export function territoryCommunes(territories, lists) {
  const current = new Set(lists.communes.filter((c) => c.type === 'commune-actuelle').map((c) => c.code));
  const epci = new Map(lists.epci.map((e) => [e.code, e]));
  const owner = new Map();
  const problems = [];
  for (const t of territories) {
    const codes = t.codes ?? {};
    const members = [];
    for (const siren of codes.epci ?? []) {
      const found = epci.get(siren);
      if (found) members.push(...found.membres.map((m) => m.code));
      else problems.push(`territoire « ${t.id} » : l'EPCI ${siren} est inconnu de @etalab/decoupage-administratif ${lists.version}`);
    }
    for (const code of codes.communes ?? []) {
      if (current.has(code)) members.push(code);
      else problems.push(`territoire « ${t.id} » : la commune ${code} est inconnue de @etalab/decoupage-administratif ${lists.version}`);
    }
    if (!members.length && !problems.some((p) => p.includes(`« ${t.id} »`))) {
      problems.push(`territoire « ${t.id} » : aucun code officiel (codes.epci ou codes.communes)`);
    }
    for (const code of members) {
      const other = owner.get(code);
      if (other && other !== t.id) problems.push(`territoire « ${t.id} » : la commune ${code} est déjà dans le territoire « ${other} »`);
      else owner.set(code, t.id);
    }
  }
  if (problems.length) throw new Error(`communes: ${problems.join('; ')}`);
  return owner;
}

/** Each region's départements, as the dataset lists them for its regional contact, checked. */
export function checkRegions(regions, lists) {
  const problems = [];
  for (const r of regions ?? []) {
    const official = lists.departements.filter((d) => d.region === r.code).map((d) => d.code).sort();
    if (!official.length) problems.push(`région « ${r.code} » : inconnue de @etalab/decoupage-administratif ${lists.version}`);
    else if (JSON.stringify([...r.departements].sort()) !== JSON.stringify(official)) {
      problems.push(`région « ${r.code} » : départements ${r.departements.join(', ')} ; la liste officielle dit ${official.join(', ')}`);
    }
  }
  if (problems.length) throw new Error(`communes: ${problems.join('; ')}`);
}

/** Splits entries by name prefix: a prefix holds at most SLICE communes, or grows by a letter. */
export function slicesByName(entries, slice = SLICE) {
  const out = new Map();
  (function split(group, length) {
    const byKey = new Map();
    for (const e of group) {
      const name = normalize(e.n);
      const key = name.length <= length ? name : name.slice(0, length);
      if (!byKey.has(key)) byKey.set(key, []);
      byKey.get(key).push(e);
    }
    for (const [key, members] of byKey) {
      const longer = members.filter((e) => normalize(e.n).length > length);
      if (members.length <= slice || longer.length === 0) out.set(key, members);
      else {
        const exact = members.filter((e) => normalize(e.n).length <= length);
        if (exact.length) out.set(key, exact);
        split(longer, length + 1);
      }
    }
  })(entries, 2);
  return out;
}

/** A name key as a file name: spaces become hyphens. */
export const keyFile = (key) => key.replace(/ /g, '-');

/** Groups keys, in their order, into files of at least `min` communes (`size(key)` each); a small
 * last group joins the one before. */
export function grouped(keys, size, min = MIN_FILE) {
  const groups = [];
  let current = [];
  let count = 0;
  for (const key of keys) {
    current.push(key);
    count += size(key);
    if (count >= min) {
      groups.push(current);
      current = [];
      count = 0;
    }
  }
  if (current.length) {
    if (groups.length) groups[groups.length - 1].push(...current);
    else groups.push(current);
  }
  return groups;
}

const shipped = (e, owner) => {
  const out = { c: e.c, n: e.n, p: e.p };
  if (e.in) out.in = e.in;
  const territory = owner.get(e.parent);
  if (territory) out.t = territory;
  return out;
};

export function writeCommunes(dist, lists) {
  const dataset = readJson(path.join(dist, 'data/index.json'));
  const owner = territoryCommunes(dataset.territories, lists);
  checkRegions(dataset.regions, lists);
  const entries = searchable(lists.communes);
  const dir = path.join(dist, 'data/communes');
  const search = path.join(dist, 'data/recherche');
  for (const d of [dir, search]) rmSync(d, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'noms'), { recursive: true });
  mkdirSync(path.join(dir, 'dep'), { recursive: true });
  mkdirSync(search, { recursive: true });
  const write = (file, value) => writeFileSync(path.join(dir, file), JSON.stringify(value));
  const source = `@etalab/decoupage-administratif ${lists.version}`;

  const local = entries.filter((e) => owner.has(e.parent)).map((e) => shipped(e, owner));
  writeFileSync(path.join(search, 'territoires.json'), JSON.stringify({ source, communes: local }));

  const slices = slicesByName(entries);
  const names = grouped([...slices.keys()].sort(), (key) => slices.get(key).length);
  for (const keys of names) {
    const members = keys.flatMap((key) => slices.get(key)).sort((a, b) => b.pop - a.pop || a.n.localeCompare(b.n, 'fr'));
    write(`noms/${keyFile(keys[0])}.json`, { communes: members.map((e) => shipped(e, owner)) });
  }

  const deps = new Map();
  for (const e of entries) {
    // By the département the code says (a link holds only the code); a commune associated with
    // a parent across a border stays in the file of its own code.
    const dep = departement(e.c);
    if (!deps.has(dep)) deps.set(dep, []);
    deps.get(dep).push(e);
  }
  const postcodes = {};
  const departements = grouped([...deps.keys()].sort(), (dep) => deps.get(dep).length);
  for (const group of departements) {
    write(`dep/${group[0]}.json`, { communes: group.flatMap((dep) => deps.get(dep)).map((e) => shipped(e, owner)) });
  }
  for (const [dep, communes] of deps) {
    for (const e of communes) {
      for (const p of e.p) {
        const two = p.slice(0, 2);
        postcodes[two] ??= [];
        if (!postcodes[two].includes(dep)) postcodes[two].push(dep);
      }
    }
  }
  writeFileSync(path.join(search, 'index.json'), JSON.stringify({ source, names, departements, postcodes }));
  return { local: local.length, names: names.length, deps: departements.length, all: entries.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2];
  if (!dist) throw new Error('usage: node scripts/communes.mjs <dist dir> [--list <dir>]');
  const at = process.argv.indexOf('--list');
  const counts = writeCommunes(dist, officialLists(at > 0 ? process.argv[at + 1] : undefined));
  console.log(`communes: ${counts.local} in the dataset's territories; ${counts.all} in France, in ${counts.names} name files and ${counts.deps} département files of at least ${MIN_FILE}`);
}
