// The data keepers' page (/donnees) on a 360×740 phone: a coordinator opens the site's file or one
// from their computer, reads each problem in French at its line, sends nothing; bad files get a
// clear message; axe at zero; it works offline after one visit; the young person never downloads it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { phonePage, root, screenshot, servedApp, texts, violations, waitForOpened, waitForWorker } from './support.mjs';

// The release build on a plain static server, and a browser, for every test of the file.
const app = servedApp();

const published = (file) => readFileSync(path.join(root, 'public/data', file), 'utf8');
const lineOf = (text, needle) => text.slice(0, text.indexOf(needle)).split('\n').length;
/** A file given to the page's file field, as a coordinator picks it (32 MB take a while to hand
 * to the browser on a busy machine). */
const pick = (page, name, text) =>
  page
    .getByTestId('keepers-pick')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.isBuffer(text) ? text : Buffer.from(text) }, { timeout: 60_000 });

async function keepersPage() {
  const page = await phonePage(app.browser);
  page.requests = [];
  page.on('request', (r) => page.requests.push(r));
  await page.goto(app.server.origin + '/donnees');
  // The territories are listed once the published index is read.
  await page.locator('[data-testid="keepers-choice"] option[value="roubaix"]').waitFor({ state: 'attached' });
  return page;
}

/** Opens the site's copy of `choice` (a territory's id, or `index`) and waits until the page finds
 * it fine; returns the verdict. */
async function openSiteFile(page, choice) {
  await page.getByTestId('keepers-choice').selectOption(choice);
  await page.getByTestId('keepers-open-site').tap();
  const verdict = page.getByTestId('keepers-verdict');
  await verdict.filter({ hasText: 'Le fichier est bon' }).waitFor();
  return verdict;
}

