// Moves Trunk's inline start-up script out of index.html into start-<hash>.js, so the
// Content-Security-Policy needs no hash of it: `script-src 'self' 'wasm-unsafe-eval'` is enough,
// and a header left from an older build (an nginx include not updated) can never block a newer
// page's start-up. Runs first in the post-build hook: the route shells copy the result.
// Then the adults' and the data keepers' apps (index.html's other Rust apps, which Trunk builds as
// modules it does not start): their files get a name that changes with their content, as Trunk's
// own do, and each its start-up script, start-<app>-<hash>.js, which starts it the same way
// (route-shells.mjs puts it in its pages).
// Usage: node scripts/start-script.mjs <dist dir>
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// `trunk serve` appends its live-reload script inline, and fills in its address as it serves the
// page, so that script cannot move to a file. Only the development server writes it (`trunk
// build` never does) and serves no security headers: every other inline script fails the build.
const LIVE_RELOAD = /<script>(?:(?!<\/script>)[\s\S])*\.well-known\/trunk\/ws(?:(?!<\/script>)[\s\S])*<\/script>/g;

/** Whether a page has an inline script other than the development server's live reload. */
export function hasInlineScript(html) {
  return /<script(?![^>]*\bsrc=)[^>]*>/.test(html.replace(LIVE_RELOAD, ''));
}

if (process.argv[1] === import.meta.filename) moveStartScript(process.argv[2]);

function moveStartScript(dist) {
  if (!dist) throw new Error('usage: node scripts/start-script.mjs <dist dir>');
  const file = path.join(dist, 'index.html');
  const html = readFileSync(file, 'utf8');
  // The quotes may be gone: release builds are minified.
  const inline = [...html.matchAll(/<script type="?module"?>([\s\S]*?)<\/script>/g)];
  if (inline.length !== 1) throw new Error(`start-script: expected Trunk's one inline start-up script, found ${inline.length}`);
  const [whole, body] = inline[0];
  const name = `start-${createHash('sha256').update(body).digest('hex').slice(0, 16)}.js`;
  writeFileSync(path.join(dist, name), body.trim() + '\n');
  const moved = html.replace(whole, `<script type="module" src="${name}"></script>`);
  if (hasInlineScript(moved)) throw new Error('start-script: an inline script is left in index.html');
  writeFileSync(file, moved);
  console.log(`start-up script: ${name}`);
  for (const app of ['adults', 'keepers']) console.log(`the ${app} app: ${startApp(dist, body, app)}`);
}

/** Names an app's files after their content, writes its start-up script, returns its name. */
function startApp(dist, youngStart, app) {
  // Where the young app's glue is imported from (`/` or `/mentorat/`): the build's public path.
  const glue = youngStart.match(/from '([^']*\/)[^'/]+\.js'/);
  if (!glue) throw new Error("start-script: no `from '…/<glue>.js'` in Trunk's start-up script");
  const hash = (file) => createHash('sha256').update(readFileSync(path.join(dist, file))).digest('hex').slice(0, 16);
  const digest = hash(`${app}.js`).slice(0, 8) + hash(`${app}_bg.wasm`).slice(0, 8);
  renameSync(path.join(dist, `${app}.js`), path.join(dist, `${app}-${digest}.js`));
  renameSync(path.join(dist, `${app}_bg.wasm`), path.join(dist, `${app}-${digest}_bg.wasm`));
  const start =
    `import init, * as bindings from '${glue[1]}${app}-${digest}.js';\n` +
    `const wasm = await init({ module_or_path: '${glue[1]}${app}-${digest}_bg.wasm' });\n` +
    'window.wasmBindings = bindings;\n' +
    'dispatchEvent(new CustomEvent("TrunkApplicationStarted", {detail: {wasm}}));\n';
  const name = `start-${app}-${createHash('sha256').update(start).digest('hex').slice(0, 16)}.js`;
  writeFileSync(path.join(dist, name), start);
  return name;
}
