// Embedded in a municipal page: the host page and the app on two different origins, the app
// served with its real security headers.
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { dist, launch, recordCspViolations, screenshot, securityHeaders, serveSwitchable } from './support.mjs';

let browser;
let app;
let host;
let hostDir;
const DEFAULT_ACCENT = '#1d4f91';

/** The build's headers, with frame-ancestors set to the test's host origin. */
function headersFor(hostOrigin) {
  const headers = securityHeaders(dist);
  headers['Content-Security-Policy'] = headers['Content-Security-Policy'].replace(/frame-ancestors [^;]*/, `frame-ancestors 'self' ${hostOrigin}`);
  return headers;
}

/** A host page: the demo page of public/, pointed at the app's origin, with other settings. */
function hostPage(name, { colour = '#b3003c', territory = 'roubaix' } = {}) {
  const demo = readFileSync(path.join(dist, 'demo-hote.html'), 'utf8')
    .replace('data-trouve-ton-mentor="./"', `data-trouve-ton-mentor="${app.origin}/"`)
    .replace('src="embed.js"', `src="${app.origin}/embed.js"`)
    .replace('data-couleur="#b3003c"', `data-couleur="${colour}"`)
    .replace('data-territoire="roubaix"', `data-territoire="${territory}"`);
  writeFileSync(path.join(hostDir, name), demo);
  return `${host.origin}/${name}`;
}

before(async () => {
  hostDir = mkdtempSync(path.join(tmpdir(), 'ttm-host-'));
  copyFileSync(path.join(dist, 'demo-hote.css'), path.join(hostDir, 'demo-hote.css'));
  host = await serveSwitchable(hostDir);
  app = await serveSwitchable(dist, { host: 'localhost', headers: headersFor(host.origin) });
  // Two origins: the host on 127.0.0.1, the app on localhost.
  assert.notEqual(new URL(host.origin).origin, new URL(app.origin).origin);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await app?.close();
  await host?.close();
  rmSync(hostDir, { recursive: true, force: true });
});

async function hostContext() {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, locale: 'fr-FR' });
  await recordCspViolations(context);
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  return { context, page, requests };
}

const appFrame = (page) => page.frames().find((f) => f.url().startsWith(app.origin));

/** Waits until the iframe's height stops changing and fits its content. */
async function settledHeight(page) {
  const iframe = page.locator('iframe').first();
  let last = -1;
  for (let i = 0; i < 50; i++) {
    const height = (await iframe.boundingBox()).height;
    const content = await appFrame(page).evaluate(() => document.documentElement.scrollHeight);
    if (height === last && Math.abs(height - content) <= 1) return height;
    last = height;
    await page.waitForTimeout(100);
  }
  throw new Error('the iframe height did not settle on its content');
}