test("a coordinator checks Roubaix's file: the site's copy is fine, a wrong e-mail is named at its line, nothing is sent", async () => {
  const page = await keepersPage();
  assert.equal(await page.locator('h1').textContent(), 'Vérifier un fichier des programmes');
  const verdict = await openSiteFile(page, 'roubaix');
  const programmes = JSON.parse(published('roubaix.json')).programmes;
  assert.match(await verdict.textContent(), new RegExp(`lit ses ${programmes.length}\\sprogrammes`));
  assert.equal(await page.locator('[data-testid="keepers-freshness"] tbody tr').count(), programmes.length);
  assert.ok(page.requests.some((r) => r.url().endsWith('/data/extraits/roubaix.json')), "the published file, with its excerpts, as the server has it");
  await screenshot(page, 'keepers-site-file');

  const broken = published('roubaix.json').replace('lille@afev.org', 'lille@afev');
  const before = page.requests.length;
  await pick(page, 'roubaix.json', broken);
  await page.getByTestId('keepers-finding').first().waitFor();
  assert.match(await verdict.textContent(), /^1\sproblème\s: l'application laissera de côté/);
  const finding = await page.getByTestId('keepers-finding').textContent();
  assert.match(finding, /^Afev \(afev-roubaix\), ligne (\d+)/);
  assert.equal(Number(finding.match(/ligne (\d+)/)[1]), lineOf(broken, '"lille@afev"'));
  assert.match(finding, /Adresse e-mail\s: écris une adresse comme contact@association\.fr/);
  assert.match(finding, /« lille@afev » n'est pas une adresse e-mail valide/);
  await screenshot(page, 'keepers-wrong-email');
  assert.equal(page.requests.length, before, 'a file from the computer is read in the page: nothing is asked of the server, nothing sent');
  assert.ok(page.requests.every((r) => r.method() === 'GET' && new URL(r.url()).origin === app.server.origin), 'only GETs of the site’s own files');
  assert.deepEqual(page.errors, []);
});

test("a coordinator's whole task: a wrong e-mail seen and corrected, an age changed and who sees it, the file downloaded with only that value changed", async () => {
  const page = await keepersPage();
  const verdict = await openSiteFile(page, 'roubaix');
  await page.getByTestId('keepers-programme').selectOption({ label: 'Afev (afev-roubaix)' });
  const emails = page.getByTestId('keepers-emails');
  assert.equal(await emails.inputValue(), 'lille@afev.org');
  const afev = JSON.parse(published('roubaix.json')).programmes.find((p) => p.id === 'afev-roubaix');
  const agesExcerpt = afev.evidence.find((e) => e.fact === 'ages').excerpt;
  assert.match(await page.getByTestId('keepers-excerpts').first().textContent(), new RegExp(`«\\s${agesExcerpt}\\s»`), 'the excerpt that backs the ages');

  await emails.fill('lille@afev');
  await emails.blur();
  await page.getByTestId('keepers-finding').filter({ hasText: 'Adresse e-mail' }).waitFor();
  assert.match(await verdict.textContent(), /^1\sproblème/);
  await screenshot(page, 'keepers-form-wrong-email');
  await emails.fill('lille@afev.org');
  await emails.blur();
  await verdict.filter({ hasText: 'Le fichier est bon' }).waitFor();

  const who = page.getByTestId('keepers-who-changes');
  assert.equal(await who.textContent(), 'Personne ne verra de différence.');
  const maxAge = page.getByTestId('keepers-max-age');
  assert.equal(await maxAge.inputValue(), '18');
  await maxAge.fill('15');
  await maxAge.blur();
  await who.locator('li').first().waitFor();
  assert.match(await who.textContent(), /Ce programme ne sera plus proposé aux 16–18\sans\s: .*lycée pro/);
  const changed = page.locator('[data-testid="keepers-who-sees"] td.changed');
  assert.ok((await changed.count()) > 0, 'the cells that change are marked');
  assert.equal(await changed.first().textContent(), 'affiché → masqué');
  await screenshot(page, 'keepers-who-sees');

  const summary = await page.getByTestId('keepers-summary').textContent();
  assert.match(summary, /Afev \(afev-roubaix\)\n- Âge maximum\s: 18 → 15/);
  assert.match(summary, /l'extrait de la brochure/);
  const send = await page.getByTestId('keepers-send-summary').getAttribute('href');
  const collectif = JSON.parse(published('index.json')).territories.find((t) => t.id === 'roubaix').collectif_email;
  assert.ok(send.startsWith(`mailto:${collectif}?subject=`), send);
  assert.equal(new URLSearchParams(send.split('?')[1]).get('body'), summary);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('keepers-download').tap()]);
  assert.equal(download.suggestedFilename(), 'roubaix.json');
  const written = readFileSync(await download.path(), 'utf8');
  const before = published('roubaix.json').split('\n');
  const after = written.split('\n');
  assert.equal(after.length, before.length, 'the same lines');
  const differ = before.map((line, i) => [line, after[i]]).filter(([a, b]) => a !== b);
  assert.deepEqual(differ, [[before[lineOf(published('roubaix.json'), '"max": 18') - 1], before[lineOf(published('roubaix.json'), '"max": 18') - 1].replace('18', '15')]], 'exactly the changed value differs');

  // A draft is never lost: another file waits until it is cleared; a reload takes it up;
  // « Effacer le brouillon » forgets it.
  await page.getByTestId('keepers-open-site').tap();
  await page.getByTestId('keepers-problem').filter({ hasText: 'Un brouillon est en cours' }).waitFor();
  assert.match(await page.getByTestId('keepers-summary').textContent(), /Âge maximum\s: 18 → 15/);
  await page.reload();
  await page.getByTestId('keepers-resumed').waitFor();
  assert.match(await page.getByTestId('keepers-summary').textContent(), /Âge maximum\s: 18 → 15/);
  assert.equal(await page.evaluate(() => Object.keys(localStorage).join()), 'ttm-donnees-brouillon', 'one key');
  await page.getByTestId('keepers-clear-draft').tap();
  await page.getByTestId('keepers-summary').waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => localStorage.length), 0);
  await page.reload();
  await page.locator('[data-testid="keepers-choice"] option[value="roubaix"]').waitFor({ state: 'attached' });
  assert.equal(await page.getByTestId('keepers-resumed').count(), 0);
  assert.deepEqual(page.errors, []);
});

