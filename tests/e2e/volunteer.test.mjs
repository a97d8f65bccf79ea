// The volunteers' path on a 360×740 phone, by touch and by keyboard alone; its deep links on a
// plain static server; offline after one visit; and the near misses.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { buildCopies, dist, launch, phonePage, screenshot, serveStatic, serveSwitchable, waitForOpened, waitForWorker, until } from './support.mjs';

let browser;
let server;
before(async () => {
  browser = await launch();
  server = await serveStatic(dist);
});
after(async () => {
  await browser?.close();
  server?.close();
});
const copyOf = buildCopies();

const retiree = '/devenir-mentor/resultats#territoire=roubaix&age=68&profil=retraite&heures=10&modalite=presentiel';
// tests/volunteer.rs quotes each brochure: ANAF « mentors expérimentés », La Cravate Solidaire
// « un bénévole mentor », beside C'Possible, Duo for a Job, FACE and La Clé.
const expected = ['ANAF', "C'Possible", 'Duo for a Job', 'FACE', 'La Clé', 'La Cravate Solidaire'];
const names = async (page) => [...(await page.locator('[data-testid="result"] h3').allTextContents())].sort();
const question = (page, title) => page.locator('form h1', { hasText: title }).waitFor();

test('by touch: a retiree of 68 in Roubaix who can give 10 hours a month, in person', async () => {
  const page = await phonePage(browser);
  await page.goto(server.origin + '/');
  await page.getByTestId('volunteer-start').tap();
  await question(page, 'Où habitez-vous');
  assert.match(await page.locator('.progress-text').textContent(), /Question 1 sur 7/);
  await page.getByText('Roubaix (Cité éducative de Roubaix)').tap();
  await page.getByRole('button', { name: 'Suivant' }).tap();
  await question(page, 'Aujourd’hui, vous êtes');
  await page.getByText('Retraité ou retraitée').tap();
  await page.getByRole('button', { name: 'Suivant' }).tap();
  await question(page, 'Quel âge avez-vous');
  await page.getByRole('button', { name: 'Suivant' }).tap();
  await page.locator('#question-error', { hasText: 'Écrivez votre âge' }).waitFor();
  await page.getByLabel('Votre âge, en années').fill('68');
  await page.getByRole('button', { name: 'Suivant' }).tap();
  await question(page, 'Combien d’heures par mois');
  await page.getByLabel('Heures par mois').fill('10');
  await screenshot(page, 'volunteer-hours');
  await page.getByRole('button', { name: 'Suivant' }).tap();
  await question(page, 'Pendant combien de temps');
  await page.getByRole('button', { name: 'Suivant' }).tap();
  await question(page, 'Comment voulez-vous voir le jeune');
  await page.getByText('En vrai, face à face').tap();
  await page.getByRole('button', { name: 'Suivant' }).tap();
  await question(page, 'Quels jeunes aimeriez-vous aider');
  await page.getByRole('button', { name: 'Voir les programmes' }).tap();

  await page.locator('[data-testid="results"]').waitFor();
  assert.deepEqual(await names(page), expected, 'not Afev, whose mentors are students');
  const url = new URL(page.url());
  assert.equal(url.pathname, '/devenir-mentor/resultats');
  for (const part of ['territoire=roubaix', 'age=68', 'profil=retraite', 'heures=10', 'modalite=presentiel']) assert.ok(url.hash.includes(part), part);
  const duo = page.locator('[data-testid="result"]', { has: page.locator('h3', { hasText: 'Duo for a Job' }) });
  assert.match(await duo.textContent(), /Mentors de 50 ans ou plus.*Environ 9 h par mois.*Vous êtes formé par l'association/s);
  const mail = decodeURIComponent(await duo.locator('a.email').first().getAttribute('href'));
  assert.match(mail, /subject=Devenir mentor bénévole — Duo for a Job/);
  assert.match(mail, /J'ai 68 ans\. Je suis retraité ou retraitée\. Je peux donner environ 10 h par mois\./);
  assert.match(await page.getByTestId('always-contacts').textContent(), /chaque personne qui souhaite s’engager comme mentor peut s’inscrire.*1jeune1mentor\.fr/s);
  assert.equal(await page.title(), '6 programmes pour vous — Trouve ton mentor');
  // The footer speaks to the volunteer as the cards do, « vous » (it said « Tes réponses »).
  assert.match(await page.locator('.footer-privacy').textContent(), /^Vos réponses restent sur votre appareil/);
  await screenshot(page, 'volunteer-results');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

/** Presses Tab until the focused element's text or label starts with `text`. */
async function tabTo(page, text) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      return (el?.labels?.[0]?.textContent ?? el?.textContent ?? '').trim();
    });
    if (focused.startsWith(text)) return;
  }
  throw new Error(`nothing starting with « ${text} » reached with Tab`);
}

