// Writes each language's interface texts into a build, as the apps read them: a list headed by the
// keys' fingerprint, then one text (or plural forms) per key of i18n/fr.json, in its order;
// i18n/adultes/<lang>.json for the adults' app, i18n/<lang>.json for the young person's, without
// the adults' pages' texts. The wasm carries no key names, and never reads a file written for other keys (the
// fingerprint is domain/build.rs's, the same FNV-1a of the key names). French is compiled into the wasm.
// Keys under `static.` are the static pages' (scripts/route-shells.mjs) and are left out.
// A key missing from a language fails the build, with its name (domain/tests/suite/translations.rs says more).
// Usage: node scripts/translations.mjs <dist dir>; also imported by route-shells.mjs.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readJson } from './read-json.mjs';

const root = path.resolve(import.meta.dirname, '..');
/** The interface's languages (i18n/languages.json, the one list): `{ id, name, dir }`, French first. */
export const LANGUAGE_LIST = readJson(path.join(root, 'i18n/languages.json')).languages;
export const LANGUAGES = LANGUAGE_LIST.map((l) => l.id);

/** The texts of a language, key → text or plural forms, as written in i18n/<lang>.json. */
export const texts = (language) => readJson(path.join(root, 'i18n', `${language}.json`));

/** FNV-1a, 64 bits, as hex: domain/build.rs computes the same over the same names. */
export function fingerprint(text) {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) hash = ((hash ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn;
  return hash.toString(16).padStart(16, '0');
}

/** Whether a key is the adults' pages' only (i18n/adults-only.json, the rule domain/build.rs reads too). */
const ADULTS_ONLY = readJson(path.join(root, 'i18n/adults-only.json'));
export const isAdultsOnly = (key) => ADULTS_ONLY.prefixes.some((prefix) => key.startsWith(prefix)) && !ADULTS_ONLY.except.includes(key);

export function write(dist) {
  const keys = Object.keys(texts('fr')).filter((key) => !key.startsWith('static.'));
  const head = fingerprint(keys.join('\n'));
  mkdirSync(path.join(dist, 'i18n', 'adultes'), { recursive: true });
  for (const language of LANGUAGES.filter((l) => l !== 'fr')) {
    const own = texts(language);
    const missing = keys.filter((key) => !(key in own));
    if (missing.length) throw new Error(`translations: i18n/${language}.json lacks ${missing.join(', ')}`);
    // The young person's app never shows the adults' pages: their texts are left empty (the same
    // keys, in the same order, so the same reader and fingerprint), as in its French table.
    writeFileSync(path.join(dist, 'i18n', `${language}.json`), JSON.stringify([head, ...keys.map((key) => (isAdultsOnly(key) ? '' : own[key]))]));
    writeFileSync(path.join(dist, 'i18n', 'adultes', `${language}.json`), JSON.stringify([head, ...keys.map((key) => own[key])]));
  }
  return { keys: keys.length, languages: LANGUAGES.length };
}

if (process.argv[1] === import.meta.filename) {
  const dist = process.argv[2];
  if (!dist) throw new Error('usage: node scripts/translations.mjs <dist dir>');
  const { keys, languages } = write(dist);
  console.log(`translations: ${keys} keys in ${languages} languages`);
}
