// The README's first command, as written: `scripts/serve` (here with its `--port` option) serves
// the app with live rebuilds. Started as a newcomer would start it, then stopped by its process id.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { freePort, launch, phonePage, root, screenshot } from './support.mjs';

let serve;
let origin;
let browser;
let output = '';

/** Waits until the development server answers the home page with the app's shell. */
async function waitForApp(url, minutes) {
  const deadline = Date.now() + minutes * 60_000;
  while (Date.now() < deadline) {
    if (serve.exitCode !== null || serve.signalCode !== null) throw new Error(`scripts/serve stopped:\n${output.slice(-3000)}`);
    // Trunk keeps serving (404s) after a failed build: its log says so.
    if (/\bERROR\b/.test(output)) throw new Error(`scripts/serve could not build:\n${output.slice(-3000)}`);
    const answer = await fetch(url).catch(() => null);
    if (answer?.ok && (await answer.text()).includes('data-shell')) return;
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`scripts/serve did not serve ${url} in ${minutes} minutes:\n${output.slice(-3000)}`);
}

before(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  // Its own process group, so that stopping it stops Trunk and the builds it started.
  serve = spawn(path.join(root, 'scripts/serve'), ['--port', String(port)], { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  serve.stdout.on('data', (d) => (output += d));
  serve.stderr.on('data', (d) => (output += d));
  // The first development build compiles the app in debug: a few minutes on a fresh clone.
  await waitForApp(origin + '/', 15);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  if (serve && serve.exitCode === null && serve.signalCode === null) {
    process.kill(-serve.pid, 'SIGTERM');
    await new Promise((resolve) => serve.once('exit', resolve));
  }
});

test('scripts/serve: the home page, a results deep link and the mentors\' path show', async () => {
  assert.doesNotMatch(output, /hook call to sh returned a bad status|inline script is left/);
  const page = await phonePage(browser);
  await page.goto(origin + '/');
  await page.getByRole('link', { name: 'Commencer' }).waitFor();
  await page.goto(origin + '/resultats#territoire=roubaix&age=16&etape=lycee-pro');
  await page.locator('[data-testid="results"]').waitFor();
  assert.ok((await page.locator('[data-testid="result"]').count()) > 0, 'programmes listed');
  await screenshot(page, 'serve-results');
  await page.goto(origin + '/devenir-mentor#question=profil&territoire=roubaix');
  await page.getByRole('heading', { level: 1 }).filter({ hasText: /vous êtes/ }).waitFor();
  // A development build registers no service worker (it would serve stale files).
  assert.equal(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length)), 0);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('scripts/serve: an edit to a .rs file is rebuilt and the page reloads', async () => {
  const page = await phonePage(browser);
  await page.goto(origin + '/');
  await page.getByRole('link', { name: 'Commencer' }).waitFor();
  await page.evaluate(() => (window.__before_edit = true));
  const builds = () => output.match(/✅ success/g)?.length ?? 0;
  const before = builds();
  const reloaded = page.waitForFunction(() => window.__before_edit === undefined && document.querySelector('a.button.primary'), null, {
    timeout: 5 * 60_000,
  });
  // An edit as an editor saves it: the file is written again (its content unchanged).
  const file = path.join(root, 'src/main.rs');
  writeFileSync(file, readFileSync(file));
  await reloaded;
  assert.ok(builds() > before, 'Trunk built the app again');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
