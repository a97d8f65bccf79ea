// The young person's language: Arabic from right to left by keyboard alone, Ukrainian offline, a
// switch mid-questionnaire that keeps every answer, the order of the language's sources, no layout
// shift on a deep link in Arabic, the e-mail in French said in the young person's language, the
// static pages, and a language that cannot be had.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { buildCopies, dist, languages, launch, phonePage, screenshot, serveSwitchable, texts, waitForOpened, waitForWorker, until } from './support.mjs';

let browser;
let server;
// The test server, not python's http.server: python's stops answering after a few hundred pages.
before(async () => {
  browser = await launch();
  server = await serveSwitchable(dist);
});
after(async () => {
  await browser?.close();
  await server?.close();
});
const copyOf = buildCopies();

/** Each language's translations of the dataset, whole: the index's and every territory's file. */
const programmes = Object.fromEntries(
  languages.slice(1).map((l) => {
    const read = (file) => JSON.parse(readFileSync(path.join(dist, `data/i18n/${l}/${file}.json`), 'utf8'));
    const index = read('index');
    const ids = JSON.parse(readFileSync(path.join(dist, 'data/index.json'), 'utf8')).territories.map((t) => t.id);
    return [l, { ...index, programmes: Object.assign({}, ...ids.map((id) => read(id).programmes)) }];
  }),
);
/** The form of a counting text for `n` in a language (CLDR categories, as the app's). */
const form = (lang, key, n) => {
  const forms = texts[lang][key];
  const category = new Intl.PluralRules(lang).select(n);
  return (forms[category] ?? forms.other).replace('{n}', n);
};
const names = (page) => page.locator('[data-testid="result"] h3').allTextContents();

/** Presses Tab until the focused element's text or label matches, as a keyboard user would. */
async function tabTo(page, text) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      return (el?.labels?.[0]?.textContent ?? el?.textContent ?? '').trim();
    });
    // What is read, without the invisible marks that isolate a value's direction.
    if (focused.replace(/[\u2066-\u2069]/g, '').startsWith(text)) return;
  }
  throw new Error(`nothing starting with « ${text} » reached with Tab`);
}

