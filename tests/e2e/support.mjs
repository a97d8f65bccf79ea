// Shared by the browser tests: a plain static server over a built dist/, Debian's Chromium driven
// by playwright-core, a phone-sized page, and the folder screenshots go to.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import path from 'node:path';
import { after, before } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';

export const root = path.resolve(import.meta.dirname, '../..');
export const artefacts = path.join(root, 'test-artefacts');
mkdirSync(artefacts, { recursive: true });

/** The release build the tests run on (scripts/test builds it once). */
export const dist = process.env.TTM_DIST ?? path.join(root, 'dist');
/** The same app built for the public path /mentorat/, in <dir>/mentorat. */
export const distSubpath = process.env.TTM_DIST_SUBPATH ?? path.join(root, 'dist-subpath');
/** The next release: the same app with another version label, for the update tests. */
export const distUpdate = process.env.TTM_DIST_UPDATE ?? path.join(root, 'dist-update');

/** A TCP port nobody listens on. */
export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** The interface's languages (i18n/languages.json), French first. */
export const languages = JSON.parse(readFileSync(path.join(root, 'i18n/languages.json'), 'utf8')).languages.map((l) => l.id);

/** The interface's texts of each language, as written in i18n/<lang>.json. */
export const texts = Object.fromEntries(languages.map((l) => [l, JSON.parse(readFileSync(path.join(root, `i18n/${l}.json`), 'utf8'))]));

/** Serves `dir` with `python3 -m http.server`: no rewrite rules, as a plain static host. */
export async function serveStatic(dir) {
  const port = await freePort();
  const child = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', dir], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(origin + '/');
      return { origin, close: () => child.kill() };
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  child.kill();
  throw new Error(`the static server on ${origin} did not start`);
}

/** For a test file: a function that copies a build the tests may change (a new release, a broken
 * data file), each copy removed when the file's tests end. */
export function buildCopies() {
  const copies = [];
  after(() => copies.forEach((copy) => rmSync(copy, { recursive: true, force: true })));
  return (dir) => {
    const copy = mkdtempSync(path.join(tmpdir(), 'ttm-build-'));
    cpSync(dir, copy, { recursive: true });
    copies.push(copy);
    return copy;
  };
}

/** For a test file: the release build on a plain static server, and a browser, for all its tests.
 * `serve` is `python3 -m http.server` unless the file asks for another (a file that opens a few
 * hundred pages uses the test server: python's stops answering after so many). */
export function servedApp({ serve = serveStatic } = {}) {
  const app = {};
  before(async () => {
    app.server = await serve(dist);
    app.browser = await launch();
  });
  after(async () => {
    await app.browser?.close();
    app.server?.close();
  });
  return app;
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** A 360×740 phone page that fails the test on any uncaught error or console error. Its browser
 * speaks French unless `locale` says otherwise; `serviceWorkers: 'block'` keeps the worker out. */
export async function phonePage(browser, { hasTouch = true, locale = 'fr-FR', serviceWorkers = 'allow' } = {}) {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch,
    locale,
    serviceWorkers,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') page.errors.push(m.text());
  });
  return page;
}

export async function screenshot(page, name) {
  await page.screenshot({ path: path.join(artefacts, `${name}.png`), fullPage: true });
}

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * A static server whose folder can be switched (a new release going live), that can be stopped
 * (the network gone) and that logs every URL asked (path and query string), in order. `headers`
 * are added to every answer. `redirects: true` redirects as Cloudflare Pages does: `/x/index.html`
 * and `/x` to `/x/` (308). `answer(pathname)` may return `{ status, body, type, delay, location }` to answer
 * a path its own way (a broken deploy, a slow file).
 */
