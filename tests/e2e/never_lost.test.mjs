// Answers and the app are never lost, at 360×740 by touch: the browser's Back (Android's back
// gesture) never takes back an answer, a kept programme or the language chosen; before the app
// starts, the shell's language links keep the page and its answers; an app that cannot start says
// so, in the page's language, with a way out (security review, findings 4, 8, 9).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { phonePage, securityHeaders, serveSwitchable, dist, servedApp } from './support.mjs';

const app = servedApp({ serve: serveSwitchable });
const fragment = (page) => new URLSearchParams(new URL(page.url()).hash.slice(1));
const question = (page, title) => page.locator('form h1', { hasText: title }).waitFor();

test('Back from the situations: the box ticked is still ticked when the young person comes back', async () => {
  const page = await phonePage(app.browser);
  await page.goto(app.server.origin + '/questionnaire#question=modalite&territoire=dunkerque&age=16&etape=lycee-techno');
  await question(page, 'Comment veux-tu voir ton mentor');
  await page.getByText('À distance (téléphone, vidéo)').tap();
  await page.getByRole('button', { name: 'Suivant' }).tap();
  await question(page, 'Est-ce que l');
  await page.getByText("Aide sociale à l'enfance").tap();
  await page.waitForFunction(() => location.hash.includes('situation=ase'));
  await page.goBack();
  await question(page, 'Comment veux-tu voir ton mentor');
  assert.equal(fragment(page).get('situation'), 'ase', 'Back keeps what was answered since');
  await page.getByRole('button', { name: 'Suivant' }).tap();
  await question(page, 'Est-ce que l');
  assert.equal(await page.getByRole('checkbox', { name: /Aide sociale à l'enfance/ }).isChecked(), true);
  await page.getByRole('button', { name: 'Voir les programmes' }).tap();
  await page.locator('[data-testid="results"]').waitFor();
  assert.ok((await page.locator('[data-testid="result"] h3').allTextContents()).includes('Les Ombres'));
  await page.context().close();
});

test('Back on the volunteers\' path: the profile chosen stays chosen', async () => {
  const page = await phonePage(app.browser);
  await page.goto(app.server.origin + '/devenir-mentor#question=territoire');
  await question(page, 'Où habitez-vous');
  await page.getByText('Roubaix (Cité éducative de Roubaix)').tap();
  await page.getByRole('button', { name: 'Suivant' }).tap();
  await question(page, 'Aujourd’hui, vous êtes');
  await page.getByText('Retraité ou retraitée').tap();
  await page.waitForFunction(() => location.hash.includes('profil=retraite'));
  await page.goBack();
  await question(page, 'Où habitez-vous');
  await page.getByRole('button', { name: 'Suivant' }).tap();
  await question(page, 'Aujourd’hui, vous êtes');
  assert.equal(await page.getByRole('radio', { name: 'Retraité ou retraitée' }).isChecked(), true);
  await page.context().close();
});

test('keep two programmes, Back, Forward: both are kept', async () => {
  const page = await phonePage(app.browser);
  await page.goto(app.server.origin + '/questionnaire#question=situation&territoire=roubaix&age=16&etape=lycee-pro&modalite=presentiel');
  await question(page, 'Est-ce que l');
  await page.getByRole('button', { name: 'Voir les programmes' }).tap();
  await page.locator('[data-testid="results"]').waitFor();
  for (const name of ['Afev', 'Proxité']) {
    await page.locator('[data-testid="result"]', { has: page.locator('h3', { hasText: name }) }).getByRole('button', { name: /Ajouter à ma sélection/ }).tap();
  }
  await page.waitForFunction(() => (location.hash.match(/garde=/g) ?? []).length === 2);
  await page.goBack();
  await question(page, 'Est-ce que l');
  assert.deepEqual(fragment(page).getAll('garde').sort(), ['afev-roubaix', 'proxite-roubaix']);
  await page.goForward();
  await page.locator('[data-testid="results"]').waitFor();
  assert.deepEqual(fragment(page).getAll('garde').sort(), ['afev-roubaix', 'proxite-roubaix']);
  assert.equal(await page.getByRole('button', { name: /Ajouter à ma sélection Afev|Dans ma sélection Afev/ }).getAttribute('aria-pressed'), 'true');
  await page.context().close();
});

test('switch to English on question 3, Back: still English', async () => {
  const page = await phonePage(app.browser);
  await page.goto(app.server.origin + '/questionnaire#question=age&territoire=roubaix');
  await question(page, 'Quel âge as-tu');
  await page.getByLabel('Ton âge, en années').fill('16');
  await page.getByRole('button', { name: 'Suivant' }).tap();
  await question(page, "Aujourd'hui, tu es");
  await page.locator('.languages').getByRole('link', { name: 'English' }).tap();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.locator('form h1').waitFor();
  await page.goBack();
  await page.locator('form h1').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(await page.evaluate(() => JSON.stringify(Object.keys(sessionStorage))), '["langue"]', 'one key, nothing else');
  await page.context().close();
});

test('before the app starts, the shell\'s language links keep the page and its answers', async () => {
  const page = await phonePage(app.browser);
  // The app never arrives: the shell is all there is.
  await page.route(/_bg\.wasm$/, () => {});
  await page.goto(app.server.origin + '/resultats#territoire=roubaix&age=16&etape=lycee-pro');
  await page.locator('[data-shell] h1').waitFor();
  await page.locator('.languages').getByRole('link', { name: 'English' }).tap();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  const url = new URL(page.url());
  assert.equal(url.pathname, '/resultats');
  const kept = new URLSearchParams(url.hash.slice(1));
  assert.deepEqual([kept.get('age'), kept.get('etape'), kept.get('langue')], ['16', 'lycee-pro', 'en']);
  await page.context().close();
});

for (const [why, block] of [
  ['its wasm cannot be had', (page) => page.route(/_bg\.wasm$/, (r) => r.abort())],
  ['its start-up script cannot be had', (page) => page.route(/\/start-[0-9a-f]+\.js$/, (r) => r.abort())],
]) {
  test(`an app that cannot start (${why}) says so at once, in the page's language, with a way out`, async () => {
    const page = await phonePage(app.browser);
    await block(page);
    await page.goto(app.server.origin + '/resultats#territoire=dunkerque&age=16&langue=uk');
    const message = page.locator('[data-cannot-start]');
    await message.waitFor();
    assert.match(await message.textContent(), /Застосунок не може запуститися/);
    assert.match(await message.textContent(), /Safari 16/);
    assert.equal(await message.getByRole('link', { name: '1jeune1mentor.fr' }).getAttribute('href'), 'https://www.1jeune1mentor.fr/');
    await message.getByRole('link', { name: 'hautsdefrance@collectifmentorat.fr' }).waitFor();
    assert.equal(await page.locator('[data-shell] .loading').isVisible(), false);
    await page.context().close();
  });
}

test('an app still not started after 20 s says so; if it starts after all, it takes over', async () => {
  const page = await phonePage(app.browser);
  await page.clock.install();
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(/_bg\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(app.server.origin + '/resultats#territoire=roubaix&age=16&etape=lycee-pro');
  await page.locator('[data-shell] h1').waitFor();
  assert.equal(await page.locator('[data-cannot-start]').isVisible(), false, 'not before 20 s');
  await page.clock.runFor(20_000);
  await page.locator('[data-cannot-start]', { hasText: 'ne peut pas démarrer' }).waitFor();
  await page.clock.resume();
  release();
  await page.locator('[data-testid="results"]').waitFor({ timeout: 20_000 });
  assert.equal(await page.locator('[data-cannot-start]').count(), 0, 'the app took over');
  await page.context().close();
});

test('under a CSP the browser cannot compile the wasm with, the app says it cannot start', async () => {
  const headers = securityHeaders(dist);
  headers['Content-Security-Policy'] = headers['Content-Security-Policy'].replace(" 'wasm-unsafe-eval'", '');
  const server = await serveSwitchable(dist, { headers });
  const page = await phonePage(app.browser);
  page.errors.length = 0;
  await page.goto(server.origin + '/resultats#territoire=roubaix&age=16');
  await page.locator('[data-cannot-start]', { hasText: 'ne peut pas démarrer' }).waitFor();
  await page.context().close();
  await server.close();
});
