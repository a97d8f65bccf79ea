// The UX walk at 360×740 by touch (../shared/reviews/ux-walkthrough.md): what a person on a phone
// needs is on screen.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { phonePage, servedApp, until } from './support.mjs';

const app = servedApp();

// Phone numbers reached only the counsellors' table; a young person without e-mail can call.
test('a phone number the data has is on the card face, beside the e-mail', async () => {
  const page = await phonePage(app.browser);
  for (const [territory, names] of [['roubaix', ['Proxité', 'Duo for a Job']], ['dunkerque', ['Entreprendre Ensemble', 'Proxité']]]) {
    await page.goto('about:blank');
    // Duo for a Job is for refugees and young people from immigration.
    await page.goto(`${app.server.origin}/resultats#territoire=${territory}&situation=refugie`);
    await page.locator('[data-testid="result"]').first().waitFor();
    for (const name of names) {
      const card = page.locator('[data-testid="result"]', { has: page.locator('h3', { hasText: name }) });
      const call = card.locator('.first-contact a[href^="tel:"]');
      assert.equal(await call.count(), 1, `${territory}, ${name}: a phone link on the card`);
      assert.ok(await call.isVisible(), `${territory}, ${name}: visible before « En savoir plus »`);
      assert.equal(await card.locator('.first-contact a[href^="mailto:"]').count(), 1, `${territory}, ${name}: and the e-mail`);
    }
  }
  await page.context().close();
});

// The counsellors' list at 360 px: Situations and Contact were off screen with no sign that the
// table scrolled; printed, it named no territory, date or source, and e-mails broke mid-word.
test('the directory on a phone: every column on screen, named; on paper, a title and whole e-mail addresses', async () => {
  const page = await phonePage(app.browser);
  await page.goto(`${app.server.origin}/programmes#territoire=dunkerque`);
  const rows = page.getByTestId('directory-row');
  await rows.first().waitFor();
  const scroll = await page.locator('.table-scroll').evaluate((el) => [el.scrollWidth, el.clientWidth]);
  assert.ok(scroll[0] <= scroll[1], `nothing scrolls sideways: ${scroll}`);
  for (const label of ['Pour qui', 'Comment', 'Situations', 'Contact']) {
    const cell = rows.first().locator(`td[data-label="${label}"]`);
    const box = await cell.boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= 360, `« ${label} » is on screen: ${JSON.stringify(box)}`);
    assert.match(await cell.evaluate((td) => getComputedStyle(td, '::before').content), new RegExp(label), `« ${label} » is named`);
  }
  // The filters say the situations in words.
  const options = await page.locator('#filtre-situation option').allTextContents();
  for (const words of ["Aide sociale à l'enfance", 'quartier prioritaire', 'décrochage scolaire']) {
    assert.ok(options.some((o) => o.includes(words)), `« ${words} » among ${options}`);
  }
  await page.emulateMedia({ media: 'print' });
  const title = await page.getByTestId('print-title').textContent();
  assert.match(title, /Communauté urbaine de Dunkerque/);
  assert.match(title, /Collectif Mentorat, données vérifiées le \d+ \S+ \d{4}/);
  const broken = await page.locator('.directory-table a[href^="mailto:"]').evaluateAll((links) =>
    links.filter((a) => a.getClientRects().length > 1).map((a) => a.textContent),
  );
  assert.deepEqual(broken, [], 'no e-mail address on two lines');
  await page.context().close();
});

