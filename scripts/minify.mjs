// Minifies the JavaScript Trunk leaves as it is: the wasm-bindgen glue of both apps and the app's
// JS snippets are ES modules, which Trunk's minifier refuses (« Failed to minify JS:
// RequiredTokenNotFound(Semicolon) »), so every first visit downloaded them with their comments.
// terser (npm, pinned) minifies them; the `integrity` of each in index.html is written again.
// Runs first in the post-build hook (scripts/start-script.mjs then names the adults' app's files
// after their minified content). Release builds only: development keeps readable files.
// Usage: node scripts/minify.mjs <dist dir>
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { minify } from 'terser';

/** Minifies one ES module or classic script, keeping what the browser needs of it. */
export async function minified(code, { module = true } = {}) {
  const result = await minify(code, { module, ecma: 2020, compress: { passes: 2 }, mangle: true, format: { comments: false } });
  return result.code;
}

if (process.argv[1] === import.meta.filename) {
  const dist = process.argv[2];
  if (!dist) throw new Error('usage: node scripts/minify.mjs <dist dir>');
  const files = [];
  (function walk(dir) {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.push(path.relative(dist, full).split(path.sep).join('/'));
    }
  })(dist);
  const chosen = files.filter((f) => /^(trouve-ton-mentor-[0-9a-f]+|adults)\.js$/.test(f) || /^snippets\/.*\.js$/.test(f));
  let before = 0;
  let after = 0;
  for (const file of chosen) {
    const at = path.join(dist, file);
    const code = readFileSync(at, 'utf8');
    const small = await minified(code);
    before += code.length;
    after += small.length;
    writeFileSync(at, small);
  }
  // Every `integrity` of index.html, from the file as it now is (the two apps' wasm-bindgen write
  // the same snippets' folder: the one on disk is the one to name).
  const indexFile = path.join(dist, 'index.html');
  const html = readFileSync(indexFile, 'utf8').replace(/<(link|script)\b[^>]*>/g, (tag) => {
    const href = tag.match(/\b(?:href|src)="?([^"\s>]+)/)?.[1];
    if (!href || !/\bintegrity=/.test(tag)) return tag;
    const file = path.join(dist, href.replace(/^.*?([^/]+\.[a-z]+|snippets\/.*)$/, (_, rest) => rest));
    const integrity = 'sha384-' + createHash('sha384').update(readFileSync(file)).digest('base64');
    return tag.replace(/\bintegrity="?[^"\s>]+"?/, `integrity=${integrity}`);
  });
  writeFileSync(indexFile, html);
  console.log(`minified ${chosen.length} scripts: ${(before / 1024).toFixed(0)} KiB → ${(after / 1024).toFixed(0)} KiB`);
}
