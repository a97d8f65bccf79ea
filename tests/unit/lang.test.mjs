// src/lang.js, the script that runs before the first paint, read under Node with the browser's
// parts it uses stubbed: it reads a link's language and territory as the Rust reader does (the
// table tests/link_cases.json, which domain/tests/suite/url_codec.rs reads too), keeps the young person's
// language for the tab in sessionStorage under one key, and asks for every language's files.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import vm from 'node:vm';

const root = path.resolve(import.meta.dirname, '../..');
const script = readFileSync(path.join(root, 'src/lang.js'), 'utf8');
const { cases } = JSON.parse(readFileSync(path.join(root, 'tests/link_cases.json'), 'utf8'));
const { languages: listed } = JSON.parse(readFileSync(path.join(root, 'i18n/languages.json'), 'utf8'));
const languages = listed.map((l) => l.id);
// What the build writes on every page (scripts/route-shells.mjs).
const attributes = {
  'data-languages': languages.join(' '),
  'data-rtl': listed.filter((l) => l.dir === 'rtl').map((l) => l.id).join(' '),
};

/** Runs lang.js on a page at `url`; returns what it set and asked for. */
function run(url, { languages = ['fr-FR'], stored = {} } = {}) {
  const at = new URL(url);
  const asked = [];
  const storage = { ...stored };
  const element = () => ({ setAttribute() {}, toggleAttribute() {} });
  const html = { lang: '', dir: '', classList: { add() {}, remove() {} }, getAttribute: (name) => attributes[name] ?? null, hasAttribute: (name) => name in attributes };
  const context = {
    location: { hash: at.hash, search: at.search, pathname: at.pathname, href: at.href, reload() {} },
    navigator: { languages },
    document: {
      documentElement: html,
      baseURI: at.origin + '/',
      head: { appendChild: (link) => asked.push(link.href) },
      createElement: element,
      querySelectorAll: () => [],
      querySelector: () => null,
      addEventListener() {},
    },
    sessionStorage: {
      getItem: (k) => storage[k] ?? null,
      setItem: (k, v) => (storage[k] = String(v)),
    },
    history: {
      state: null,
      pushState(state) { this.state = state; },
      replaceState(state) { this.state = state; },
    },
    fetch: (href) => (asked.push(href), Promise.resolve()),
    addEventListener() {},
    setTimeout() {},
    URL,
  };
  context.window = context;
  vm.runInNewContext(script, context);
  return { lang: html.lang, dir: html.dir, asked, storage, history: context.history };
}

test('the language and the territory of a link, as the Rust reader reads them (tests/link_cases.json)', () => {
  for (const c of cases) {
    const { lang, asked } = run(`https://a.fr/resultats${c.query}${c.fragment}`);
    assert.equal(lang, c.language ?? 'fr', JSON.stringify(c));
    const data = asked.filter((h) => /^data\/[^/]+\.json$/.test(h)).map((h) => h.slice(5, -5));
    assert.deepEqual(data, c.territory ? [c.territory] : [], JSON.stringify(c));
  }
});

// Security review, finding 8: after a language switch, Back showed the earlier page in French.
test('the language the young person chose is kept for the tab, under one key, and only theirs', () => {
  const chosen = run('https://a.fr/questionnaire#question=etape&langue=en');
  assert.deepEqual(chosen.storage, { langue: 'en' });
  assert.equal(run('https://a.fr/questionnaire#question=age', { stored: chosen.storage }).lang, 'en', 'Back to a page written before');
  assert.equal(run('https://a.fr/?langue=uk', { stored: chosen.storage }).lang, 'en', 'the young person\'s choice wins over the host\'s');
  assert.equal(run('https://a.fr/questionnaire#langue=ar', { stored: chosen.storage }).lang, 'ar');
  assert.equal(run('https://a.fr/?langue=uk').lang, 'uk');
  assert.deepEqual(run('https://a.fr/?langue=uk', { languages: ['ar'] }).storage, {}, 'a host\'s preset or the browser\'s language is not stored');
  assert.equal(run('https://a.fr/', { stored: { langue: 'xx' } }).lang, 'fr', 'a stored value is checked');
});

test('in another language, the same file of every language is asked for, in a fixed order', () => {
  const { asked, dir } = run('https://a.fr/resultats#territoire=roubaix&langue=ar');
  assert.equal(dir, 'rtl');
  assert.deepEqual(asked.filter((h) => h.startsWith('i18n/')), ['i18n/en.json', 'i18n/ar.json', 'i18n/uk.json']);
  assert.deepEqual(asked.filter((h) => h.endsWith('/roubaix.json') && h.includes('i18n')), languages.slice(1).map((l) => `data/i18n/${l}/roubaix.json`));
  assert.deepEqual(run('https://a.fr/resultats#territoire=roubaix').asked, ['data/roubaix.json'], 'in French, only the territory');
  assert.deepEqual(run('https://a.fr/?territoire=dunkerque&embed=1').asked, ['data/dunkerque.json'], "a town's embed home reads its territory ahead");
  assert.deepEqual(run('https://a.fr/#territoire=dunkerque').asked, [], 'the home page needs no territory');
});

test('the entry a page opens on is marked as the app’s, so Back to it keeps the answers given since', () => {
  const { history } = run('https://a.fr/questions#t=roubaix&age=12');
  assert.deepEqual({ ...history.state }, { ttm: 1 });
  history.pushState({ key: 'router' }, '', '/resultats#t=roubaix&age=13');
  assert.deepEqual({ ...history.state }, { key: 'router', ttm: 1 });
});