// « Suivant » sat at 957 px on question 3 and « Voir les programmes » at 1,047 px on question 6 of a
// 740 px screen, lower with the keyboard open. On every question of both paths, in French and in
// Arabic (right to left), the main button is on screen, and it covers neither the answers nor the
// focused field.
test('the main button is on screen on every question of both paths, keyboard open too, in both directions', async () => {
  const page = await phonePage(app.browser);
  const paths = [
    ['/questionnaire', 'territoire=roubaix&age=16', ['territoire', 'age', 'etape', 'besoin', 'modalite', 'situation']],
    ['/devenir-mentor', 'territoire=roubaix&profil=retraite', ['territoire', 'profil', 'age', 'heures', 'duree', 'modalite', 'jeunes']],
  ];
  for (const lang of ['fr', 'ar']) {
    for (const [route, answered, questions] of paths) {
      for (const question of questions) {
        await page.setViewportSize({ width: 360, height: 740 });
        await page.goto('about:blank');
        await page.goto(`${app.server.origin}${route}#question=${question}&${answered}&langue=${lang}`);
        const button = page.locator('form button[type="submit"]');
        await button.waitFor();
        const where = `${route} ${question} (${lang})`;
        const box = await button.boundingBox();
        assert.ok(box.y >= 0 && box.y + box.height <= 740, `${where}: the button at ${box.y}–${box.y + box.height} px`);
        // Nothing to tap lies under the button: the answers end above it.
        const under = await button.evaluate((b) => {
          const r = b.getBoundingClientRect();
          return [...document.querySelectorAll('form fieldset input, form fieldset label, form fieldset a')]
            .filter((el) => {
              // What shows of it: an answer scrolled out of its box is clipped, not under the button.
              const e = el.getBoundingClientRect();
              const box = el.closest('fieldset').getBoundingClientRect();
              const [top, bottom] = [Math.max(e.top, box.top), Math.min(e.bottom, box.bottom)];
              return e.height > 0 && bottom > r.top && top < r.bottom;
            })
            .map((el) => el.outerHTML.slice(0, 60));
        });
        assert.deepEqual(under, [], `${where}: nothing under the button`);
        // The keyboard takes about half the screen: a field typed in stays above the button.
        const field = page.locator('form input[type="text"], form input[inputmode="numeric"], form input[type="number"]').first();
        if ((await field.count()) > 0) {
          await field.focus();
          await page.setViewportSize({ width: 360, height: 400 });
          await until(page, () => {
            const b = document.querySelector('form button[type="submit"]').getBoundingClientRect();
            return b.bottom <= innerHeight && b.top >= 0;
          });
          // As a phone's browser does when the keyboard opens: the field typed in is brought into view.
          await field.evaluate((f) => f.scrollIntoView({ block: 'nearest' }));
          const [f, b] = await page.evaluate(() => [document.activeElement.getBoundingClientRect().toJSON(), document.querySelector('form button[type="submit"]').getBoundingClientRect().toJSON()]);
          assert.ok(f.bottom <= b.top && f.top >= 0, `${where}, keyboard open: the field ${f.top}–${f.bottom}, the button from ${b.top}`);
        }
      }
    }
  }
  await page.context().close();
});

