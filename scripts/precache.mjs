// Writes sw.js into a built dist/ with the precache list of that very build (workbox-build's
// injectManifest): every file of the shell, with a revision for those without a hash in their name.
// Usage: node scripts/precache.mjs <dist dir>
import path from 'node:path';
import { injectManifest } from 'workbox-build';

const dist = process.argv[2];
if (!dist) throw new Error('usage: node scripts/precache.mjs <dist dir>');
const root = path.resolve(import.meta.dirname, '..');

const { count, size, warnings } = await injectManifest({
  swSrc: path.join(root, 'pwa/service-worker.js'),
  swDest: path.join(dist, 'sw.js'),
  globDirectory: dist,
  globPatterns: ['**/*.{html,js,wasm,css,svg,png,webmanifest}'],
  // Deep-link copies are the same index.html, answered by the worker; the dataset has its own
  // stale-while-revalidate cache; the host script and the demo host page run in the host's page.
  globIgnores: ['sw.js', '404.html', 'questionnaire/**', 'resultats/**', 'integrer/**', 'accessibilite/**', 'data/**', 'embed.js', 'demo-hote.*'],
  // Trunk already puts a content hash in these names.
  dontCacheBustURLsMatching: /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/,
  maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
});
for (const w of warnings) console.warn('precache:', w);
console.log(`precache: ${count} files, ${(size / 1024).toFixed(0)} KiB, in ${path.join(dist, 'sw.js')}`);
