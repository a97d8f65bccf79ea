// The UX walk at 360×740 (../shared/reviews/ux-walkthrough.md, HIGH): on the volunteers' path the
// age typed (« 67 ») was already in the next question, « Heures par mois », and « Suivant »
// recorded heures=67, an answer the person never gave. Both paths are walked by touch, forward
// then back, and at every question each number field starts from the answer in the link, or empty.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { phonePage, servedApp } from './support.mjs';

const app = servedApp();

const linkValue = (page, key) => new URLSearchParams(new URL(page.url()).hash.slice(1)).get(key) ?? '';

/** Every number field of the question on screen shows the link's answer for its key (its id), or nothing. */
async function fieldsFollowTheLink(page, where) {
  for (const input of await page.locator('form input[inputmode="numeric"]').all()) {
    const key = await input.getAttribute('id');
    assert.equal(await input.inputValue(), linkValue(page, key), `${where}: the field « ${key} » shows the link's answer`);
  }
}

const title = (page) => page.locator('form h1').textContent();

/** Answers the question on screen as little as it needs, by touch, and goes on. */
async function answerAndGoOn(page, age) {
  const form = page.locator('form');
  const number = form.locator('input#age');
  if ((await number.count()) && !(await number.inputValue())) {
    await number.tap();
    await number.fill(age);
  }
  const radios = form.locator('input[type="radio"]');
  if ((await radios.count()) && !(await form.locator('input[type="radio"]:checked').count())) {
    await form.locator('label:has(input[type="radio"])').first().tap();
  }
  const before = await title(page);
  await form.locator('button[type="submit"]').tap();
  await page.waitForFunction((before) => document.querySelector('form h1')?.textContent !== before || document.querySelector('[data-testid="results"]'), before);
}

for (const [path, start, age, questions] of [
  ['the young person’s', '/questionnaire#question=territoire', '15', 6],
  ['the volunteers’', '/devenir-mentor#question=territoire', '67', 7],
]) {
  test(`${path} path by touch: every number field starts from the answer in the link, or empty, forward and back`, async () => {
    const page = await phonePage(app.browser);
    await page.goto(app.server.origin + start);
    await page.locator('form h1').waitFor();
    const seen = [];
    while (!(await page.locator('[data-testid="results"]').count())) {
      const where = `${await title(page)} (forward)`;
      seen.push(where);
      await fieldsFollowTheLink(page, where);
      await answerAndGoOn(page, age);
    }
    assert.equal(seen.length, questions, `${questions} questions walked: ${seen.join(' / ')}`);
    assert.equal(linkValue(page, 'age'), age);
    assert.equal(linkValue(page, 'heures'), '', 'no answer the person never gave');
    // Back through every question, each field as the link says.
    await page.goBack();
    for (let i = 0; i < questions; i++) {
      await page.locator('form h1').waitFor();
      await fieldsFollowTheLink(page, `${await title(page)} (back)`);
      if (i + 1 < questions) {
        const before = await title(page);
        await page.locator('form a.secondary').tap();
        await page.waitForFunction((before) => document.querySelector('form h1')?.textContent !== before, before);
      }
    }
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}