// The home page sent counsellors to a 14 px link at the very bottom; the privacy message was said
// two or three times on one screen; « Je garde » did not say what it does; the town field spoke
// of arrow keys on a touch screen.
test('from the home page: the counsellors\' list; where the answers stay, said once a screen; buttons that say what they do', async () => {
  const page = await phonePage(app.browser);
  const privacy = () => page.locator('p', { hasText: /restent sur ton appareil/ }).evaluateAll((ps) => ps.filter((p) => p.checkVisibility()).length);
  await page.goto(`${app.server.origin}/`);
  const counsellors = page.getByTestId('counsellor-start');
  await counsellors.waitFor();
  assert.equal(await privacy(), 1, 'home: once');
  const box = await counsellors.boundingBox();
  assert.ok(box.height >= 44 && box.width >= 300, `a big target: ${JSON.stringify(box)}`);
  await counsellors.tap();
  await page.getByTestId('directory-row').first().waitFor();
  assert.match(new URL(page.url()).pathname, /\/programmes\/?$/);
  // Ages the programme does not state are the territory's, and say so.
  await page.goto(`${app.server.origin}/programmes#territoire=dunkerque`);
  const article1 = page.getByTestId('directory-row').filter({ hasText: 'Article 1' });
  assert.match(await article1.locator('td[data-label="Pour qui"]').textContent(), /Âge non précisé \(sur le territoire\s: 5–30 ans\)/);
  await page.goto(`${app.server.origin}/questionnaire#question=situation&territoire=roubaix&age=16`);
  await page.locator('form h1').waitFor();
  assert.equal(await privacy(), 1, 'the situation question: once');
  await page.goto(`${app.server.origin}/questionnaire#question=territoire`);
  await page.locator('#commune').fill('Roub');
  await page.locator('#commune-status').filter({ hasText: /\S/ }).waitFor();
  assert.doesNotMatch(await page.locator('.commune-field').textContent(), /[Ff]lèche|clavier/, 'no arrow keys on a touch screen');
  await page.goto(`${app.server.origin}/resultats#territoire=roubaix&age=16`);
  const keep = page.locator('[data-testid="result"] button.keep').first();
  await keep.waitFor();
  assert.match(await keep.textContent(), /^Ajouter à ma sélection/);
  assert.equal(await privacy(), 1, 'results: once, in the footer');
  await keep.tap();
  await until(page, () => document.querySelector('[data-testid="result"] button.keep').textContent.startsWith('Dans ma sélection'));
  await page.context().close();
});

// The retiree's walk: one programme, no reason, and a card that said « t'aide, si tu habites »
// beside two contradicting commitments.
test('a retiree\'s results speak to them, say what left the others out, and FACE says one commitment', async () => {
  const page = await phonePage(app.browser);
  await page.goto(`${app.server.origin}/devenir-mentor/resultats#territoire=roubaix&age=67&profil=retraite&heures=4&duree=6&modalite=presentiel`);
  const cards = page.locator('[data-testid="result"]');
  await cards.first().waitFor();
  for (const line of await cards.locator('.line').allTextContents()) {
    assert.match(line, /^Vous accompagnez /);
    assert.doesNotMatch(line, /\b(tu|te|toi|ton|ta|tes)\b|t'/, line);
  }
  assert.match(await page.getByTestId('left-out').textContent(), /^7 autres programmes du territoire ne vous correspondent pas\. Ce qui les écarte\s: profil \(4\)/);
  await page.getByTestId('closest').waitFor();
  // « Besoin d'aide pour choisir ? » left its « ? » alone on a line: a no-break space holds it.
  const help = page.locator('#always-title');
  assert.match(await help.textContent(), /choisir\u00a0\?$/);
  const [question, word] = await help.evaluate((h) => {
    const text = h.firstChild;
    const at = (i) => {
      const range = document.createRange();
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      return range.getBoundingClientRect().top;
    };
    return [at(text.length - 1), at(text.length - 3)];
  });
  assert.equal(question, word, '« ? » on the line of « choisir »');
  const face = cards.filter({ has: page.locator('h3', { hasText: 'FACE' }) });
  await face.locator('summary').tap();
  const asks = await face.locator('dl.details').textContent();
  assert.match(asks, /1 fois par mois minimum pendant 6 mois/);
  assert.doesNotMatch(asks, /Pas d'engagement minimum/);
  await page.context().close();
});

// Article 1 said « si tu viens d'une famille modeste » only behind « En savoir plus ».
test('what a programme asks of the young person is on the card face', async () => {
  const page = await phonePage(app.browser);
  await page.goto(`${app.server.origin}/resultats#territoire=roubaix&age=16&etape=lycee-general`);
  await page.locator('[data-testid="result"]').first().waitFor();
  for (const [name, asks] of [['Article 1', /^Si ta famille est modeste/], ['La Clé', /^Si l'école est difficile/]]) {
    const line = page.locator('[data-testid="result"]', { has: page.locator('h3', { hasText: name }) }).locator('.line');
    assert.ok(await line.isVisible(), `${name}: on the card face`);
    assert.match(await line.textContent(), asks, name);
  }
  await page.context().close();
});