test('preset to its territory, in its colours, sized to fit, with no CSP violation and no other origin', async () => {
  const { context, page, requests } = await hostContext();
  await page.goto(hostPage('mentorat.html'));
  const frame = page.frameLocator('iframe');
  assert.equal(await page.locator('iframe').getAttribute('title'), 'Trouve ton mentor\u00a0: trouver un programme de mentorat');
  await frame.getByRole('link', { name: 'Commencer' }).click();
  await frame.locator('h1', { hasText: 'Quel âge as-tu' }).waitFor();
  assert.match(await frame.locator('.progress-text').textContent(), /Question 1 sur 5/);
  assert.equal(await frame.locator('.site-header').count(), 0, 'no app header inside the host page');
  assert.equal(
    await appFrame(page).evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim()),
    '#b3003c',
  );

  const heights = [await settledHeight(page)];
  await frame.getByLabel('Ton âge, en années').fill('16');
  await frame.getByRole('button', { name: 'Suivant' }).click();
  await frame.locator('h1', { hasText: "Aujourd'hui, tu es" }).waitFor();
  heights.push(await settledHeight(page));
  await frame.getByText('Au lycée professionnel').click();
  await frame.getByRole('button', { name: 'Suivant' }).click();
  await frame.locator('h1', { hasText: 'Pour quoi veux-tu' }).waitFor();
  heights.push(await settledHeight(page));
  await frame.getByRole('button', { name: 'Suivant' }).click();
  await frame.getByText('Les deux me vont').click();
  await frame.getByRole('button', { name: 'Suivant' }).click();
  await frame.locator('h1', { hasText: 'Est-ce que l' }).waitFor();
  heights.push(await settledHeight(page));
  await frame.getByRole('button', { name: 'Voir les programmes' }).click();
  await frame.locator('[data-testid="results"]').waitFor();
  heights.push(await settledHeight(page));
  assert.ok(new Set(heights).size >= 3, `the height follows the content: ${heights}`);
  assert.ok(heights.at(-1) > 2000, 'the results are tall and the frame grew with them');

  const names = await frame.locator('[data-testid="result"] h3').allTextContents();
  assert.deepEqual([...names].sort(), ['ANAF', 'Afev', 'Article 1', "C'Possible", 'La Clé', 'Proxité', 'Télémaque'].sort());
  const website = frame.locator('a.website').first();
  assert.equal(await website.getAttribute('target'), '_blank');
  assert.equal(await website.getAttribute('rel'), 'noopener noreferrer');
  assert.equal(await frame.locator('a.email').first().getAttribute('target'), '_blank');
  await screenshot(page, 'embed-demo-host');

  assert.deepEqual(await appFrame(page).evaluate(() => window.__violations), []);
  const others = requests.filter((r) => !r.startsWith(app.origin) && !r.startsWith(host.origin));
  assert.deepEqual(others, [], 'no request to any other origin');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('messages from another frame or origin do not resize it', async () => {
  const { context, page } = await hostContext();
  await page.goto(hostPage('messages.html'));
  await page.frameLocator('iframe').getByRole('link', { name: 'Commencer' }).waitFor();
  const before = await settledHeight(page);
  // From the host page itself.
  await page.evaluate(() => window.postMessage({ type: 'trouve-ton-mentor:height', height: 4321 }, '*'));
  // From another frame of the app's origin that the host script did not create.
  await page.evaluate((origin) => {
    const other = document.createElement('iframe');
    other.src = origin + '/?embed=1&territoire=dunkerque';
    other.style.height = '100px';
    document.body.append(other);
  }, app.origin);
  await page.frames().at(-1).waitForLoadState();
  await page.frameLocator('iframe >> nth=1').getByRole('link', { name: 'Commencer' }).waitFor();
  await page.waitForTimeout(500);
  assert.equal((await page.locator('iframe').first().boundingBox()).height, before);
  await context.close();
});

test('a malformed colour is ignored', async () => {
  const { context, page } = await hostContext();
  await page.goto(hostPage('colour.html', { colour: 'red;background:url(//evil.example)' }));
  const frame = page.frameLocator('iframe');
  await frame.getByRole('link', { name: 'Commencer' }).waitFor();
  assert.equal(
    await appFrame(page).evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim()),
    DEFAULT_ACCENT,
  );
  assert.match(await frame.locator('.notice').textContent(), /couleur/);
  assert.deepEqual(await appFrame(page).evaluate(() => window.__violations), []);
  await context.close();
});

test('the « Intégrer » page writes the snippets and previews them under the same CSP', async () => {
  const { context, page } = await hostContext();
  await page.goto(app.origin + '/integrer');
  await page.locator('h1', { hasText: 'Intégrer Trouve ton mentor' }).waitFor();
  await page.locator('#embed-territoire').selectOption('dunkerque');
  const script = await page.locator('#embed-code-script').inputValue();
  assert.ok(script.includes(`data-trouve-ton-mentor="${app.origin}/"`) && script.includes('data-territoire="dunkerque"'), script);
  const plain = await page.locator('#embed-code-iframe').inputValue();
  assert.ok(plain.includes('territoire=dunkerque') && plain.includes('sandbox='), plain);
  const preview = page.frameLocator('.embed-preview');
  await preview.locator('h1', { hasText: 'Quel âge as-tu' }).waitFor();
  assert.match(await page.getByTestId('security-headers').textContent(), /Content-Security-Policy: default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src/);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  await screenshot(page, 'embed-guide');
  await context.close();
});

/** Records, in the host page, every height the app posts. */
async function recordHeights(context) {
  await context.addInitScript(() => {
    if (window !== window.top) return;
    window.__heights = [];
    window.addEventListener('message', (e) => e.data?.type === 'trouve-ton-mentor:height' && window.__heights.push(e.data.height));
  });
}

test('heights are coarse, clamped, and only the app\'s own frame and origin resize it', async () => {
  const { context, page } = await hostContext();
  await recordHeights(context);
  await page.goto(hostPage('coarse.html', { territory: 'dunkerque' }));
  const frame = page.frameLocator('iframe');
  await frame.getByRole('link', { name: 'Commencer' }).waitFor();
  await settledHeight(page);
  const heights = await page.evaluate(() => window.__heights);
  assert.ok(heights.length > 0 && heights.every((h) => h % 200 === 0), `heights rounded up to 200 px: ${heights}`);
  assert.equal(await page.locator('iframe').getAttribute('name'), `ttm-host:${host.origin}`, 'the host names its origin');
  const iframe = page.locator('iframe').first();
  assert.equal(await iframe.getAttribute('scrolling'), 'no', 'sized by the app: no second scroll bar');
  // From the app's own frame and origin, whatever it claims, the height stays within bounds.
  for (const [claimed, expected] of [[100000, 20000], [1, 320]]) {
    await appFrame(page).evaluate((h) => window.parent.postMessage({ type: 'trouve-ton-mentor:height', height: h }, '*'), claimed);
    await page.waitForFunction((e) => document.querySelector('iframe').getBoundingClientRect().height === e, expected);
  }
  // The embedded footer speaks only of the host's territory, and has no « Intégrer » link.
  const sources = await frame.getByTestId('sources').textContent();
  assert.match(sources, /Dunkerque/);
  assert.doesNotMatch(sources, /Roubaix/);
  assert.equal(await frame.getByRole('link', { name: 'Intégrer à votre site' }).count(), 0);
  await context.close();
});