export async function serveSwitchable(dir, { headers = {}, host = '127.0.0.1', compress = false, redirects = false, answer } = {}) {
  const { createServer: createHttpServer } = await import('node:http');
  const { brotliCompressSync } = await import('node:zlib');
  const { readFile, stat } = await import('node:fs/promises');
  const port = await freePort();
  const state = { root: dir, log: [], answer };
  const handler = async (req, res) => {
    const url = new URL(req.url, 'http://x');
    state.log.push(url.pathname + url.search);
    const custom = state.answer?.(url.pathname);
    if (custom) {
      if (custom.delay) await new Promise((r) => setTimeout(r, custom.delay));
      const where = custom.location ? { location: custom.location + url.search } : {};
      res.writeHead(custom.status ?? 200, { 'content-type': custom.type ?? 'application/json', 'cache-control': 'no-cache', ...headers, ...where });
      return res.end(custom.body);
    }
    let file = path.join(state.root, decodeURIComponent(url.pathname));
    if (!file.startsWith(state.root)) return res.writeHead(403).end();
    const redirect = (to) => res.writeHead(308, { location: to + url.search, 'cache-control': 'no-cache' }).end();
    if (redirects && url.pathname.endsWith('/index.html')) return redirect(url.pathname.slice(0, -'index.html'.length));
    try {
      if ((await stat(file)).isDirectory()) {
        if (redirects && !url.pathname.endsWith('/')) return redirect(url.pathname + '/');
        file = path.join(file, 'index.html');
      }
      let body = await readFile(file);
      const encoding = {};
      // Brotli as a production host would send it, for the measures (scripts/lighthouse).
      if (compress && /\bbr\b/.test(req.headers['accept-encoding'] ?? '') && !file.endsWith('.png')) {
        body = brotliCompressSync(body);
        encoding['content-encoding'] = 'br';
      }
      res.writeHead(200, {
        'content-type': types[path.extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        ...encoding,
        ...headers,
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  };
  let server;
  const open = () =>
    new Promise((resolve) => {
      server = createHttpServer(handler);
      // A test that fails before it closes its server must not keep the test file running.
      server.unref();
      server.listen(port, host, resolve);
    });
  await open();
  return {
    origin: `http://${host === '127.0.0.1' ? '127.0.0.1' : host}:${port}`,
    port,
    log: state.log,
    setRoot: (next) => {
      state.root = next;
    },
    setAnswer: (next) => {
      state.answer = next;
    },
    close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(resolve))),
    reopen: open,
  };
}

/** Waits until `fn`, an async function run in the page, returns a truthy value. Playwright's
 * waitForFunction takes the promise an async predicate returns for a truthy value and resolves at
 * once: its waits on Cache Storage were no waits at all (the cause of the flaky « in Ukrainian,
 * the results work offline »). */
export async function until(page, fn, arg, { timeout = 20_000 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    // A navigation in between destroys the page's context: ask again.
    const value = await page.evaluate(fn, arg).catch(() => false);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`until: not true after ${timeout} ms: ${String(fn).slice(0, 200)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until a service worker controls the page and keeps every dataset file the page read
 * (`data/<name>.json`): a first worker takes control after the page read them, and stores them
 * through its own fetch, then the page's confirmation (src/pwa.js `storeDataRead`). A test whose
 * storage refuses every write passes `{ data: false }`. */
export async function waitForWorker(page, { data = true } = {}) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 20_000 });
  if (!data) return;
  await until(page, async () => {
    const read = performance
      .getEntriesByType('resource')
      .map((e) => e.name.split('?')[0])
      .filter((url) => /\/data\/[a-z0-9-]+\.json$/.test(url));
    const kept = (await caches.keys()).filter((name) => /-data-v\d+$/.test(name));
    for (const url of new Set(read)) {
      let found = false;
      for (const name of kept) found ||= Boolean(await (await caches.open(name)).match(url));
      if (!found) return false;
    }
    return true;
  });
}

/** Waits until the worker stores the files this page loaded whose address matches `pattern` (the
 * paths other than the young person's are stored when first opened: pwa/service-worker.js). */
export async function waitForOpened(page, pattern) {
  await until(
    page,
    async (source) => {
      const wanted = new RegExp(source);
      const loaded = performance.getEntriesByType('resource').map((e) => e.name.split('?')[0]).filter((url) => wanted.test(url));
      for (const url of loaded) if (!(await caches.match(url))) return false;
      return loaded.length > 0;
    },
    pattern.source,
  );
}

/** The security headers a build wrote into its `_headers` file (scripts/security-headers.mjs). */
export function securityHeaders(dir) {
  const lines = readFileSync(path.join(dir, '_headers'), 'utf8').split('\n').slice(1).filter(Boolean);
  return Object.fromEntries(lines.map((l) => l.trim().split(/:\s(.*)/s).slice(0, 2)));
}

/** Collects, in every frame of the context, the CSP violations as `window.__violations`. */
export async function recordCspViolations(context) {
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** What axe-core finds on the page: WCAG 2.0, 2.1 and 2.2, A and AA, `target-size` on, nothing
 * disabled; each violation with the elements at fault. In legacy mode: the same rules on the same
 * page and its frames, without the blank page the default mode opens to finish every scan. */
export async function violations(page) {
  const results = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .withTags(TAGS)
    .options({ rules: { 'target-size': { enabled: true } } })
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
