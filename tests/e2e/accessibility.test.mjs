// RGAA 4.1 / WCAG 2.2 AA in a real browser: axe-core on every screen (no rule disabled, no
// element excluded, target-size enabled), and the layout at 320 px and with text at 200 %.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { phonePage, servedApp, serveSwitchable, texts, violations } from './support.mjs';

// About two hundred pages: the test server, which keeps answering (python's http.server stops).
const app = servedApp({ serve: serveSwitchable });

const journey = 'territoire=roubaix&age=16&etape=lycee-pro&modalite=presentiel&besoin=orientation';
const screens = [
  ['home', '/', 'h1'],
  ...['territoire', 'age', 'etape', 'besoin', 'modalite', 'situation'].map((q) => [
    `question ${q}`,
    `/questionnaire#question=${q}&${journey}`,
    'form h1',
  ]),
  ['results', `/resultats#${journey}&incertain=qpv`, '[data-testid="results"]'],
  ['my selection', `/resultats#${journey}&garde=afev-roubaix&garde=duo-for-a-job-roubaix&vue=selection`, '[data-testid="results"]'],
  ['directory', '/programmes#territoire=roubaix&tri=age', '[data-testid="directory"]'],
  ...['territoire', 'profil', 'age', 'heures', 'duree', 'modalite', 'jeunes'].map((q) => [
    `volunteer question ${q}`,
    `/devenir-mentor#question=${q}&territoire=roubaix&profil=retraite`,
    'form h1',
  ]),
  ['volunteer results', '/devenir-mentor/resultats#territoire=roubaix&age=68&profil=retraite&heures=10&modalite=presentiel', '[data-testid="results"]'],
  ['volunteer near misses', '/devenir-mentor/resultats#territoire=roubaix&age=20&profil=etudiant&heures=4&duree=3&modalite=distanciel', '[data-testid="closest"]'],
  ['no result', '/resultats#territoire=dunkerque&age=16&etape=emploi&modalite=distanciel', '[data-testid="closest"]'],
  ['link with problems', '/resultats?x=1#territoire=roubaix&age=99&etape=inconnue', '[data-testid="results"]'],
  ['territory to choose again', '/resultats#territoire=lille&age=16', '.notice'],
  ['no programme here yet', '/resultats?territoire=lille#age=16', '[data-testid="no-programme-here"]'],
  ['older than every programme', '/resultats#territoire=dunkerque&age=32', '[data-testid="too-old"]'],
  ['embed page', '/integrer', '#embed-code-script'],
  ['embedded, host colour', '/questionnaire?embed=1&territoire=dunkerque&couleur=%23ffcc00#question=age', 'form h1'],
  ['accessibility statement', '/accessibilite', 'h1'],
  ['not found', '/404.html', 'h1'],
];

const LANGUAGES = Object.keys(texts);
/** The same address, in a language: `langue=` joins the fragment. */
const inLanguage = (url, lang) => (url.includes('#') ? `${url}&langue=${lang}` : `${url}#langue=${lang}`);

test('axe reports no violation on any screen, in every language', async () => {
  const found = {};
  let scanned = 0;
  for (const lang of LANGUAGES) {
    const page = await phonePage(app.browser);
    for (const [name, url, ready] of screens) {
      await page.goto(app.server.origin + inLanguage(url, lang));
      await page.locator(ready).first().waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang, `${name}: in ${lang}`);
      found[`${name} (${lang})`] = await violations(page);
      scanned += 1;
    }
    // The age question with its error shown, and the dataset error page.
    await page.goto(app.server.origin + inLanguage('/questionnaire#question=age&territoire=roubaix', lang));
    await page.getByRole('button', { name: texts[lang]['question.next'] }).click();
    await page.locator('#question-error').filter({ hasText: /\S/ }).waitFor();
    found[`age error (${lang})`] = await violations(page);
    scanned += 1;
    // The results with « Partager » and a card's disclosure open.
    await page.goto(app.server.origin + inLanguage(`/resultats#${journey}&situation=ase&garde=afev-roubaix`, lang));
    await page.locator('[data-testid="results"]').waitFor();
    await page.getByRole('button', { name: texts[lang]['share.open'], exact: true }).click();
    await page.getByTestId('share').waitFor();
    await page.locator('details.more summary').first().click();
    found[`share and disclosure (${lang})`] = await violations(page);
    scanned += 1;
    // A new page, before any service worker holds a copy of the data.
    const offline = await phonePage(app.browser);
    await offline.route('**/data/*.json', (route) => route.abort('internetdisconnected'));
    await offline.goto(app.server.origin + inLanguage(`/resultats#${journey}`, lang));
    await offline.getByTestId('load-error').waitFor();
    found[`load error (${lang})`] = await violations(offline);
    scanned += 1;
    await offline.context().close();
    await page.context().close();
  }

  assert.equal(scanned, (screens.length + 3) * LANGUAGES.length);
  assert.equal(scanned, 31 * 4, 'every screen was scanned in every language');
  const failing = Object.entries(found).filter(([, v]) => v.length > 0);
  assert.deepEqual(failing, []);
});

