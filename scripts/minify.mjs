// Minifies the JavaScript Trunk leaves as it is: the wasm-bindgen glue of the apps and the app's
// JS snippets are ES modules, which Trunk's minifier refuses (« Failed to minify JS:
// RequiredTokenNotFound(Semicolon) »), so every first visit downloaded them with their comments.
// terser (npm, pinned) minifies them; index.html keeps no `integrity` (see below).
// Runs first in the post-build hook (scripts/start-script.mjs then names the adults' app's files
// and the data keepers' files after their minified content). Release builds only: development keeps readable files.
// Usage: node scripts/minify.mjs <dist dir>
import { readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
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
  const snippets = joinSnippets(dist, files);
  // src/lang.js too, a classic script, which Trunk's minifier leaves 5 % bigger than terser does.
  const classic = (f) => /^lang-[0-9a-f]+\.js$/.test(f);
  const chosen = files.filter((f) => !snippets.joined.includes(f)).filter((f) => /^(trouve-ton-mentor-[0-9a-f]+|adults|keepers)\.js$/.test(f) || /^snippets\/.*\.js$/.test(f) || classic(f));
  let before = 0;
  let after = 0;
  for (const file of chosen) {
    const at = path.join(dist, file);
    const code = readFileSync(at, 'utf8');
    const small = await minified(code, { module: !classic(file) });
    before += code.length;
    after += small.length;
    writeFileSync(at, small);
  }
  // No `integrity` in the pages: every file is the page's own origin's, so a hash can only say
  // what the host that serves the page already vouches for, and the eight of them weighed 0.5 KB
  // brotli on every page (base64 does not compress). Trunk writes them: all go.
  const indexFile = path.join(dist, 'index.html');
  const html = readFileSync(indexFile, 'utf8').replace(/<(link|script)\b[^>]*>/g, (tag) => tag.replace(/\s(data-)?integrity="?[^"\s>]+"?/, ''));
  writeFileSync(indexFile, html);
  console.log(`minified ${chosen.length} scripts: ${(before / 1024).toFixed(0)} KiB → ${(after / 1024).toFixed(0)} KiB`);
}

/** The app's JS snippets (src/requests.js, pwa.js, share.js, embed.js), which the glue of the young
 * person's and the adults' apps imports at once when it loads: one module, `snippets/<crate>/src/browser.js`, instead of four
 * files that each weighed their own overhead (0.28 KB brotli on every visit). Joined before they
 * are minified (each keeps its own names: a name declared in two of them fails to load, and every
 * browser test with it); the glues' `from` clauses name the one module (the wasm's import names,
 * the other strings, stay). The data keepers' page's own (src/keepers.js) stays apart: only its
 * glue imports it, and the young person never downloads it. Returns the files joined, now gone. */
function joinSnippets(dist, files) {
  const parts = files.filter((f) => /^snippets\/trouve-ton-mentor-[0-9a-f]+\/src\/[a-z_]+\.js$/.test(f) && !f.endsWith('/keepers.js'));
  if (parts.length < 2) return { joined: [] };
  const folder = path.posix.dirname(parts[0]);
  const joined = parts
    .map((f) => readFileSync(path.join(dist, f), 'utf8').replace(/^import\s*\{[^}]*\}\s*from\s*'\.\/[a-z_]+\.js';?\s*$/gm, ''))
    .join('\n');
  if (/^\s*import\b/m.test(joined)) throw new Error('minify: a snippet imports something other than another snippet');
  writeFileSync(path.join(dist, folder, 'browser.js'), joined);
  for (const glue of files.filter((f) => /^(trouve-ton-mentor-[0-9a-f]+|adults|keepers)\.js$/.test(f))) {
    const at = path.join(dist, glue);
    const code = readFileSync(at, 'utf8');
    const pointed = code.replace(/(from\s*['"]\.\/)(snippets\/[^'"]+\/src\/)([a-z_]+\.js)(['"])/g, (whole, from, dir, name, quote) =>
      parts.includes(`${dir}${name}`) ? `${from}${dir}browser.js${quote}` : whole,
    );
    writeFileSync(at, pointed);
  }
  for (const part of parts) unlinkSync(path.join(dist, part));
  files.push(`${folder}/browser.js`);
  return { joined: parts };
}
