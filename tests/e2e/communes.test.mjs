// « Où habites-tu ? » by commune, on a 360×740 phone: the combobox by keyboard alone, names
// without accents, case or hyphens, a postcode, a commune « associée » led to its parent's
// territory, a commune in no territory led to the honest page; axe-core at zero on each screen;
// the territories' communes offline after one visit, and a search elsewhere that says it needs
// the network once. What the host learns from a search: nothing that depends on the text for a
// commune of the territories, and never less than 200 possible communes otherwise.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { buildCopies, dist, launch, phonePage, screenshot, serveStatic, serveSwitchable, violations, waitForWorker } from './support.mjs';

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

const field = (page) => page.getByRole('combobox', { name: 'Ta commune ou ton code postal' });

/** Types into the field by keyboard and, for a commune outside the territories, chooses « Chercher
 * “…” ailleurs en France » with the arrow and Enter; then picks the first commune offered. */
async function pickByKeyboard(page, typed, offered, { elsewhere = false } = {}) {
  await field(page).focus();
  await page.keyboard.type(typed, { delay: 20 });
  if (elsewhere) {
    const option = page.getByRole('option', { name: `Chercher « ${typed} » ailleurs en France` });
    await option.waitFor();
    await page.keyboard.press('ArrowUp');
    assert.equal(await option.getAttribute('aria-selected'), 'true', 'the last option');
    await page.keyboard.press('Enter');
  }
  await page.getByRole('option', { name: offered }).first().waitFor();
  assert.equal(await field(page).getAttribute('aria-expanded'), 'true');
  await page.keyboard.press('ArrowDown');
  assert.equal(await field(page).getAttribute('aria-activedescendant'), 'commune-option-0');
  assert.equal(await page.locator('#commune-option-0').getAttribute('aria-selected'), 'true');
  await page.keyboard.press('Enter');
  assert.equal(await field(page).getAttribute('aria-expanded'), 'false');
}

for (const [typed, offered, name] of [
  ['Grande-Synthe', /^Grande-Synthe \(59760\)$/, 'Grande-Synthe'],
  ['grande synthe', /^Grande-Synthe \(59760\)$/, 'Grande-Synthe'],
  ['59760', /^Grande-Synthe \(59760\)$/, 'Grande-Synthe'],
  ['Saint-Pol-sur-Mer', /^Saint-Pol-sur-Mer \(Dunkerque\)$/, 'Saint-Pol-sur-Mer'],
]) {
  test(`by keyboard, « ${typed} » leads to Dunkerque's programmes, « à ${name} »`, async () => {
    const page = await phonePage(browser, { hasTouch: false });
    await page.goto(server.origin + '/questionnaire');
    await page.locator('form h1', { hasText: 'Où habites-tu' }).waitFor();
    await pickByKeyboard(page, typed, offered);
    assert.equal(await field(page).inputValue(), name);
    await page.locator('#commune-status', { hasText: `${name} : il y a des programmes près de chez toi` }).waitFor();
    assert.ok(page.url().includes('territoire=dunkerque'), page.url());
    assert.ok(/commune=\d{5}/.test(page.url()), page.url());
    assert.deepEqual(await violations(page), [], 'the combobox, with its list closed');
    // Enter again sends the form: the next question.
    await page.keyboard.press('Enter');
    await page.locator('form h1', { hasText: 'Quel âge as-tu' }).waitFor();
    const results = new URL(page.url());
    results.pathname = '/resultats';
    await page.goto(results.href);
    await page.locator('[data-testid="results"]').waitFor();
    await page.getByTestId('at-commune').filter({ hasText: `Tu habites à ${name} : voici les programmes de Communauté urbaine de Dunkerque.` }).waitFor();
    assert.deepEqual(await violations(page), []);
    await page.context().close();
  });
}