test('in Arabic, by keyboard alone at 360×740: right to left, « Retour » on the right, the bar mirrored', async () => {
  const ar = texts.ar;
  const page = await phonePage(browser, { hasTouch: false });
  await page.goto(server.origin + '/');
  await page.getByRole('link', { name: 'Commencer' }).waitFor();
  // The switch is the first thing after the skip link and the brand, each language in itself.
  await tabTo(page, 'العربية');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  await page.getByRole('link', { name: ar['home.start'] }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ar');
  assert.match(page.url(), /#langue=ar$/);
  await tabTo(page, ar['home.start']);
  await page.keyboard.press('Enter');

  await page.locator('h1', { hasText: ar['question.territoire.title'] }).waitFor();
  await tabTo(page, 'Roubaix');
  await page.keyboard.press('Space');
  await tabTo(page, ar['question.next']);
  await page.keyboard.press('Enter');
  await page.locator('h1', { hasText: ar['question.age.title'] }).waitFor();
  await tabTo(page, ar['question.age.label']);
  await page.keyboard.type('16');
  await page.keyboard.press('Enter');

  await page.locator('h1', { hasText: ar['question.etape.title'] }).waitFor();
  const back = await page.getByRole('link', { name: ar['question.back'] }).boundingBox();
  const next = await page.getByRole('button', { name: ar['question.next'] }).boundingBox();
  assert.ok(back.x > next.x, `« Retour » is on the right in Arabic (${back.x} > ${next.x})`);
  assert.equal(await page.locator('progress').evaluate((p) => getComputedStyle(p).direction), 'rtl', 'the bar fills from the right');
  assert.equal(await page.locator('.progress-text').textContent(), ar['question.progress'].replace('{n}', '3').replace('{total}', '6'));
  await tabTo(page, ar['stage.ecole.label']);
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
  assert.equal(await page.getByRole('radio', { name: ar['stage.lycee_pro.label'] }).isChecked(), true);
  await screenshot(page, 'arabic-question-etape');
  for (const question of ['question.besoin.title', 'question.modalite.title', 'question.situation.title']) {
    await tabTo(page, ar['question.next']);
    await page.keyboard.press('Enter');
    await page.locator('h1', { hasText: ar[question] }).waitFor();
    if (question === 'question.modalite.title') {
      await tabTo(page, ar['preference.presentiel.label']);
      await page.keyboard.press('Space');
    }
  }
  await tabTo(page, ar['question.finish']);
  await page.keyboard.press('Enter');

  await page.locator('[data-testid="results"]').waitFor();
  const found = await names(page);
  assert.equal(await page.locator('#fits-title').textContent(), form('ar', 'results.count', found.length));
  // Latin names and addresses stay readable: they are set left to right inside the Arabic text.
  assert.ok(found.includes('ANAF'), found.join());
  assert.equal(await page.locator('.contact small').first().getAttribute('dir'), 'ltr');
  // In Arabic the title is isolated from the Latin name after it (U+2068 … U+2069).
  assert.equal(await page.title(), ar['title.suffix'].replace('{title}', `\u2068${form('ar', 'results.title', found.length)}\u2069`));
  await screenshot(page, 'arabic-results');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('in Ukrainian, the results work offline, the server stopped', async () => {
  const switchable = await serveSwitchable(copyOf(dist));
  const link = '/resultats#territoire=dunkerque&age=16&etape=lycee-techno&modalite=distanciel&situation=ase';
  const page = await phonePage(browser, { locale: 'uk-UA' });
  // Offline, the territories opened work: Dunkerque's programmes, read once online (on the
  // questions, ahead), are stored by the worker, and their translations as they were read.
  await page.goto(switchable.origin + '/questionnaire#question=age&territoire=dunkerque');
  await waitForWorker(page);
  await until(page, async () => Boolean(await caches.match(new URL('data/dunkerque.json', document.baseURI).href)));
  await waitForOpened(page, /\/data\/i18n\/uk\/dunkerque\.json$/);
  await switchable.close();
  await page.goto(switchable.origin + link);
  await page.locator('[data-testid="results"]').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'uk', 'the browser speaks Ukrainian');
  // Télémaque Dunkerque is met at collège only: its one partner is « Collèges REP et REP + ».
  assert.deepEqual(await names(page), ['Les Ombres']);
  assert.equal(await page.locator('#fits-title').textContent(), form('uk', 'results.count', 1));
  const summary = page.locator('[data-testid="result"] .summary').first();
  assert.equal(await summary.textContent(), programmes.uk.programmes['les-ombres-dunkerque'].summary);
  assert.equal(await summary.getAttribute('lang'), null, 'a translated text is not marked as French');
  await screenshot(page, 'ukrainian-results-offline');
  assert.deepEqual(page.errors.filter((e) => !/Failed to load resource/.test(e)), []);
  await page.context().close();
});

test('switching language mid-questionnaire keeps every answer and the question on screen', async () => {
  const page = await phonePage(browser);
  await page.goto(server.origin + '/questionnaire#question=etape&territoire=roubaix&age=16');
  await page.getByRole('radio', { name: texts.fr['stage.lycee_pro.label'] }).check();
  await page.getByRole('link', { name: 'English' }).click();
  await page.locator('h1', { hasText: texts.en['question.etape.title'] }).waitFor();
  const hash = new URL(page.url()).hash;
  for (const part of ['question=etape', 'territoire=roubaix', 'age=16', 'etape=lycee-pro', 'langue=en']) {
    assert.ok(hash.includes(part), `${part} in ${hash}`);
  }
  assert.equal(await page.getByRole('radio', { name: texts.en['stage.lycee_pro.label'] }).isChecked(), true);
  assert.equal(await page.locator('.languages [aria-current]').textContent(), 'English');
  // Back leaves the page; it does not step back through languages.
  assert.equal(await page.evaluate(() => history.length), 2);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the language: the fragment, then the host\'s query, then the browser, then French, painted before the wasm', async () => {
  const cases = [
    ['en-US', '/', 'en'],
    ['en-US', '/?langue=uk', 'uk'],
    ['en-US', '/?langue=uk#langue=ar', 'ar'],
    ['de-DE', '/', 'fr'],
    ['de-DE', '/resultats#territoire=roubaix&langue=uk', 'uk'],
  ];
  for (const [locale, url, expected] of cases) {
    const page = await phonePage(browser, { locale });
    // Without the wasm, the page is what src/lang.js and the route shell made of it.
    await page.route(/_bg\.wasm$/, (route) => route.abort());
    await page.goto(server.origin + url);
    const heading = expected === 'fr' ? texts.fr['home.heading'] : texts[expected][url.startsWith('/resultats') ? 'page.results.heading' : 'home.heading'];
    await page.locator('h1', { hasText: heading }).waitFor();
    assert.deepEqual(
      await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
      [expected, expected === 'ar' ? 'rtl' : 'ltr'],
      `${locale} ${url}`,
    );
    await page.unroute(/_bg\.wasm$/);
    await page.reload();
    await page.locator('.languages [aria-current]').waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), expected, `the app agrees: ${locale} ${url}`);
    await page.context().close();
  }
});

test('a results link opened in Arabic does not move as the app takes over (CLS ≤ 0.01)', async () => {
  const page = await phonePage(browser);
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(server.origin + '/resultats#territoire=roubaix&age=16&etape=lycee-pro&langue=ar');
  await page.locator('[data-testid="results"]').waitFor();
  await page.waitForTimeout(500);
  const shift = await page.evaluate(() => window.__shift);
  assert.ok(shift <= 0.01, `cumulative layout shift ${shift}`);
  await page.context().close();
});

test('the e-mail to an association stays in French, and the page says so in the young person\'s language', async () => {
  const page = await phonePage(browser);
  await page.goto(server.origin + '/resultats#territoire=dunkerque&age=16&etape=lycee-techno&situation=ase&langue=uk');
  const card = page.locator('[data-testid="result"]', { has: page.locator('h3', { hasText: 'Les Ombres' }) });
  await card.waitFor();
  assert.match(decodeURIComponent(await card.locator('.first-contact a.email').getAttribute('href')), /body=Bonjour,[\s\S]*J'ai 16 ans \(au lycée technologique\)/);
  assert.equal(await card.getByTestId('email-note').textContent(), texts.uk['contact.email_note']);
  await page.context().close();
  // A tab of its own (this one keeps Ukrainian, the young person's choice, for the tab).
  const french = await phonePage(browser);
  await french.goto(server.origin + '/resultats#territoire=dunkerque&age=16&etape=lycee-techno&situation=ase');
  await french.locator('[data-testid="results"]').waitFor();
  assert.equal(await french.getByTestId('email-note').count(), 0, 'in French, nothing to explain');
  await french.context().close();
});

// A reader's check of Ukrainian (2026-12-03): the volunteers' cards said what the young person's
// e-mail says, to « ти ».
test('a volunteer is told what their own e-mail says, addressed as « vous »', async () => {
  const page = await phonePage(browser);
  await page.goto(server.origin + '/devenir-mentor/resultats#territoire=roubaix&age=68&profil=retraite&langue=uk');
  const card = page.locator('[data-testid="result"]', { has: page.locator('.more a.email') }).first();
  await card.waitFor();
  await card.locator('details.more summary').tap();
  assert.match(decodeURIComponent(await card.locator('.more a.email').getAttribute('href')), /Je souhaite devenir mentor bénévole/);
  assert.equal(await card.getByTestId('email-note').textContent(), texts.uk['volunteer.email_note']);
  await page.context().close();
});

test('the static pages speak every language, and their switch draws them again', async () => {
  const page = await phonePage(browser);
  await page.goto(server.origin + '/accessibilite#langue=uk');
  await page.locator('h1', { hasText: texts.uk['page.statement.heading'] }).waitFor();
  assert.equal(await page.title(), texts.uk['title.suffix'].replace('{title}', texts.uk['page.statement.heading']));
  await page.getByRole('link', { name: 'العربية' }).click();
  await page.locator('h1', { hasText: texts.ar['page.statement.heading'] }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
  await page.goto(server.origin + '/integrer#langue=en');
  await page.locator('h1', { hasText: texts.en['page.embed.heading'] }).waitFor();
  await page.locator('#embed-langue').selectOption('uk');
  assert.match(await page.locator('#embed-code-script').inputValue(), /data-langue="uk"/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a language whose texts cannot be had: the app speaks French and says why, in that language', async () => {
  const page = await phonePage(browser);
  await page.route('**/i18n/ar.json', (route) => route.abort('internetdisconnected'));
  // The host's language preset: the app draws the home page (read as it is, the page written by
  // the build is in Arabic already, with no texts to download).
  await page.goto(server.origin + '/?langue=ar');
  const failed = page.getByTestId('language-failed');
  await failed.waitFor();
  assert.equal(await failed.textContent(), texts.ar['load.language']);
  assert.deepEqual([await failed.getAttribute('lang'), await failed.getAttribute('dir')], ['ar', 'rtl']);
  assert.equal(await page.locator('main h1').textContent(), texts.fr['home.heading']);
  assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), ['fr', 'ltr']);
  await page.context().close();
});

// Outside review AR-1 (a phone number printed « 43 26 15 36 06 » in Arabic) and LS-1 (the link
// on the sheet opens in the phone's language).
test('in Arabic, the printed sheet keeps a phone number in its order and says how to read the page in Arabic again', async () => {
  const page = await phonePage(browser);
  await page.goto(server.origin + '/resultats#territoire=roubaix&langue=ar');
  await page.locator('[data-testid="result"]').first().waitFor();
  await page.emulateMedia({ media: 'print' });
  const phone = '06 36 15 26 43';
  const line = page.locator('.written-contacts li', { hasText: phone }).first();
  await line.waitFor();
  // Where the first group and the last are drawn: read left to right, the number as written.
  const [first, last] = await line.evaluate((li, phone) => {
    const node = [...li.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.data.includes(phone));
    const at = node.data.indexOf(phone);
    const left = (from, to) => {
      const range = document.createRange();
      range.setStart(node, from);
      range.setEnd(node, to);
      return range.getBoundingClientRect().left;
    };
    return [left(at, at + 2), left(at + phone.length - 2, at + phone.length)];
  }, phone);
  assert.ok(first < last, `« 06 » is drawn at ${first} px, « 43 » at ${last} px`);
  assert.equal(
    (await page.getByTestId('print-language').textContent()).replace(/[\u2066-\u2069]/g, ''),
    texts.ar['print.language'].replace('{language}', 'العربية'),
  );
  await page.context().close();
});
