// Results a young person acts on, at 360×740: compact cards, keep in the link, share the safer
// link (Web Share API or clipboard), print a sheet whose QR code reopens the list, the counsellors'
// directory, and a title for every page. Sharing and printing inside an embed: embed.test.mjs.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { dist, launch, phonePage, screenshot, securityHeaders, serveSwitchable, texts } from './support.mjs';

let browser;
let server;
before(async () => {
  browser = await launch();
  server = await serveSwitchable(dist, { headers: securityHeaders(dist) });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const typical = '/resultats#territoire=roubaix&age=16&etape=lycee-pro&modalite=presentiel';
// The shipped dataset whole: the index, with every territory's programmes from its file.
const read = (file) => JSON.parse(readFileSync(path.join(dist, 'data', file), 'utf8'));
const dataset = read('index.json');
dataset.programmes = dataset.territories.flatMap((t) => read(`${t.id}.json`).programmes);
const names = (page) => page.locator('[data-testid="result"] h3').allTextContents();
const fragment = (page) => new URLSearchParams(new URL(page.url()).hash.slice(1));

test('at 360×740 the first three names and the first contact are within two screens, the closed list within four', async () => {
  const page = await phonePage(browser);
  await page.goto(server.origin + typical);
  await page.locator('[data-testid="results"]').waitFor();
  const cards = page.locator('[data-testid="result"]');
  const count = await cards.count();
  assert.ok(count >= 7, `a typical result lists ${count} programmes`);
  const bottom = async (locator) => {
    const box = await locator.boundingBox();
    return box.y + box.height;
  };
  for (let i = 0; i < 3; i++) {
    assert.ok((await bottom(cards.nth(i).locator('h3'))) <= 2 * 740, `name ${i + 1} within two screens`);
  }
  assert.ok((await bottom(cards.first().locator('.first-contact a'))) <= 2 * 740, 'the first contact within two screens');
  const top = (await cards.first().boundingBox()).y;
  const height = (await bottom(cards.nth(count - 1))) - top;
  assert.ok(height <= 4 * 740, `the ${count} closed cards take ${height}px, at most four screens`);
  // Everything else is one disclosure away, for a keyboard and a screen reader.
  const more = cards.first().locator('details.more');
  assert.equal(await more.locator('.details').isVisible(), false);
  await more.locator('summary').focus();
  await page.keyboard.press('Enter');
  assert.equal(await more.locator('.details').isVisible(), true);
  assert.match(await more.textContent(), /Informations vérifiées le \d+ \S+ \d{4}/);
  await screenshot(page, 'results-compact');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('keep two, reload, open « Ma sélection », and « Tout effacer » empties it', async () => {
  const page = await phonePage(browser);
  await page.goto(server.origin + typical);
  await page.locator('[data-testid="results"]').waitFor();
  for (const name of ['Afev', 'Proxité']) {
    const keep = page.locator('[data-testid="result"]', { has: page.locator('h3', { hasText: name }) }).locator('button.keep');
    await keep.click();
    await page.waitForFunction((n) => [...document.querySelectorAll('[data-testid="result"]')].some((c) => c.querySelector('h3').textContent === n && c.querySelector('button.keep').getAttribute('aria-pressed') === 'true'), name);
    assert.equal(await keep.evaluate((b) => b === document.activeElement), true, 'the focus stays on the button');
  }
  assert.deepEqual(fragment(page).getAll('garde'), ['afev-roubaix', 'proxite-roubaix']);
  await page.reload();
  await page.locator('[data-testid="results"]').waitFor();
  assert.equal(await page.locator('button.keep[aria-pressed="true"]').count(), 2);
  await page.getByTestId('selection').click();
  await page.locator('#fits-title', { hasText: 'Ma sélection' }).waitFor();
  assert.deepEqual(await names(page), ['Afev', 'Proxité']);
  assert.match(await page.title(), /^Ma sélection — Trouve ton mentor$/);
  await page.getByTestId('clear').click();
  await page.locator('[data-testid="results"]').waitFor();
  assert.deepEqual(fragment(page).getAll('garde'), []);
  assert.equal(fragment(page).get('vue'), null);
  assert.equal(await page.getByTestId('selection').count(), 0);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a kept programme stays in « Ma sélection » when it no longer fits, and says which answer', async () => {
  const page = await phonePage(browser);
  await page.goto(server.origin + '/resultats#territoire=roubaix&age=16&etape=lycee-pro&garde=afev-roubaix&garde=duo-for-a-job-roubaix&vue=selection');
  await page.locator('[data-testid="results"]').waitFor();
  assert.deepEqual(await names(page), ['Afev', 'Duo for a Job']);
  const duo = page.locator('[data-testid="result"]', { has: page.locator('h3', { hasText: 'Duo for a Job' }) });
  assert.match(await duo.getByTestId('no-longer').textContent(), /Ne correspond plus à tes réponses\u00a0: Âge et Étape et Situation|Ne correspond plus à tes réponses\u00a0: Âge, Étape et Situation/);
  await page.context().close();
});

/** Opens « Partager » with the Web Share API stubbed, and returns what was shared. */
async function shareWithStub(page, url, { tick } = {}) {
  await page.addInitScript(() => {
    window.__shared = [];
    navigator.share = async (data) => window.__shared.push(data);
  });
  await page.goto(server.origin + url);
  await page.locator('[data-testid="results"]').waitFor();
  await page.getByRole('button', { name: 'Partager', exact: true }).click();
  const panel = page.getByTestId('share');
  await panel.waitFor();
  if (tick) await panel.getByRole('checkbox', { name: tick }).check();
  const says = await panel.getByTestId('share-says').textContent();
  await panel.getByRole('button', { name: 'Partager le lien' }).click();
  await page.waitForFunction(() => window.__shared.length > 0);
  return { shared: await page.evaluate(() => window.__shared[0]), says };
}

test('share: the safer link by default — no situation, no « je ne sais pas », no language, never embed', async () => {
  const page = await phonePage(browser);
  const { shared, says } = await shareWithStub(
    page,
    '/resultats?embed=1&territoire=dunkerque#age=16&etape=lycee-techno&situation=ase&incertain=qpv&langue=fr&garde=telemaque-dunkerque&garde=les-ombres-dunkerque',
  );
  const link = new URL(shared.url);
  assert.equal(link.origin + link.pathname, server.origin + '/resultats');
  assert.equal(link.search, '', 'no query: no embed=1, no host setting');
  const hash = new URLSearchParams(link.hash.slice(1));
  for (const key of ['situation', 'incertain', 'langue', 'commune', 'embed']) assert.equal(hash.get(key), null, `${key} in ${link.hash}`);
  assert.equal(hash.get('territoire'), 'dunkerque', 'the host preset becomes the link\'s territory');
  assert.deepEqual(hash.getAll('garde'), ['telemaque-dunkerque'], 'a reserved programme tells who it is for: left out by default');
  assert.match(says, /Dunkerque · 16 ans/);
  assert.doesNotMatch(says, /Aide sociale/);
  await page.context().close();

  const again = await phonePage(browser);
  const kept = await shareWithStub(again, '/resultats#territoire=dunkerque&age=16&etape=lycee-techno&situation=ase&garde=les-ombres-dunkerque', {
    tick: /Les Ombres/,
  });
  assert.deepEqual(new URLSearchParams(new URL(kept.shared.url).hash.slice(1)).getAll('garde'), ['les-ombres-dunkerque'], 'kept in when the young person says so');
  await again.context().close();
});

// Security review, finding 1: the safer link, and the printed QR code, carried the commune.
test('share: the safer link and its QR code carry no commune; the full link says it does', async () => {
  const url = '/resultats#territoire=dunkerque&commune=59271&age=16&etape=lycee-techno';
  const page = await phonePage(browser);
  const { shared, says } = await shareWithStub(page, url);
  assert.equal(new URLSearchParams(new URL(shared.url).hash.slice(1)).get('commune'), null, shared.url);
  assert.doesNotMatch(says, /Grande-Synthe/);
  await page.getByRole('radio', { name: /^Tout/ }).check();
  await page.getByTestId('share-says').filter({ hasText: 'Ta commune : Grande-Synthe' }).waitFor();
  await page.getByRole('radio', { name: /conseillé/ }).check();
  const qr = await printedQr(page);
  assert.equal(new URLSearchParams(new URL(qr.data).hash.slice(1)).get('commune'), null, qr.data);
  await page.context().close();
});

// Security review, finding 7: a kept programme of another territory went through the safer link
// unseen, and « Ma sélection (2) » showed one card.
test('kept programmes of another territory: « Ma sélection » shows every one, « Partager » lists each, an unknown id is reported', async () => {
  const url = '/resultats#territoire=dunkerque&age=20&etape=recherche-emploi&garde=duo-for-a-job-roubaix&garde=telemaque-dunkerque&garde=anaf-roubaix&garde=effacé-depuis&vue=selection';
  const page = await phonePage(browser);
  await page.goto(server.origin + url);
  await page.locator('[data-testid="results"]').waitFor();
  assert.deepEqual((await names(page)).sort(), ['ANAF', 'Duo for a Job', 'Télémaque'].sort());
  assert.match(await page.locator('.notice').first().textContent(), /garde=effacé-depui…/);
  await page.context().close();
  const share = await phonePage(browser);
  const { shared } = await shareWithStub(share, url.replace('&vue=selection', ''));
  const panel = share.getByTestId('share');
  assert.match(await panel.getByRole('checkbox', { name: /ANAF/ }).locator('..').textContent(), /Roubaix/);
  assert.match(await panel.getByRole('checkbox', { name: /Duo for a Job/ }).locator('..').textContent(), /réservé/);
  assert.deepEqual(new URLSearchParams(new URL(shared.url).hash.slice(1)).getAll('garde'), ['telemaque-dunkerque'], shared.url);
  await share.context().close();
});

/** Prints the page (`print` stubbed) and reads the QR code of the sheet. */
async function printedQr(page, { times = 1 } = {}) {
  await page.evaluate(() => {
    window.__printed ??= 0;
    window.print = () => (window.__printed += 1);
  });
  const before = await page.evaluate(() => window.__printed);
  await page.getByTestId('print').click();
  await page.waitForFunction((n) => window.__printed === n, before + times, { timeout: 15_000 });
  const { first, text } = readPdf(await page.pdf({ format: 'A4', printBackground: false }));
  const qr = jsQR(new Uint8ClampedArray(first.data), first.width, first.height);
  assert.ok(qr, 'the QR code on the sheet can be read');
  return { data: qr.data, text };
}

// Security review, finding 6: the QR code was drawn once a page; a second sheet carried the link
// of the first, the situation included.
test('print: the QR code follows the share choice, and the safer sheet names no situation', async () => {
  const page = await phonePage(browser);
  await page.goto(server.origin + '/resultats#territoire=dunkerque&age=14&etape=college&modalite=distanciel&situation=ase');
  await page.locator('[data-testid="results"]').waitFor();
  await page.getByRole('button', { name: 'Partager', exact: true }).click();
  await page.getByRole('radio', { name: /^Tout/ }).check();
  const whole = await printedQr(page);
  assert.match(whole.data, /situation=ase/);
  assert.match(whole.text.replace(/\s+/g, ' '), /Les Ombres/);
  const drawn = await page.locator('.qr img').getAttribute('src');
  await page.getByRole('radio', { name: /conseillé/ }).check();
  // Printed from the browser's own menu, the sheet already has the QR code of the new link.
  await page.waitForFunction((old) => {
    const img = document.querySelector('.qr img');
    return img && img.getAttribute('src') !== old && img.complete && img.naturalWidth > 0;
  }, drawn);
  const { first } = readPdf(await page.pdf({ format: 'A4', printBackground: false }));
  assert.doesNotMatch(jsQR(new Uint8ClampedArray(first.data), first.width, first.height).data, /situation/);
  const safer = await printedQr(page);
  assert.doesNotMatch(safer.data, /situation/);
  assert.equal(safer.data, await page.locator('.print-sheet figcaption span[dir="ltr"]').textContent(), 'the QR code is the link written under it');
  const sheet = safer.text.replace(/\s+/g, ' ');
  assert.doesNotMatch(sheet, /Aide sociale|Les Ombres/, 'no situation, no programme that tells one');
  assert.match(sheet, /Télémaque/);
  await page.context().close();
});

test('share without the Web Share API: the link is copied, and « Lien copié » is announced', async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'fr-FR' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  const page = await context.newPage();
  await page.addInitScript(() => delete Navigator.prototype.share);
  await page.goto(server.origin + typical + '&situation=qpv');
  await page.locator('[data-testid="results"]').waitFor();
  await page.getByRole('button', { name: 'Partager', exact: true }).click();
  await page.getByRole('button', { name: 'Copier le lien' }).click();
  const status = page.getByTestId('share-status');
  await status.filter({ hasText: 'Lien copié' }).waitFor();
  assert.equal(await status.getAttribute('role'), 'status');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(copied.startsWith(server.origin + '/resultats#territoire=roubaix&age=16'), copied);
  assert.ok(!copied.includes('situation'), copied);
  await context.close();
});

/** The text and the page images of a PDF, with poppler-utils. */
function readPdf(pdf) {
  const dir = mkdtempSync(path.join(tmpdir(), 'ttm-pdf-'));
  const file = path.join(dir, 'sheet.pdf');
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const pages = Number(execFileSync('pdfinfo', [file], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)[1]);
  execFileSync('pdftoppm', ['-png', '-r', '150', '-f', '1', '-l', '1', file, path.join(dir, 'page')]);
  const first = readFileSync(execFileSync('sh', ['-c', `ls ${dir}/page*.png`], { encoding: 'utf8' }).trim().split('\n')[0]);
  return { text, pages, first: PNG.sync.read(first) };
}

test('print: a sheet with every contact written out, and a QR code that reopens the same list', async () => {
  const page = await phonePage(browser);
  await page.addInitScript(() => {
    window.__printed = 0;
    window.print = () => (window.__printed += 1);
  });
  await page.goto(server.origin + typical);
  await page.locator('[data-testid="results"]').waitFor();
  await page.getByTestId('print').click();
  await page.waitForFunction(() => window.__printed === 1, null, { timeout: 15_000 });
  assert.equal(await page.locator('.qr img').count(), 1, 'the QR code is drawn before the sheet is printed');
  const { text, pages, first } = readPdf(await page.pdf({ format: 'A4', printBackground: false }));
  assert.equal(pages, 1, 'one sheet to hand over');
  const listed = await names(page);
  for (const name of listed) {
    const p = dataset.programmes.find((x) => x.association === name && x.territory === 'roubaix');
    for (const written of [...(p.contact.emails ?? []), ...(p.contact.phones ?? []), p.contact.website.split('://')[1].replace(/\/$/, '')]) {
      assert.ok(text.replace(/\s+/g, ' ').includes(written), `${name}: ${written} is on the sheet`);
    }
  }
  assert.doesNotMatch(text, /Ajouter à ma sélection|Partager|En savoir plus|Français English/, 'nothing to click on paper');
  const qr = jsQR(new Uint8ClampedArray(first.data), first.width, first.height);
  assert.ok(qr, 'the QR code on the sheet can be read');
  assert.equal(qr.data, server.origin + '/resultats#territoire=roubaix&age=16&etape=lycee-pro&modalite=presentiel');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the counsellors\' directory: filtered and sorted by keyboard, in the link, two A4 pages at most', async () => {
  const page = await phonePage(browser, { hasTouch: false });
  for (const territory of dataset.territories.map((t) => t.id)) {
    await page.goto(server.origin + `/programmes#territoire=${territory}`);
    const rows = page.getByTestId('directory-row');
    await rows.first().waitFor();
    const total = dataset.programmes.filter((p) => p.territory === territory).length;
    assert.equal(await rows.count(), total, `${territory}: every programme`);
    const { pages } = readPdf(await page.pdf({ format: 'A4' }));
    assert.ok(pages <= 2, `${territory}: ${pages} pages printed`);
  }
  await page.goto(server.origin + '/programmes#territoire=roubaix');
  await page.getByTestId('directory-row').first().waitFor();
  await page.locator('#filtre-etape').focus();
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => location.hash.includes('etape='));
  const stage = fragment(page).get('etape');
  const expected = dataset.programmes.filter((p) => p.territory === 'roubaix' && p.audience.stages.includes(stage)).length;
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="directory-row"]').length === n, expected);
  // Sorted by the youngest age taken, with a button a keyboard reaches.
  await page.getByRole('button', { name: /Pour qui/ }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash.includes('tri=age'));
  assert.equal(await page.locator('th[aria-sort="ascending"]').textContent().then((t) => t.startsWith('Pour qui')), true);
  await screenshot(page, 'directory');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('every page and every question has its own title', async () => {
  const page = await phonePage(browser);
  const titles = [];
  for (const url of [
    '/',
    '/questionnaire#question=territoire',
    '/questionnaire#question=etape&territoire=roubaix',
    typical,
    '/programmes#territoire=roubaix',
    '/integrer',
    '/accessibilite',
  ]) {
    await page.goto(server.origin + url);
    await page.locator('main h1').first().waitFor();
    await page.waitForFunction(() => !document.querySelector('.loading:not([hidden])'));
    titles.push(await page.title());
  }
  assert.equal(new Set(titles).size, titles.length, titles.join(' | '));
  assert.ok(titles.includes('Question 3 sur 6\u00a0: Aujourd\'hui, tu es… — Trouve ton mentor'), titles.join(' | '));
  assert.ok(titles.some((t) => /^\d+ programmes pour toi — Trouve ton mentor$/.test(t)), titles.join(' | '));
  await page.context().close();
});

// The UX walk (issue 25): « Le premier te correspond le mieux. » was followed by « …ils sont
// rangés par ordre alphabétique ». The count only counts; one sentence says why the order.
test('the order is explained once and truly: the count only counts, a tie says alphabetical', async () => {
  const page = await phonePage(browser);
  await page.goto(server.origin + '/resultats#territoire=roubaix&age=15&etape=college');
  await page.locator('[data-testid="results"]').waitFor();
  const count = await page.locator('#fits-title').textContent();
  const n = await page.locator('[data-testid="result"]').count();
  assert.equal(count, texts.fr['results.count'].other.replace('{n}', n), 'the heading counts, and says nothing of the order');
  assert.equal(await page.getByTestId('why-first').textContent(), texts.fr['first.tie']);
  const [first, second] = await page.locator('[data-testid="result"] h3').allTextContents();
  assert.ok(first.localeCompare(second, 'fr') < 0, `the first two in alphabetical order: ${first}, ${second}`);
  await page.context().close();
});
