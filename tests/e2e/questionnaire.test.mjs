// The whole questionnaire on a 360×740 phone: once by touch, once by keyboard alone.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { phonePage, screenshot, servedApp } from './support.mjs';

const app = servedApp();

const resultNames = (page) => page.locator('[data-testid="result"] h3').allTextContents();

async function expectQuestion(page, title) {
  await page.locator('h1', { hasText: title }).waitFor();
}

test('by touch: a 16-year-old in care in Dunkerque who wants to meet remotely gets Les Ombres', async () => {
  const page = await phonePage(app.browser);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(app.server.origin + '/');
  await page.getByRole('link', { name: 'Commencer' }).tap();

  await expectQuestion(page, 'Où habites-tu');
  assert.match(await page.locator('.progress-text').textContent(), /Question 1 sur 6/);
  await screenshot(page, 'questionnaire-1-territoire');
  await page.getByText('Dunkerque (Communauté urbaine de Dunkerque)').tap();
  await page.getByRole('button', { name: 'Suivant' }).tap();

  await expectQuestion(page, 'Quel âge as-tu');
  await page.getByRole('button', { name: 'Suivant' }).tap();
  await page.locator('#question-error', { hasText: 'Écris ton âge' }).waitFor();
  await page.getByLabel('Ton âge, en années').fill('16');
  await screenshot(page, 'questionnaire-2-age');
  await page.getByRole('button', { name: 'Suivant' }).tap();

  await expectQuestion(page, "Aujourd'hui, tu es");
  await page.getByText('Au lycée technologique').tap();
  await screenshot(page, 'questionnaire-3-etape');
  await page.getByRole('button', { name: 'Suivant' }).tap();

  await expectQuestion(page, 'Pour quoi veux-tu de l');
  await page.getByText('Choisir mes études ou mon métier').tap();
  await page.getByRole('button', { name: 'Suivant' }).tap();

  await expectQuestion(page, 'Comment veux-tu voir ton mentor');
  await page.getByText('À distance (téléphone, vidéo)').tap();
  await page.getByRole('button', { name: 'Suivant' }).tap();

  await expectQuestion(page, 'Est-ce que l');
  await page.getByText("Aide sociale à l'enfance").tap();
  await screenshot(page, 'questionnaire-6-situation');
  await page.getByRole('button', { name: 'Voir les programmes' }).tap();

  await page.locator('[data-testid="results"]').waitFor();
  assert.deepEqual(await resultNames(page), ['Les Ombres']);
  await screenshot(page, 'results-les-ombres');
  const url = new URL(page.url());
  assert.equal(url.pathname, '/resultats');
  for (const part of ['territoire=dunkerque', 'age=16', 'etape=lycee-techno', 'modalite=distanciel', 'besoin=orientation', 'situation=ase']) {
    assert.ok(url.hash.includes(part), `${part} in ${url.hash}`);
  }
  const card = page.locator('[data-testid="result"]').first();
  assert.match(await card.textContent(), /Pour les 14–21 ans/);
  const mail = await card.locator('.first-contact a.email').getAttribute('href');
  assert.match(mail, /^mailto:alexandre\.fuster@les-ombres\.com\?subject=.+&body=Bonjour/);
  assert.ok(!mail.includes('ase') && !decodeURIComponent(mail).includes('Aide sociale'), 'no situation in the e-mail');
  assert.match(await page.getByTestId('always-contacts').textContent(), /hautsdefrance@collectifmentorat\.fr.*1jeune1mentor\.fr/s);

  // Nothing is lost on reload, and back returns to the last question with its answer.
  await page.reload();
  await page.locator('[data-testid="results"]').waitFor();
  assert.deepEqual(await resultNames(page), ['Les Ombres']);
  await page.goBack();
  await expectQuestion(page, 'Est-ce que l');
  assert.equal(await page.getByRole('checkbox', { name: /Aide sociale/ }).isChecked(), true);

  // Nothing leaves for another origin, and nothing went wrong in the page.
  assert.deepEqual(requests.filter((r) => !r.startsWith(app.server.origin)), []);
  assert.deepEqual(page.errors, []);
  assert.deepEqual(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]), [0, 0, '']);
  await page.context().close();
});