test('bad files get a clear message: not JSON, a BOM, another territory’s file, a newer schema, too large', async () => {
  const page = await keepersPage();
  await page.getByTestId('keepers-choice').selectOption('roubaix');
  const roubaix = published('roubaix.json');
  const said = async (name, text, expected) => {
    await pick(page, name, text);
    await page.getByTestId('keepers-report').locator('h2', { hasText: name }).waitFor();
    const report = await page.getByTestId('keepers-report').textContent();
    assert.match(report, /l'application ne peut pas lire ce fichier/, name);
    assert.match(report, expected, name);
  };
  await said('pas-du-json.json', roubaix.replace('"territory": "roubaix",', '"territory": "roubaix"'), /ce n'est pas du JSON valide.*ligne \d+/);
  await said('avec-bom.json', '\ufeff' + roubaix, /BOM/);
  await said('dunkerque.json', published('dunkerque.json'), /celui de « dunkerque », pas de « roubaix »/);
  await said('futur.json', roubaix.replace('"schema_version": 6', '"schema_version": 7'), /Version du format/);
  await pick(page, 'enorme.json', Buffer.alloc(32_000_001, 0x20));
  await page.getByTestId('keepers-problem').filter({ hasText: 'trop gros' }).waitFor({ timeout: 60_000 });
  await screenshot(page, 'keepers-too-large');
  assert.deepEqual(page.errors, []);
});

test('axe reports no violation on the page, with a problem shown, at 320 px and with text at 200 % too', async () => {
  const page = await keepersPage();
  assert.deepEqual(await violations(page), [], 'the page as it opens');
  await pick(page, 'roubaix.json', published('roubaix.json').replace('"max": 18', '"max": 3'));
  await page.getByTestId('keepers-finding').first().waitFor();
  assert.deepEqual(await violations(page), [], 'with a problem and the programmes listed');
  await page.getByTestId('keepers-programme').selectOption({ label: 'Afev (afev-roubaix)' });
  await page.getByTestId('keepers-who-sees').first().waitFor();
  assert.deepEqual(await violations(page), [], 'with the form and who sees the programme');
  await page.setViewportSize({ width: 320, height: 740 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0, 'nothing wider than the screen at 320 px');
  // Text at 200 %: still nothing wider than the screen, and the form still works.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
  await page.waitForTimeout(200);
  const zoomed = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(zoomed <= 0, `scrolls sideways by ${zoomed}px at 200 %`);
  const emails = page.getByTestId('keepers-emails');
  await emails.fill('afev@exemple');
  await emails.blur();
  await page.getByTestId('keepers-summary').filter({ hasText: 'Adresse e-mail' }).waitFor();
});

test('after one visit it works offline: the page opens, a file from the computer is checked, the site’s file says it needs the network', async () => {
  const page = await keepersPage();
  await waitForWorker(page, { data: false });
  await page.reload();
  await page.locator('[data-testid="keepers-choice"] option[value="roubaix"]').waitFor({ state: 'attached' });
  await waitForOpened(page, /\/keepers-[0-9a-f]+_bg\.wasm$/);
  await page.context().setOffline(true);
  await page.reload();
  await page.locator('h1', { hasText: 'Vérifier un fichier des programmes' }).waitFor();
  await page.locator('[data-testid="keepers-choice"] option[value="roubaix"]').waitFor({ state: 'attached' });
  await page.getByTestId('keepers-choice').selectOption('roubaix');
  await pick(page, 'roubaix.json', published('roubaix.json'));
  await page.getByTestId('keepers-verdict').filter({ hasText: 'Le fichier est bon' }).waitFor();
  await page.getByTestId('keepers-open-site').tap();
  await page.getByTestId('keepers-problem').filter({ hasText: 'pas de réseau' }).waitFor();
  await page.context().setOffline(false);
});

test("the young person's pages never download the data keepers' app", async () => {
  const page = await phonePage(app.browser);
  const asked = [];
  page.on('request', (r) => asked.push(r.url()));
  await page.goto(app.server.origin + '/resultats#territoire=roubaix&age=16&etape=lycee-pro&modalite=presentiel');
  await page.getByTestId('results').waitFor();
  await waitForWorker(page);
  assert.deepEqual(asked.filter((url) => /keepers/.test(url)), [], 'nor does the worker store it');
});

test('« Signaler une information fausse »: on each card, the directory and the volunteers’ cards, an e-mail to the Collectif that names the programme and nothing of the person', async () => {
  const page = await phonePage(app.browser);
  const index = JSON.parse(published('index.json'));
  const collectif = index.territories.find((t) => t.id === 'roubaix').collectif_email;
  const read = async (link) => {
    const href = await link.getAttribute('href');
    const [to, query] = href.replace(/^mailto:/, '').split('?');
    const params = new URLSearchParams(query);
    return { to, subject: params.get('subject'), body: params.get('body') };
  };
  await page.goto(app.server.origin + '/resultats#territoire=roubaix&age=16&etape=lycee-pro&modalite=presentiel&langue=ar');
  const card = page.getByTestId('result').first();
  await card.locator('details.more summary').tap();
  const report = card.getByTestId('report-wrong');
  assert.equal(await report.textContent(), texts.ar['card.report']);
  assert.equal(await card.locator('.report-wrong small').textContent(), texts.ar['card.report_note']);
  const name = (await card.locator('h3').textContent()).trim();
  const programme = JSON.parse(published('roubaix.json')).programmes.find((p) => p.association === name);
  const mail = await read(report);
  assert.equal(mail.to, collectif);
  assert.equal(mail.subject, `Information à corriger : ${programme.association} (${programme.id}), vérifié le ${programme.checked}, données du ${index.updated}`);
  assert.ok(!/16|lycée|lycee/.test(mail.subject + mail.body), 'nothing of the young person’s answers');

  await page.goto(app.server.origin + '/programmes#territoire=roubaix&langue=fr');
  const row = page.getByTestId('directory-row').first();
  assert.equal(await row.getByTestId('report-wrong').textContent(), texts.fr['card.report']);
  assert.equal(await row.locator('.report-wrong small').textContent(), texts.fr['volunteer.report_note']);
  assert.equal((await read(row.getByTestId('report-wrong'))).to, collectif);

  await page.goto(app.server.origin + '/devenir-mentor/resultats#territoire=roubaix&age=68&profil=retraite&heures=10&modalite=presentiel&langue=fr');
  const volunteerCard = page.getByTestId('result').first();
  await volunteerCard.locator('details.more summary').tap();
  assert.equal(await volunteerCard.locator('.report-wrong small').textContent(), texts.fr['volunteer.report_note']);
  assert.equal((await read(volunteerCard.getByTestId('report-wrong'))).to, collectif);
  assert.deepEqual(page.errors, []);
});

test("the index's Collectif contact and a programme's words are corrected too, each saying what else to redo", async () => {
  const page = await keepersPage();
  const verdict = await openSiteFile(page, 'index');
  const collectif = page.locator('#keepers-collectif-roubaix');
  const index = JSON.parse(published('index.json'));
  assert.equal(await collectif.inputValue(), index.territories.find((t) => t.id === 'roubaix').collectif_email);
  await collectif.fill('roubaix-collectifmentorat.fr');
  await collectif.blur();
  await page.getByTestId('keepers-finding').filter({ hasText: 'Adresse e-mail du Collectif Mentorat' }).waitFor();
  await screenshot(page, 'keepers-index-form');
  await page.getByTestId('keepers-clear-draft').tap();

  await page.getByTestId('keepers-choice').selectOption('roubaix');
  await page.getByTestId('keepers-open-site').tap();
  await page.getByTestId('keepers-report').locator('h2', { hasText: 'data/roubaix.json' }).waitFor();
  await verdict.filter({ hasText: 'Le fichier est bon' }).waitFor();
  await page.getByTestId('keepers-programme').selectOption({ label: 'Afev (afev-roubaix)' });
  const line = page.getByTestId('keepers-text-line');
  await line.fill('Un étudiant t’aide chaque semaine.');
  await line.blur();
  const summary = page.getByTestId('keepers-summary');
  await summary.waitFor();
  assert.match(await summary.textContent(), /Phrase d'accroche\s: «\s.*\s» → «\sUn étudiant t’aide chaque semaine\.\s»/);
  assert.match(await summary.textContent(), /les traductions de «\sPhrase d'accroche\s» en anglais, en arabe et en ukrainien/);
  // The card as a young person will see it, with the new line.
  const preview = page.getByTestId('keepers-preview');
  assert.equal(await preview.locator('.line').textContent(), 'Un étudiant t’aide chaque semaine.');
  await page.getByTestId('keepers-preview-volunteer').locator('h3').waitFor();
  await screenshot(page, 'keepers-preview');

  // In English (the draft kept): the new line shows in French, marked so, until it is translated again.
  await page.goto(app.server.origin + '/donnees#langue=en');
  await page.getByTestId('keepers-resumed').waitFor();
  await page.getByTestId('keepers-programme').selectOption({ label: 'Afev (afev-roubaix)' });
  const english = page.getByTestId('keepers-preview');
  await english.locator('.line[lang="fr"]').waitFor();
  assert.equal(await english.locator('.line').textContent(), 'Un étudiant t’aide chaque semaine.');
  // Its summary, unchanged, keeps its English translation.
  await english.locator('.summary:not([lang="fr"])').waitFor({ state: 'attached' });
  await page.getByTestId('keepers-clear-draft').tap();
  assert.deepEqual(page.errors, []);
});

test("the card's preview speaks the page's language once the territory's translations arrive, even after the programme is shown", async () => {
  // A slow network: the translations of Roubaix's programmes come only once the card is drawn.
  const page = await phonePage(app.browser, { serviceWorkers: 'block' });
  let arrive;
  const arrived = new Promise((resolve) => (arrive = resolve));
  await page.route(/\/data\/i18n\/[a-z]{2}\/roubaix\.json$/, async (route) => {
    await arrived;
    await route.continue();
  });
  await page.goto(app.server.origin + '/donnees#langue=en');
  await page.locator('[data-testid="keepers-choice"] option[value="roubaix"]').waitFor({ state: 'attached' });
  await openSiteFile(page, 'roubaix');
  await page.getByTestId('keepers-programme').selectOption({ label: 'Afev (afev-roubaix)' });
  const preview = page.getByTestId('keepers-preview');
  await preview.locator('.summary[lang="fr"]').waitFor({ state: 'attached' });
  arrive();
  await preview.locator('.summary:not([lang="fr"])').waitFor({ state: 'attached' });
  assert.equal(await preview.locator('.summary').textContent(), JSON.parse(published('i18n/en/roubaix.json')).programmes['afev-roubaix'].summary);
  assert.deepEqual(page.errors, []);
});

test("the mentors' hours by profile are corrected where the file writes them, for Dunkerque's Afev", async () => {
  const page = await keepersPage();
  await openSiteFile(page, 'dunkerque');
  await page.getByTestId('keepers-programme').selectOption({ label: 'Afev (afev-dunkerque)' });
  const hours = page.getByTestId('keepers-mentoring-hours');
  assert.equal(await hours.count(), 2, 'one entry a profile, as the file writes them');
  assert.match(await hours.first().locator('legend').textContent(), /etudiant/);
  const least = hours.first().getByLabel('Au moins');
  assert.equal(await least.inputValue(), '2');
  await least.fill('3');
  await least.blur();
  await page.getByTestId('keepers-summary').waitFor();
  assert.match(await page.getByTestId('keepers-summary').textContent(), /Heures des mentors\s: 2 par semaine \(etudiant\)\s; 1 par semaine \(lyceen\) → 3 par semaine \(etudiant\)\s; 1 par semaine \(lyceen\)/);
  await page.getByTestId('keepers-clear-draft').tap();
  assert.deepEqual(page.errors, []);
});
