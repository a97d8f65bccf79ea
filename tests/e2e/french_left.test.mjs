// Every language says the same thing as the French: in English, Arabic and Ukrainian, no French
// sentence is left on the young person's or the volunteers' results unmarked (outside review SH-1),
// and what is left in French says so (`lang="fr" dir="ltr"`). Names are not French sentences: an
// association's or a territory's name, and what a translation itself keeps in French on purpose
// (« child welfare services (Aide sociale à l'enfance) », docs/plain-language.md rule 9).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { languages, phonePage, root, servedApp, texts } from './support.mjs';

const app = servedApp();

const RUN = 4;
const json = (file) => JSON.parse(readFileSync(path.join(root, file), 'utf8'));
const index = json('public/data/index.json');
const territories = index.territories.map((t) => t.id);
const data = territories.map((id) => json(`public/data/${id}.json`));

/** The words of a text, lower case; a placeholder (`{name}`) breaks the run. */
const words = (text) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .split(/\{\w+\}/)
    .map((piece) => piece.match(/[\p{L}\p{N}]+/gu) ?? []);
/** Every run of RUN consecutive words with at least two words made of letters (not a phone number). */
const runs = (text) =>
  words(text).flatMap((list) =>
    list
      .slice(0, Math.max(0, list.length - RUN + 1))
      .map((_, i) => list.slice(i, i + RUN))
      .filter((run) => run.filter((w) => /\p{L}/u.test(w)).length >= 2)
      .map((run) => run.join(' ')),
  );
/** Every text of a JSON value (the forms of a text that counts, too), but contacts. */
const strings = (value) =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(strings)
      : value && typeof value === 'object'
        ? Object.entries(value).flatMap(([key, v]) => (key === 'contact' ? [] : strings(v)))
        : [];

const names = [index.fallback.name, ...index.territories.map((t) => t.name), ...data.flatMap((d) => d.programmes.map((p) => p.association))];

/** The French runs a page in `lang` must not show outside `[lang=fr]`. */
function frenchRuns(lang) {
  const interfaceTexts = Object.entries(texts.fr)
    .filter(([key, text]) => JSON.stringify(texts[lang][key]) !== JSON.stringify(text))
    .flatMap(([, text]) => strings(text));
  const french = new Set([...interfaceTexts, ...strings(index), ...data.flatMap(strings)].flatMap(runs));
  const ownFiles = ['index', ...territories].map((file) => json(`public/data/i18n/${lang}/${file}.json`));
  const kept = new Set([...strings(texts[lang]), ...ownFiles.flatMap(strings), ...names].flatMap(runs));
  return [...french].filter((run) => !kept.has(run));
}

/** The page's text nodes outside `[lang=fr]` (every disclosure open) that hold a French run. */
async function frenchOnPage(page, french) {
  return page.evaluate(
    ({ french, RUN }) => {
      document.querySelectorAll('details').forEach((d) => (d.open = true));
      const set = new Set(french);
      const found = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.closest('script, style, template, noscript, [lang="fr"]')) continue;
        const list = node.data.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
        for (let i = 0; i + RUN <= list.length; i++) {
          const run = list.slice(i, i + RUN).join(' ');
          if (set.has(run)) {
            found.push(`« ${node.data.trim()} » (${run})`);
            break;
          }
        }
      }
      return found;
    },
    { french, RUN },
  );
}

/** Every `[lang=fr]` on the page also reads left to right, even in an Arabic page. */
const frenchWithoutDirection = (page) =>
  page.evaluate(() => [...document.querySelectorAll('body [lang="fr"]')].filter((el) => el.closest('[dir]')?.dir !== 'ltr').map((el) => el.outerHTML.slice(0, 120)));

for (const lang of languages.slice(1)) {
  test(`in ${lang}, no French sentence is left unmarked on the results of every territory, young and volunteer`, async () => {
    const french = frenchRuns(lang);
    const page = await phonePage(app.browser);
    for (const id of territories) {
      for (const route of [`/resultats#territoire=${id}&situation=ase&situation=refugie&situation=qpv`, `/devenir-mentor/resultats#territoire=${id}`]) {
        await page.goto('about:blank');
        await page.goto(`${app.server.origin}${route}&langue=${lang}`);
        await page.locator('[data-testid="result"]').first().waitFor();
        await page.waitForFunction((lang) => document.documentElement.lang === lang, lang);
        // The territory's translations arrive after its programmes: wait for the text to settle.
        let before = '';
        for (let text = await page.locator('main').textContent(); text !== before; text = await page.locator('main').textContent()) {
          before = text;
          await page.waitForTimeout(300);
        }
        assert.deepEqual(await frenchOnPage(page, french), [], `${lang} ${route}`);
        assert.deepEqual(await frenchWithoutDirection(page), [], `${lang} ${route}: lang="fr" with dir="ltr"`);
      }
    }
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('the check finds a French sentence left in an English page', async () => {
  const page = await phonePage(app.browser);
  await page.goto(`${app.server.origin}/devenir-mentor/resultats#territoire=roubaix&langue=en`);
  await page.locator('[data-testid="result"]').first().waitFor();
  const frenchLine = data[0].programmes[0].line;
  await page.evaluate((text) => {
    const p = document.createElement('p');
    p.textContent = text;
    document.querySelector('main').append(p);
  }, frenchLine);
  assert.equal((await frenchOnPage(page, frenchRuns('en'))).length, 1);
  await page.context().close();
});
