// The UX walk at 360×740 by touch (../shared/reviews/ux-walkthrough.md): what a person on a phone
// needs is on screen.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { phonePage, servedApp } from './support.mjs';

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