/** Presses Tab until the focused element's text or label matches, as a keyboard user would. */
async function tabTo(page, pattern) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      return (el?.labels?.[0]?.textContent ?? el?.textContent ?? '').trim();
    });
    if (pattern.test(focused)) return;
  }
  throw new Error(`nothing matching ${pattern} reached with Tab`);
}

const focusedTag = (page) => page.evaluate(() => document.activeElement?.tagName);

test('by keyboard alone: key presses only, focus moves to each question', async () => {
  const page = await phonePage(app.browser, { hasTouch: false });
  await page.goto(app.server.origin + '/');
  await page.locator('h1', { hasText: 'Trouve ton mentor' }).waitFor();
  await page.getByRole('link', { name: 'Commencer' }).waitFor();
  await tabTo(page, /^Commencer$/);
  await page.keyboard.press('Enter');

  await expectQuestion(page, 'Où habites-tu');
  assert.equal(await focusedTag(page), 'H1', 'focus is on the question');
  await tabTo(page, /^Roubaix/);
  await page.keyboard.press('Space');
  await tabTo(page, /^Suivant$/);
  await page.keyboard.press('Enter');

  await expectQuestion(page, 'Quel âge as-tu');
  assert.equal(await focusedTag(page), 'H1');
  await tabTo(page, /Ton âge/);
  await page.keyboard.type('16');
  await page.keyboard.press('Enter');

  await expectQuestion(page, "Aujourd'hui, tu es");
  await tabTo(page, /^À l'école/);
  // Arrow keys move through a radio group and pick.
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
  assert.equal(await page.getByRole('radio', { name: 'Au lycée professionnel' }).isChecked(), true);
  await tabTo(page, /^Suivant$/);
  await page.keyboard.press('Enter');

  await expectQuestion(page, 'Pour quoi veux-tu de l');
  await tabTo(page, /^Choisir mes études/);
  await page.keyboard.press('Space');
  // Back keeps the answers already given. « Retour » is a link to the question before, with them
  // (issue 20: it goes somewhere, and can be opened in a new tab).
  const back = new URL(await page.getByRole('link', { name: 'Retour' }).getAttribute('href'), page.url());
  assert.equal(back.pathname, '/questionnaire');
  assert.match(back.hash, /^#question=etape&.*etape=lycee-pro.*&besoin=orientation/);
  await tabTo(page, /^Retour$/);
  await page.keyboard.press('Enter');
  await expectQuestion(page, "Aujourd'hui, tu es");
  assert.equal(await page.getByRole('radio', { name: 'Au lycée professionnel' }).isChecked(), true);
  await tabTo(page, /^Suivant$/);
  await page.keyboard.press('Enter');
  await expectQuestion(page, 'Pour quoi veux-tu de l');
  assert.equal(await page.getByRole('checkbox', { name: /Choisir mes études/ }).isChecked(), true);
  await tabTo(page, /^Suivant$/);
  await page.keyboard.press('Enter');

  await expectQuestion(page, 'Comment veux-tu voir ton mentor');
  await tabTo(page, /^En vrai/);
  await page.keyboard.press('Space');
  await tabTo(page, /^Suivant$/);
  await page.keyboard.press('Enter');

  await expectQuestion(page, 'Est-ce que l');
  await tabTo(page, /^Je ne sais pas si mon quartier/);
  await page.keyboard.press('Space');
  await tabTo(page, /^Voir les programmes$/);
  await page.keyboard.press('Enter');

  await page.locator('[data-testid="results"]').waitFor();
  const names = await resultNames(page);
  assert.deepEqual(
    [...names].sort(),
    ['ANAF', 'Afev', 'Article 1', "C'Possible", 'FACE', 'La Clé', 'Proxité', 'Télémaque'].sort(),
  );
  // Not knowing about the quartier prioritaire never excludes FACE: its condition is spelled out.
  const face = page.locator('[data-testid="result"]', { has: page.locator('h3', { hasText: 'FACE' }) });
  assert.match(await face.textContent(), /À vérifier.*quartiers prioritaires/s);
  await screenshot(page, 'results-keyboard-roubaix');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