test('an app address that redirects to another origin: messages are ignored, said why, and the frame scrolls', async () => {
  const { context, page } = await hostContext();
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  // The webmaster pasted an address that redirects to the app (http to https, www to the apex):
  // the frame's content then comes from another origin than the one named.
  const old = await serveSwitchable(hostDir, { answer: (p) => ({ status: 302, location: app.origin + p.replace(/^\/ancienne-adresse/, '') }) });
  const demo = readFileSync(path.join(dist, 'demo-hote.html'), 'utf8')
    .replace('data-trouve-ton-mentor="./"', `data-trouve-ton-mentor="${old.origin}/ancienne-adresse/"`)
    .replace('src="embed.js"', `src="${app.origin}/embed.js"`);
  writeFileSync(path.join(hostDir, 'redirected.html'), demo);
  await page.goto(`${host.origin}/redirected.html`);
  await page.frameLocator('iframe').getByRole('link', { name: 'Commencer' }).waitFor();
  await page.waitForTimeout(500);
  const iframe = page.locator('iframe').first();
  assert.equal((await iframe.boundingBox()).height, 640, 'the height messages were not accepted');
  assert.equal(await iframe.getAttribute('scrolling'), null, 'the frame can still be scrolled');
  assert.ok(warnings.some((w) => w.includes('message de hauteur ignoré')), warnings.join('\n'));
  await old.close();
  await context.close();
});

// Security review, finding 13: served from the host's own origin, a frame can read every answer.
test('served from the host\'s own origin, the host script opens the app in a new tab, unless told otherwise', async () => {
  const { context, page } = await hostContext();
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto(app.origin + '/demo-hote.html');
  const link = page.locator('[data-trouve-ton-mentor] a');
  await link.waitFor();
  assert.equal(await page.locator('iframe').count(), 0, 'no frame on the same origin');
  assert.equal(await link.getAttribute('target'), '_blank');
  const opens = new URL(await link.getAttribute('href'));
  assert.equal(opens.origin, app.origin);
  assert.equal(opens.searchParams.get('embed'), null, 'the app itself, not its embedded view');
  assert.equal(opens.searchParams.get('territoire'), 'roubaix', 'the host\'s preset kept');
  assert.ok(warnings.some((w) => w.includes('même origine')), warnings.join('\n'));
  writeFileSync(
    path.join(dist, 'meme-origine-test.html'),
    `<!doctype html><html lang="fr"><title>t</title><div data-trouve-ton-mentor="./" data-meme-origine="oui"></div><script src="embed.js"></script></html>`,
  );
  try {
    await page.goto(app.origin + '/meme-origine-test.html');
    await page.frameLocator('iframe').getByRole('link', { name: 'Commencer' }).waitFor();
  } finally {
    rmSync(path.join(dist, 'meme-origine-test.html'));
  }
  await page.goto(app.origin + '/integrer');
  assert.match(await page.getByTestId('same-origin-warning').textContent(), /nouvel onglet/);
  await page.locator('#embed-site').fill('https://www.roubaix.fr/jeunesse');
  await page.getByTestId('frame-ancestors').filter({ hasText: 'frame-ancestors https://www.roubaix.fr' }).waitFor();
  await context.close();
});

/** The last height the app posted to the host page, once the results are drawn in its frame. */
async function reportedFor(answers) {
  const { context, page } = await hostContext();
  await recordHeights(context);
  await page.goto(hostPage('hauteurs.html', { territory: 'dunkerque' }));
  await page.frameLocator('iframe').getByRole('link', { name: 'Commencer' }).waitFor();
  const inner = appFrame(page);
  // A new document in the frame starts its heights again: record those of the results' page.
  await page.evaluate(() => (window.__heights = []));
  await inner.goto(app.origin + '/resultats?embed=1&territoire=dunkerque#' + answers);
  await page.frameLocator('iframe').locator('[data-testid="results"], [data-testid="closest"]').first().waitFor();
  await settledHeight(page);
  // Back to the questions, a shorter page of the same document: the height does not go down.
  await page.frameLocator('iframe').getByRole('link', { name: 'Modifier mes réponses' }).click();
  await page.frameLocator('iframe').locator('form h1').waitFor();
  await page.waitForTimeout(500);
  const heights = await page.evaluate(() => window.__heights);
  await context.close();
  return heights;
}