test('at 320 px wide nothing scrolls sideways, and touch targets are at least 44 px', async () => {
  const context = await app.browser.newContext({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true, locale: 'fr-FR' });
  const page = await context.newPage();
  for (const url of ['/', `/questionnaire#question=etape&${journey}`, `/resultats#${journey}`, '/integrer']) {
    await page.goto(app.server.origin + url);
    await page.locator('h1').first().waitFor();
    await page.waitForTimeout(200);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${url} scrolls sideways by ${overflow}px`);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('button, .button, .choice, .contact, input[type="text"], select')]
        .map((el) => ({ el: el.textContent.trim().slice(0, 30) || el.id, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && (box.height < 44 || box.width < 44))
        .map(({ el, box }) => `${el} ${Math.round(box.width)}×${Math.round(box.height)}`),
    );
    assert.deepEqual(small, [], url);
  }
  await context.close();
});

test('text zoomed to 200 % still fits and works', async () => {
  const page = await phonePage(app.browser);
  await page.goto(`${app.server.origin}/questionnaire#question=etape&${journey}`);
  await page.locator('form h1').waitFor();
  await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
  await page.waitForTimeout(200);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `scrolls sideways by ${overflow}px at 200 %`);
  await page.getByText('Au lycée général').click();
  await page.getByRole('button', { name: 'Suivant' }).click();
  await page.locator('h1', { hasText: 'Pour quoi veux-tu' }).waitFor();
  await page.context().close();
});

test('reduced motion removes animations and transitions', async () => {
  const context = await app.browser.newContext({ reducedMotion: 'reduce', locale: 'fr-FR' });
  const page = await context.newPage();
  await page.goto(`${app.server.origin}/questionnaire#question=etape&${journey}`);
  await page.locator('form h1').waitFor();
  const moving = await page.evaluate(() =>
    [...document.querySelectorAll('*')].filter((el) => {
      const s = getComputedStyle(el);
      return s.animationName !== 'none' || parseFloat(s.transitionDuration) > 0;
    }).length,
  );
  assert.equal(moving, 0);
  await context.close();
});

test('the skip link moves the focus to the content and keeps the page and its answers, on every page', async () => {
  const page = await phonePage(app.browser, { hasTouch: false });
  for (const url of ['/', '/questionnaire#question=age&territoire=roubaix&age=16', `/resultats#${journey}`, '/integrer', '/accessibilite', '/404.html']) {
    await page.goto(app.server.origin + url);
    await page.locator('.skip-link').waitFor({ state: 'attached' });
    await page.locator('main h1').first().waitFor();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip-link', `${url}: the first stop`);
    await page.keyboard.press('Enter');
    // The focus moves once the page has handled the key (later on a loaded machine): waited for.
    await page.waitForFunction(() => document.activeElement?.id === 'contenu', null, { timeout: 5000 }).catch(() => undefined);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'contenu', `${url}: the focus is on the content`);
    // A page written whole by the build (the home page read as it is, the static pages: no app, no
    // answers) may add #contenu to its own address; an app page keeps its
    // address whole. The plain server redirects a folder to its trailing slash when the worker does
    // not answer yet (`/questionnaire` → `/questionnaire/`): the same page.
    const now = page.url().replace(/\/(?=#|$)/, '');
    const kept = ['/', '/accessibilite', '/integrer'].includes(url) ? now.replace(/\/?#contenu$/, '') === (app.server.origin + url).replace(/\/$/, '') : now === (app.server.origin + url).replace(/\/(?=#|$)/, '');
    assert.ok(kept, `${url}: the page and its answers are kept (${page.url()})`);
    assert.equal(await page.locator('.notice:not([hidden])').count(), 0, `${url}: no problem reported in the link`);
  }
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
