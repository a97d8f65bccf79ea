// The home page is written whole by the build (scripts/route-shells.mjs) and starts no app while it
// is only read (issue « Lighter by design »): it must say and link exactly what the app's home page
// does, in every language, download no wasm, and start the app in place when « Commencer » is
// followed.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dist, languages, phonePage, screenshot, servedApp, serveSwitchable, until, waitForWorker } from './support.mjs';

const app = servedApp({ serve: serveSwitchable });

/** What the home page says and links: its headings, paragraphs and links, in order. */
const read = (page) =>
  page.evaluate(() => {
    // A link's address without the host's set-up (the query) or the language (said apart).
    const where = (href) => {
      const url = new URL(href);
      const kept = url.hash.slice(1).split('&').filter((pair) => pair && !pair.startsWith('langue='));
      return url.pathname.replace(/\/$/, '') + (kept.length ? '#' + kept.join('&') : '');
    };
    const shown = (element) => !element.closest('[hidden], .notice, template, noscript');
    return [...document.querySelectorAll('section.home :is(h1, p, a)')]
      .filter(shown)
      .map((e) => (e.tagName === 'A' ? `a ${e.textContent.trim()} → ${where(e.href)}` : `${e.tagName.toLowerCase()} ${e.textContent.trim()}`));
  });

test("the home page written by the build says and links what the app's does, in every language, with no wasm", async () => {
  for (const language of languages) {
    const own = language === 'fr' ? '' : `#langue=${language}`;
    const written = await phonePage(app.browser, { locale: 'fr-FR' });
    await written.goto(app.server.origin + '/' + own);
    await written.waitForFunction((l) => document.documentElement.lang === l && !document.documentElement.classList.contains('translating'), language);
    const fromBuild = await read(written);
    const asked = await written.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
    assert.deepEqual(asked.filter((p) => /_bg\.wasm$|\/start-|trouve-ton-mentor-/.test(p)), [], `${language}: no app code`);
    assert.deepEqual(written.errors, []);
    if (language === 'ar') await screenshot(written, 'home-written-ar');
    await written.context().close();
    // The host's language preset in the query: the app draws its own home page.
    const drawn = await phonePage(app.browser, { locale: 'fr-FR' });
    await drawn.goto(app.server.origin + `/?langue=${language}`);
    await drawn.locator('.site-footer .version').waitFor({ state: 'attached' });
    const fromApp = await read(drawn);
    await drawn.context().close();
    assert.deepEqual(fromBuild, fromApp, language);
    assert.ok(fromBuild.length >= 9, `${language}: ${fromBuild.length} parts`);
  }
});

test('« Commencer » starts the app in place, on the first question, and Back comes home', async () => {
  const page = await phonePage(app.browser);
  const asked = [];
  page.on('request', (request) => asked.push(new URL(request.url()).pathname));
  await page.goto(app.server.origin + '/');
  await page.getByRole('link', { name: 'Commencer' }).tap();
  await page.locator('fieldset legend', { hasText: 'Où habites-tu' }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/questionnaire');
  // The questions' page is drawn where the home page was: no second page was downloaded.
  assert.deepEqual(asked.filter((p) => /\/questionnaire\/?$/.test(p)), []);
  await page.goBack();
  await page.getByRole('link', { name: 'Commencer' }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a visit of the home page alone is enough: offline, « Commencer » starts the app and the questions work', async () => {
  const own = await serveSwitchable(dist);
  const page = await phonePage(app.browser);
  await page.goto(own.origin + '/');
  await waitForWorker(page);
  await until(page, async () => Boolean(await caches.match(new URL('data/index.json', document.baseURI).href)));
  await page.context().setOffline(true);
  await own.close();
  await page.reload();
  await page.getByRole('link', { name: 'Commencer' }).tap();
  await page.getByText(/^Roubaix/).tap();
  await page.getByRole('button', { name: 'Suivant' }).tap();
  await page.getByLabel('Ton âge, en années').waitFor();
  // Offline, what the worker does not hold (Roubaix's programmes, never read) fails to load: said, not broken.
  assert.deepEqual(page.errors.filter((e) => !/Failed to load resource|net::ERR_|Failed to fetch/.test(e)), []);
  await page.context().close();
});