// Security review, finding 13: the height told which programmes were listed (one card, or two
// with the Aide sociale à l'enfance ticked).
test('embedded results report the same height whichever programmes fit, and heights only grow', async () => {
  const without = await reportedFor('age=16&etape=lycee-techno&modalite=distanciel');
  const withAse = await reportedFor('age=16&etape=lycee-techno&modalite=distanciel&situation=ase');
  const none = await reportedFor('age=16&etape=emploi&modalite=distanciel');
  for (const heights of [without, withAse, none]) {
    assert.ok(heights.length > 0 && heights.every((h, i) => i === 0 || h > heights[i - 1]), `within a page, only growing: ${heights}`);
  }
  assert.equal(withAse.at(-1), without.at(-1), `with and without ASE: ${withAse} / ${without}`);
  assert.equal(none.at(-1), without.at(-1), `no result: ${none} / ${without}`);
});

test('heights go only to the host script\'s page: a plain iframe, or a name that lies, gets none', async () => {
  const { context, page } = await hostContext();
  await recordHeights(context);
  writeFileSync(
    path.join(hostDir, 'sans-script.html'),
    `<!doctype html><html lang="fr"><title>t</title>` +
      `<iframe src="${app.origin}/?embed=1" title="a"></iframe>` +
      `<iframe src="${app.origin}/?embed=1" name="ttm-host:https://autre.example" title="b"></iframe></html>`,
  );
  await page.goto(`${host.origin}/sans-script.html`);
  for (const nth of [0, 1]) await page.frameLocator(`iframe >> nth=${nth}`).getByRole('link', { name: 'Commencer' }).waitFor();
  await page.waitForTimeout(500);
  assert.deepEqual(await page.evaluate(() => window.__heights), []);
  await context.close();
});

test('inside the host\'s frame: the frame may share and copy, and print opens the results as the app itself', async () => {
  const { context, page } = await hostContext();
  await context.addInitScript(() => {
    window.__shared = [];
    navigator.share = async (data) => window.__shared.push(data);
  });
  await page.goto(hostPage('partage.html', { territory: 'roubaix' }));
  const iframe = page.locator('iframe').first();
  assert.equal(await iframe.getAttribute('allow'), 'web-share; clipboard-write');
  const frame = page.frameLocator('iframe');
  await frame.getByRole('link', { name: 'Commencer' }).waitFor();
  const inner = appFrame(page);
  await inner.goto(app.origin + '/resultats?embed=1&territoire=roubaix#age=16&etape=lycee-pro&situation=ase');
  await frame.locator('[data-testid="results"]').waitFor();
  // The sandbox blocks printing: the results open in a tab of their own, not embedded.
  const print = frame.getByTestId('print');
  assert.equal(await print.getAttribute('target'), '_blank');
  const printed = new URL(await print.getAttribute('href'));
  assert.equal(printed.origin + printed.pathname, app.origin + '/resultats');
  assert.equal(printed.search, '', 'no embed=1');
  assert.match(printed.hash, /territoire=roubaix/);
  await frame.getByRole('button', { name: 'Partager', exact: true }).click();
  await frame.getByRole('button', { name: 'Partager le lien' }).click();
  await inner.waitForFunction(() => window.__shared.length > 0);
  const shared = await inner.evaluate(() => window.__shared[0].url);
  assert.ok(shared.startsWith(app.origin + '/resultats#territoire=roubaix') && !shared.includes('embed') && !shared.includes('situation'), shared);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  await context.close();
});

test('the host script opens the volunteers\' path directly (data-page="devenir-mentor")', async () => {
  const { context, page } = await hostContext();
  writeFileSync(
    path.join(hostDir, 'benevoles.html'),
    `<!doctype html><html lang="fr"><title>Devenir bénévole</title><div data-trouve-ton-mentor="${app.origin}/" data-territoire="dunkerque" data-page="devenir-mentor"></div><script src="${app.origin}/embed.js"></script></html>`,
  );
  await page.goto(`${host.origin}/benevoles.html`);
  const src = new URL(await page.locator('iframe').getAttribute('src'));
  assert.equal(src.pathname, '/devenir-mentor');
  const frame = page.frameLocator('iframe');
  // The host preset the territory: the first question is who the volunteer is.
  await frame.locator('form h1', { hasText: 'Aujourd’hui, vous êtes' }).waitFor();
  assert.match(await frame.locator('.progress-text').textContent(), /Question 1 sur 6/);
  await context.close();
});
