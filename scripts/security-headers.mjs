// Writes the exact security headers of a build next to its index.html: `_headers` (Netlify,
// Cloudflare Pages…) and `nginx-security-headers.conf`. The Content-Security-Policy allows the
// app's own files, wasm compilation ('wasm-unsafe-eval') and Trunk's inline start-up script by its
// hash, which changes with every build. No 'unsafe-inline', no 'unsafe-eval'.
// Usage: node scripts/security-headers.mjs <dist dir>
// TTM_FRAME_ANCESTORS sets who may frame the app (default: any https site, for municipal embeds).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const dist = process.argv[2];
if (!dist) throw new Error('usage: node scripts/security-headers.mjs <dist dir>');
const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (inline.length === 0) throw new Error('no inline script found in index.html');
const hashes = inline.map((body) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
const ancestors = process.env.TTM_FRAME_ANCESTORS ?? "'self' https:";

export const policy = [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`,
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "frame-src 'self'",
  "base-uri 'self'",
  "form-action 'none'",
  "object-src 'none'",
  `frame-ancestors ${ancestors}`,
].join('; ');

const headers = {
  'Content-Security-Policy': policy,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
};
writeFileSync(
  path.join(dist, '_headers'),
  '/*\n' + Object.entries(headers).map(([k, v]) => `  ${k}: ${v}\n`).join(''),
);
writeFileSync(
  path.join(dist, 'nginx-security-headers.conf'),
  '# include in the server or location block that serves the app\n' +
    Object.entries(headers).map(([k, v]) => `add_header ${k} "${v}" always;\n`).join(''),
);
console.log(`security headers: ${hashes.length} inline script hash(es), frame-ancestors ${ancestors}`);
