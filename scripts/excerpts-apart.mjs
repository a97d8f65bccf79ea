// Writes the copy of the dataset the young person's app downloads: the brochures' quoted words
// (each evidence's `excerpt`, a third of a territory's file once compressed) left out of
// data/index.json and of each territory's file, which then names the file that keeps them
// (`extraits`): data/extraits/<file>, the file as published, byte for byte. The copy still says
// which brochure attests each fact, and the app's reader still refuses a fact nothing attests
// (domain::dataset, `Excerpts::Apart`); the excerpts are checked against the brochures by the
// native tests, on the published files. Nothing the app shows reads them.
// Usage: node scripts/excerpts-apart.mjs <dist dir>
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The folder, under the dataset's, that keeps the published files (domain::dataset::EXCERPTS). */
export const FOLDER = 'extraits';

/** The young person's copy of a published file `name` (its text): no `excerpt`, and `extraits`
 * naming the published file, after `schema_version`. */
export function withoutExcerpts(text, name) {
  const strip = (value) => {
    if (Array.isArray(value)) return value.map(strip);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'excerpt').map(([key, v]) => [key, strip(v)]));
  };
  const { schema_version, ...rest } = strip(JSON.parse(text));
  if (FOLDER in rest) throw new Error(`excerpts-apart: ${name} already names its excerpts' file`);
  return JSON.stringify({ schema_version, [FOLDER]: `${FOLDER}/${name}`, ...rest });
}

/** Every file of the dataset's folder (the index and the territories'), apart in `dist`. */
export function excerptsApart(dist) {
  const data = path.join(dist, 'data');
  const files = readdirSync(data).filter((name) => name.endsWith('.json'));
  if (!files.includes('index.json')) throw new Error(`excerpts-apart: ${data} has no index.json`);
  mkdirSync(path.join(data, FOLDER), { recursive: true });
  for (const name of files) {
    const file = path.join(data, name);
    copyFileSync(file, path.join(data, FOLDER, name));
    writeFileSync(file, withoutExcerpts(readFileSync(file, 'utf8'), name));
  }
  return files;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2];
  if (!dist) throw new Error('usage: node scripts/excerpts-apart.mjs <dist dir>');
  excerptsApart(dist);
}