test('the short list under the field passes axe-core while open, and Escape closes it', async () => {
  const page = await phonePage(browser, { hasTouch: false });
  await page.goto(server.origin + '/questionnaire');
  await field(page).focus();
  await page.keyboard.type('dun', { delay: 20 });
  await page.getByRole('option', { name: 'Dunkerque (59140)' }).waitFor();
  await page.keyboard.press('ArrowDown');
  await screenshot(page, 'commune-list');
  assert.deepEqual(await violations(page), []);
  const box = await page.getByRole('option').first().boundingBox();
  assert.ok(box.height >= 44, `an option is ${box.height} px high`);
  await page.keyboard.press('Escape');
  assert.equal(await field(page).getAttribute('aria-expanded'), 'false');
  assert.equal(await page.getByRole('option').count(), 0, 'the list is hidden');
  await page.context().close();
});

test('« Tourcoing », in no territory, leads to the honest page with the regional contact', async () => {
  const page = await phonePage(browser, { hasTouch: false });
  await page.goto(server.origin + '/questionnaire');
  await pickByKeyboard(page, 'Tourcoing', /^Tourcoing \(59200\)$/, { elsewhere: true });
  await page.locator('#commune-status', { hasText: 'Tourcoing : aucun programme n\'est encore listé ici' }).waitFor();
  assert.deepEqual(await violations(page), []);
  await page.keyboard.press('Enter');
  const honest = page.getByTestId('outside-territories');
  await honest.locator('h2', { hasText: 'Pas encore de programme à Tourcoing' }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/resultats');
  assert.ok(page.url().includes('commune=59599') && !page.url().includes('territoire='), page.url());
  const contacts = page.getByTestId('always-contacts');
  assert.match(await contacts.textContent(), /Le Collectif Mentorat Hauts-de-France\u00a0: hautsdefrance@collectifmentorat\.fr/);
  assert.match(await contacts.textContent(), /1jeune1mentor\.fr/);
  assert.doesNotMatch(await contacts.textContent(), /roubaix@collectifmentorat/);
  await screenshot(page, 'commune-outside');
  assert.deepEqual(await violations(page), []);
  // Reloaded, the link still says it.
  await page.reload();
  await honest.locator('h2', { hasText: 'Pas encore de programme à Tourcoing' }).waitFor();
  await page.context().close();
});

test('a commune of another region: no regional contact is invented', async () => {
  const page = await phonePage(browser);
  await page.goto(server.origin + '/resultats#commune=75056');
  await page.getByTestId('outside-territories').locator('h2', { hasText: 'Pas encore de programme à Paris' }).waitFor();
  assert.doesNotMatch(await page.getByTestId('always-contacts').textContent(), /Collectif Mentorat/);
  await page.context().close();
});

// Security review, finding 3: the typed name's prefix was sent as a slice file name, for the
// territories' communes too, and a slice could pin the commune.
test('a commune of the territories is found with no request that depends on what was typed', async () => {
  // The test server (python's can stop answering under a worker's parallel requests).
  const server = await serveSwitchable(dist);
  const page = await phonePage(browser);
  const asked = [];
  page.on('request', (r) => r.url().includes('/data/') && asked.push(new URL(r.url()).pathname));
  await page.goto(server.origin + '/questionnaire');
  await page.locator('form h1', { hasText: 'Où habites-tu' }).waitFor();
  const before = asked.length;
  await field(page).fill('Grande');
  await page.getByRole('option', { name: 'Grande-Synthe (59760)' }).waitFor();
  await page.getByRole('option', { name: 'Chercher « Grande » ailleurs en France' }).waitFor();
  await page.getByRole('option', { name: 'Grande-Synthe (59760)' }).tap();
  await page.locator('#commune-status', { hasText: 'Grande-Synthe : il y a des programmes' }).waitFor();
  // The dataset's files are the page's, whatever is typed; of the communes, only the territories' own.
  const national = asked.slice(before).filter((p) => p.startsWith('/data/communes/') || p === '/data/recherche/index.json');
  assert.deepEqual(national, [], 'nothing of the national list');
  assert.ok(asked.includes('/data/recherche/territoires.json'));
  // Only choosing « ailleurs en France » searches the rest of France.
  await field(page).fill('Xqzw');
  await page.getByRole('option', { name: 'Chercher « Xqzw » ailleurs en France' }).tap();
  await page.locator('#commune-status', { hasText: 'Aucune commune ne commence ainsi' }).waitFor();
  assert.ok(asked.includes('/data/recherche/index.json'));
  await page.context().close();
  await server.close();
});

/** The communes a file of the build lists, by their codes. */
const codesIn = (file) => new Set(JSON.parse(readFileSync(path.join(dist, file), 'utf8')).communes.map((c) => `${c.c} ${c.n}`));

/** Every file under data/communes/ the server was asked for, and the communes common to them all. */
function anonymity(log) {
  const files = [...new Set(log.map((p) => p.split('?')[0]).filter((p) => p.startsWith('/data/communes/')))];
  let common = null;
  for (const file of files) {
    const here = codesIn(file.slice(1));
    common = common === null ? here : new Set([...common].filter((c) => here.has(c)));
  }
  return { files, common: common ?? new Set() };
}

for (const [what, journey] of [
  [
    'typing « Tourcoing »',
    async (page) => {
      await page.goto(page.origin + '/questionnaire');
      await pickByKeyboard(page, 'Tourcoing', /^Tourcoing \(59200\)$/, { elsewhere: true });
      await page.keyboard.press('Enter');
    },
  ],
  [
    'typing « 97600 »',
    async (page) => {
      await page.goto(page.origin + '/questionnaire');
      await pickByKeyboard(page, '97600', /\(97600\)$/, { elsewhere: true });
      await page.keyboard.press('Enter');
    },
  ],
  ['a link commune=75056', (page) => page.goto(page.origin + '/resultats#commune=75056')],
]) {
  test(`${what}, the honest page, a reload: the files requested leave at least 200 possible communes`, async () => {
    const switchable = await serveSwitchable(dist);
    const page = await phonePage(browser);
    page.origin = switchable.origin;
    await journey(page);
    const honest = page.getByTestId('outside-territories');
    await honest.locator('h2', { hasText: /^Pas encore de programme à [^(]+$/ }).waitFor();
    const named = await honest.locator('h2').textContent();
    await page.reload();
    await honest.locator('h2', { hasText: named }).waitFor();
    const { files, common } = anonymity(switchable.log);
    assert.ok(files.length >= 1, 'the commune came from the national list');
    assert.ok(common.size >= 200, `${files.join(', ')}: ${common.size} communes in common`);
    assert.ok([...common].some((c) => named.includes(c.split(' ').slice(1).join(' '))), `${named} is among them`);
    await page.context().close();
    await switchable.close();
  });
}

test('every file of the national list holds at least 200 communes', async () => {
  const index = JSON.parse(readFileSync(path.join(dist, 'data/recherche/index.json'), 'utf8'));
  const files = [...index.names.map((keys) => `noms/${keys[0].replace(/ /g, '-')}.json`), ...index.departements.map((d) => `dep/${d[0]}.json`)];
  assert.ok(files.length > 100);
  for (const file of files) assert.ok(codesIn(`data/communes/${file}`).size >= 200, file);
});

test('offline after one visit: the territories\' communes are found, elsewhere needs the network once', async () => {
  const switchable = await serveSwitchable(copyOf(dist));
  const page = await phonePage(browser);
  await page.goto(switchable.origin + '/questionnaire');
  await waitForWorker(page);
  await switchable.close();
  await page.goto(switchable.origin + '/questionnaire');
  await field(page).fill('grande');
  await page.getByRole('option', { name: 'Grande-Synthe (59760)' }).tap();
  await page.locator('#commune-status', { hasText: 'Grande-Synthe : il y a des programmes' }).waitFor();
  await field(page).fill('Tourcoing');
  await page.getByRole('option', { name: 'Chercher « Tourcoing » ailleurs en France' }).tap();
  await page.locator('#commune-status', { hasText: 'Pour chercher ailleurs en France, il faut Internet une fois' }).waitFor();
  await page.context().close();
});
