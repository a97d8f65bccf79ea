// Writes, in each translation of the dataset's texts (public/data/i18n/<lang>/*.json), the short
// hash of the French text each field translates (`fr`: field → FNV-1a 32 bits, as
// `domain::programme_texts::source_hash`). The app shows a translation only while the French is
// that text; domain/tests/suite/translations.rs fails when one is not. Run it when the translations of a French
// text changed here have been redone, never to silence the test.
// Usage: node scripts/translation-sources.mjs [--check]
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readJson } from './read-json.mjs';

const root = path.resolve(import.meta.dirname, '..');
const data = path.join(root, 'public/data');

export function sourceHash(text) {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

const field = (entry, name) => name.split('.').reduce((value, key) => value?.[key], entry);

const index = readJson(path.join(data, 'index.json'));
const french = { territories: Object.fromEntries(index.territories.map((t) => [t.id, t])), programmes: {} };
for (const t of index.territories) for (const p of readJson(path.join(data, `${t.id}.json`)).programmes) french.programmes[p.id] = p;

const check = process.argv.includes('--check');
let stale = 0;
for (const language of readdirSync(path.join(data, 'i18n'))) {
  for (const file of readdirSync(path.join(data, 'i18n', language))) {
    const at = path.join(data, 'i18n', language, file);
    const translation = readJson(at);
    for (const section of ['programmes', 'territories']) {
      for (const [id, entry] of Object.entries(translation[section] ?? {})) {
        const source = french[section][id];
        if (!source) continue;
        const hashes = {};
        for (const name of Object.keys(entry).filter((k) => k !== 'reviewed' && k !== 'fr')) {
          const text = field(source, name);
          if (typeof text === 'string') hashes[name] = sourceHash(text);
        }
        if (JSON.stringify(entry.fr) !== JSON.stringify(hashes)) stale += 1;
        // `fr` right after `reviewed`, the texts after it.
        const { reviewed, fr, ...texts } = entry;
        translation[section][id] = { reviewed, fr: hashes, ...texts };
      }
    }
    if (!check) writeFileSync(at, JSON.stringify(translation, null, 2) + '\n');
  }
}
console.log(check ? `${stale} entries translate an older French text` : 'the French texts translated are recorded');
if (check && stale) process.exit(1);