test('by keyboard alone: key presses only, the focus on each question', async () => {
  const page = await phonePage(browser, { hasTouch: false });
  await page.goto(server.origin + '/');
  await page.getByTestId('volunteer-start').waitFor();
  await tabTo(page, 'Je veux devenir mentor');
  await page.keyboard.press('Enter');
  await question(page, 'Où habitez-vous');
  // The volunteers' path is the adults' app, a page of its own: the first Tab stop is the skip link.
  assert.match(await page.title(), /Où habitez-vous/);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Aller au contenu');
  // A radio group is one stop: the arrows move within it and pick.
  await tabTo(page, 'Roubaix');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.getByRole('radio', { name: /Dunkerque/ }).isChecked(), true);
  await tabTo(page, 'Suivant');
  await page.keyboard.press('Enter');
  await question(page, 'Aujourd’hui, vous êtes');
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');
  await tabTo(page, 'Lycéen');
  await page.keyboard.press('Space');
  await tabTo(page, 'Suivant');
  await page.keyboard.press('Enter');
  await question(page, 'Quel âge avez-vous');
  await tabTo(page, 'Votre âge');
  await page.keyboard.type('16');
  await page.keyboard.press('Enter');
  for (const title of ['Combien d’heures', 'Pendant combien de temps', 'Comment voulez-vous voir le jeune']) {
    await question(page, title);
    if (title.startsWith('Comment')) {
      await tabTo(page, 'En vrai');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      assert.equal(await page.getByRole('radio', { name: 'Les deux me vont' }).isChecked(), true);
    }
    await tabTo(page, 'Suivant');
    await page.keyboard.press('Enter');
  }
  await question(page, 'Quels jeunes aimeriez-vous aider');
  await tabTo(page, 'Les écoliers');
  await page.keyboard.press('Space');
  await tabTo(page, 'Voir les programmes');
  await page.keyboard.press('Enter');
  await page.locator('[data-testid="results"]').waitFor();
  assert.deepEqual(await names(page), ['Afev'], "Afev's high-school pupils lead workshops in Dunkerque");
  assert.ok(new URL(page.url()).hash.includes('etape=ecole'));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('deep links on a plain static server, and the closest programmes when nothing fits', async () => {
  const page = await phonePage(browser);
  await page.goto(server.origin + retiree);
  await page.locator('[data-testid="results"]').waitFor();
  assert.deepEqual(await names(page), expected);
  await page.goto(server.origin + '/devenir-mentor#question=age&territoire=dunkerque');
  await question(page, 'Quel âge avez-vous');
  await page.goto(server.origin + '/devenir-mentor/resultats#territoire=roubaix&age=20&profil=etudiant&heures=4&duree=3&modalite=distanciel');
  const closest = page.getByTestId('closest');
  await closest.waitFor();
  const cle = closest.locator('article', { hasText: 'La Clé' });
  assert.match(await cle.textContent(), /Si vous pouviez vous engager une année scolaire/);
  await cle.getByRole('link', { name: 'Voir les résultats avec cette réponse changée' }).click();
  await page.locator('[data-testid="results"]').waitFor();
  assert.ok((await names(page)).includes('La Clé'));
  assert.match(new URL(page.url()).hash, /duree=9/);
  // A link with a wrong answer says so, and the rest still works.
  await page.goto(server.origin + '/devenir-mentor/resultats#territoire=roubaix&age=200&profil=retraite');
  await page.locator('[data-testid="results"]').waitFor();
  assert.match(await page.locator('.notice').textContent(), /age=200/);
  await page.context().close();
});

test('after one visit, the volunteers\' path works with the network gone', async () => {
  const switchable = await serveSwitchable(copyOf(dist));
  const page = await phonePage(browser);
  // One visit that opened Roubaix on the volunteers' questions (its programmes read ahead).
  await page.goto(switchable.origin + '/devenir-mentor#question=profil&territoire=roubaix');
  await waitForWorker(page);
  await until(page, async () => Boolean(await caches.match(new URL('data/roubaix.json', document.baseURI).href)));
  // The mentors' path is not in the first install: the worker stores it as it was opened.
  await waitForOpened(page, /\/(start-)?adults-[^/]+$/);
  // and its results page with it, though not opened yet.
  await until(page, async () => Boolean(await caches.match(new URL('devenir-mentor/resultats/', document.baseURI).href)));
  await switchable.close();
  await page.goto(switchable.origin + retiree);
  await page.locator('[data-testid="results"]').waitFor();
  assert.deepEqual(await names(page), expected);
  await page.goto(switchable.origin + '/devenir-mentor#question=profil&territoire=roubaix');
  await question(page, 'Aujourd’hui, vous êtes');
  await page.context().close();
});

// Data review: each volunteer card was 720–935 px high at 360×740, 9 programmes on 11.5 screens.
test('the volunteers’ cards are made to compare: 9 cards within five screens at 360×740', async () => {
  const page = await phonePage(browser);
  await page.goto(server.origin + '/devenir-mentor/resultats#territoire=roubaix');
  const cards = page.locator('[data-testid="result"]');
  await cards.first().waitFor();
  const count = await cards.count();
  assert.ok(count >= 9, `${count} programmes in Roubaix`);
  const first = await cards.nth(0).boundingBox();
  const ninth = await cards.nth(8).boundingBox();
  const height = ninth.y + ninth.height - first.y;
  assert.ok(height <= 5 * 740, `9 cards are ${Math.round(height)} px high: ${(height / 740).toFixed(1)} screens`);
  // What a programme asks of its mentors is behind « En savoir plus », closed, and there.
  const more = cards.nth(0).locator('details.more');
  assert.equal(await more.getAttribute('open'), null);
  await more.locator('summary').tap();
  assert.ok((await more.locator('dl.details dt').count()) >= 1, 'what it asks, once opened');
  await screenshot(page, 'volunteer-cards-compact');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
