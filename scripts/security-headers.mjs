// Writes the security headers next to a build's index.html: `_headers` (Netlify, Cloudflare
// Pages…) and `nginx-security-headers.conf`. The Content-Security-Policy allows the app's own
// files and wasm compilation ('wasm-unsafe-eval'), nothing inline (scripts/start-script.mjs moved
// Trunk's start-up script to a file), so the same headers fit every build. No 'unsafe-inline', no
// 'unsafe-eval'.
// Usage: node scripts/security-headers.mjs <dist dir>
// TTM_FRAME_ANCESTORS sets who may frame the app (default: any https site, for municipal embeds).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { hasInlineScript } from './start-script.mjs';

const dist = process.argv[2];
if (!dist) throw new Error('usage: node scripts/security-headers.mjs <dist dir>');
const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
if (hasInlineScript(html)) throw new Error('security-headers: index.html has an inline script');
const ancestors = process.env.TTM_FRAME_ANCESTORS ?? "'self' https:";

export const policy = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
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
console.log(`security headers: no inline script, frame-ancestors ${ancestors}`);
