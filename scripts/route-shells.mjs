// Writes <route>/index.html for every route of src/routes.json (the one list of routes), so that a
// deep link opens on a plain static server with no rewrite rules, and 404.html for hosts that
// serve it. Each copy paints that route's heading before the wasm runs, where the app will draw
// it: the page is never blank and nothing jumps when the app takes over (no layout shift).
// Every text comes from i18n/<lang>.json: the page is written in French, and each part that has
// words is followed by a <template data-lang="…"> per other language, which src/lang.js swaps in
// before the first paint when the young person reads that language.
// Static pages (« static » in src/routes.json) are written whole, once per language, with no app
// code: their texts never weigh in the wasm, and they open with no wasm at all.
// Usage: node scripts/route-shells.mjs <dist dir>
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LANGUAGE_LIST, LANGUAGES, texts } from './translations.mjs';
import { readJson } from './read-json.mjs';

const dist = process.argv[2];
if (!dist) throw new Error('usage: node scripts/route-shells.mjs <dist dir>');
const root = path.resolve(import.meta.dirname, '..');
const routes = readJson(path.join(root, 'src/routes.json'));
// Every page says which languages there are (i18n/languages.json), for src/lang.js to read before
// the first paint.
const html = readFileSync(path.join(dist, 'index.html'), 'utf8').replace(
  /<html\b(?![^>]*data-languages)/,
  `<html data-languages="${LANGUAGES.join(' ')}" data-rtl="${LANGUAGE_LIST.filter((l) => l.dir === 'rtl').map((l) => l.id).join(' ')}"`,
);

// The adults' pages' styles (style/adults.css): linked from their pages only (`forAdults`).
const adultsStyles = html.match(/<link\b[^>]*\bhref="?[^"\s>]*adults-[0-9a-f]+\.css"?[^>]*>/);
if (!adultsStyles) throw new Error("route-shells: no link to the adults' styles in index.html");
// The snippets' modules are not preloaded: the glue imports them, and they arrive while the wasm
// (preloaded) does; their links weighed on every page.
const young = html.replace(adultsStyles[0], '').replace(/<link\b[^>]*\bhref="?[^"\s>]*\/snippets\/[^>]*>/g, '');

// The quotes may be gone: release builds are minified.
const shell = /<section class="?home"? data-shell>[\s\S]*?<\/section>/;
const header = /<header class="?site-header"?>[\s\S]*?<\/header>/;
const title = /<title>[\s\S]*?<\/title>/;
for (const [what, pattern] of [['<section data-shell>', shell], ['<header>', header], ['<title>', title]]) {
  if (!pattern.test(html)) throw new Error(`route-shells: no ${what} in index.html`);
}

const all = Object.fromEntries(LANGUAGES.map((l) => [l, texts(l)]));
const escape = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
/** A text of a language, escaped for HTML. */
const t = (lang, key) => {
  const text = all[lang][key];
  if (typeof text !== 'string') throw new Error(`route-shells: i18n/${lang}.json has no text « ${key} »`);
  return escape(text);
};
const fill = (text, values) => text.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? values[name] : whole));
const OWN_NAMES = Object.fromEntries(LANGUAGE_LIST.map((l) => [l.id, l.name]));
const DIRS = Object.fromEntries(LANGUAGE_LIST.map((l) => [l.id, l.dir]));
const others = LANGUAGES.filter((l) => l !== 'fr');

/** The French part, then its other languages' templates (`data-title` sets the page's title). */
const localised = (part, pageTitle) =>
  part('fr') +
  others.map((l) => `<template data-lang="${l}"${pageTitle ? ` data-title="${pageTitle(l)}"` : ''}>${part(l)}</template>`).join('');

// The language switch, with each language's name in itself: the same in every language, but for
// its label (`data-label-*`) and the current one, which src/lang.js sets.
const languages = (link) =>
  `<nav class="languages" aria-label="${t('fr', 'language.label')}"${others.map((l) => ` data-label-${l}="${t(l, 'language.label')}"`).join('')}><ul>` +
  LANGUAGES.map(
    (l) => `<li><a href="${link(l)}" hreflang="${l}" lang="${l}" dir="${DIRS[l]}"${l === 'fr' ? ' aria-current="true"' : ''}>${OWN_NAMES[l]}</a></li>`,
  ).join('') +
  '</ul></nav>';

const titleOf = (route) => (lang) => {
  const key = route.title ?? route.heading;
  return route.path === '' || !key ? t(lang, 'brand') : fill(t(lang, 'title.suffix'), { title: t(lang, key) });
};

const loading = (lang) => `<p class="loading" role="status">${t(lang, 'shell.loading')}</p>`;
const noscript = `<noscript><p class="notice">${t('fr', 'shell.noscript')} <a href="https://www.1jeune1mentor.fr/">1jeune1mentor.fr</a>.</p></noscript>`;

// What the page says when the app cannot start (src/lang.js shows it after 20 s, or at once on an
// error): why, the browsers it needs, a retry, and who can help without it.
const cannotStart = (lang) =>
  `<div class="notice cannot-start" data-cannot-start hidden><h2>${t(lang, 'static.start.title')}</h2>` +
  `<p>${t(lang, 'static.start.text')}</p><p><button type="button" class="button primary" data-retry>${t(lang, 'static.start.retry')}</button></p>` +
  `<p>${t(lang, 'static.start.national')} <a href="https://www.1jeune1mentor.fr/" dir="ltr">1jeune1mentor.fr</a></p>` +
  `<p data-collectif hidden>${t(lang, 'static.start.collectif')} </p></div>`;

/** What every shell ends with, in a language: the loading line (on the home page hidden until
 * the app is started), what to do when the app cannot start, and, without JavaScript, where else
 * to look; in another language than French, what is said if its texts cannot be downloaded
 * (src/lang.js keeps it for the app). */
const startingLines = (lang, { loadingHidden = false } = {}) =>
  (loadingHidden ? loading(lang).replace('<p ', '<p hidden ') : loading(lang)) +
  cannotStart(lang) +
  (lang === 'fr' ? noscript : `<p data-load-language hidden>${t(lang, 'load.language')}</p>`);

/** The section an app route paints before the wasm runs, in a language (the home page's is
 * `homeSection`). */
const appSection = (route) => (lang) => {
  const heading = route.heading ? `<h1>${t(lang, route.heading)}</h1>` : '';
  return `<section class="${route.section}" data-shell>${heading}${startingLines(lang)}</section>`;
};

// The home page is written whole, in every language, and starts no app while it is only read: a
// young person who opens it and leaves downloads no wasm (issue « Lighter by design »). The app's
// start-up waits in <template data-app-start>; src/lang.js starts it at once when the address
// carries more than a language (a host's set-up in the query, answers in the fragment: the app's
// own home page draws those), else when « Commencer » is followed, in place: the address becomes
// the first question's and the app starts there, with no second page to download.
// The same words, links and order as the app's home page (src/pages/home.rs): a browser test
// compares the two in every language.
const QUESTIONS = 6;
const FIRST_QUESTION = 'territoire';
const plural = (lang, key, n) => {
  const forms = all[lang][key];
  if (typeof forms !== 'object') throw new Error(`route-shells: i18n/${lang}.json « ${key} » has no plural forms`);
  const form = forms[new Intl.PluralRules(lang).select(n)] ?? forms.other;
  return escape(form.replace('{n}', String(n)));
};
const homeSection = (lang) => {
  const own = lang === 'fr' ? '' : `#langue=${lang}`;
  const start = `questionnaire#question=${FIRST_QUESTION}${lang === 'fr' ? '' : `&amp;langue=${lang}`}`;
  return (
    `<section class="home" data-shell><h1>${t(lang, 'home.heading')}</h1><p class="lead">${t(lang, 'home.lead')}</p>` +
    `<p>${plural(lang, 'home.free', QUESTIONS)}</p><a class="button primary" href="${start}" data-start-app>${t(lang, 'home.start')}</a>` +
    `<p class="privacy">${t(lang, 'home.privacy')}</p>` +
    `<div class="volunteer-start"><p>${t(lang, 'volunteer.start_why')}</p><a class="button secondary" href="devenir-mentor${own}" data-testid="volunteer-start">${t(lang, 'volunteer.start')}</a></div>` +
    `<div class="volunteer-start"><p>${t(lang, 'home.counsellor_why')}</p><a class="button secondary" href="programmes${own}" data-testid="counsellor-start">${t(lang, 'home.counsellor')}</a></div>` +
    `${startingLines(lang, { loadingHidden: true })}</section>`
  );
};
const homeFooter = (lang) => {
  const own = lang === 'fr' ? '' : `#langue=${lang}`;
  return (
    // Its promise on privacy and its link to every programme are the page's own, said once.
    `<footer class="site-footer"><ul class="footer-links">` +
    `<li><a href="accessibilite${own}" rel="external">${t(lang, 'footer.accessibility')}</a></li>` +
    `<li><a href="integrer${own}" rel="external">${t(lang, 'footer.embed')}</a></li></ul></footer>`
  );
};
/** The home page's start-up, kept until src/lang.js needs it: Trunk's script and preloads. */
function startLater(out) {
  const script = out.match(/<script type="?module"?\s+src="?([^"\s>]+)"?\s*><\/script>/);
  const preloads = out.match(/<link\b[^>]*\brel="?(modulepreload|preload)"?[^>]*>/g) ?? [];
  if (!script || !preloads.some((l) => l.includes('_bg.wasm'))) throw new Error("route-shells: no start-up script or wasm preload in the home page");
  let later = out.replace(script[0], '');
  for (const link of preloads) later = later.replace(link, '');
  return later
    .replace(/<html\b/, '<html data-start-later')
    .replace('</head>', `<template data-app-start data-src="${script[1]}">${preloads.join('')}</template></head>`);
}

// What a static page's template may hold besides its texts, each from its one source: the
// dataset's territories, the sandbox of the host script, and this build's security headers.
const dataset = readJson(path.join(dist, 'data/index.json'));
const hostScript = readFileSync(path.join(root, 'public/embed.js'), 'utf8');
const sandbox = hostScript.match(/var SANDBOX = '([^']+)'/);
const allow = hostScript.match(/var ALLOW = '([^']+)'/);
if (!sandbox || !allow) throw new Error("route-shells: no `var SANDBOX = '…'` or `var ALLOW = '…'` in public/embed.js");
const fills = (lang) => ({
  territories: () => dataset.territories.map((x) => `<option value="${escape(x.id)}">${escape(x.area)}</option>`).join(''),
  territory_ids: () => dataset.territories.map((x) => x.id).join(t(lang, 'list.or')),
  languages: () => LANGUAGES.map((l) => `<option value="${l}" lang="${l}"${l === lang ? ' selected' : ''}>${OWN_NAMES[l]}</option>`).join(''),
  sandbox: () => sandbox[1],
  allow: () => allow[1],
  headers: () => escape(readFileSync(path.join(dist, '_headers'), 'utf8')),
  fragment: () => (lang === 'fr' ? '' : `#langue=${lang}`),
});
const staticPart = (route) => (lang) => {
  const values = fills(lang);
  const text = (key) => fill(t(lang, key), Object.fromEntries(['territory_ids', 'sandbox'].map((k) => [k, values[k]()])));
  return readFileSync(path.join(root, route.static), 'utf8')
    .replace(/<!--[\s\S]*?-->\s*/g, '')
    .replace(/\{\{(t:)?([\w.]+)\}\}/g, (_, isText, key) => {
      if (isText) return text(key);
      if (!(key in values)) throw new Error(`route-shells: unknown {{${key}}} in ${route.static}`);
      return values[key]();
    });
};

// The adults' app and the data keepers' (their start-up scripts and files, named by
// scripts/start-script.mjs) replace the young person's in their pages: each page downloads only
// the wasm that draws it.
const built = readdirSync(dist);
const one = (pattern) => {
  const found = built.filter((f) => pattern.test(f));
  if (found.length !== 1) throw new Error(`route-shells: expected one ${pattern} in the build, found ${found.length}`);
  return found[0];
};
const youngStart = one(/^start-[0-9a-f]{8,16}\.js$/);
/** The shell of a page of another app than the young person's (`adults`, `keepers`): its start-up
 * script and preloads instead of the young person's, the adults' styles, and every text. */
function forApp(out, app) {
  const appStart = one(new RegExp(`^start-${app}-[0-9a-f]{16}\\.js$`));
  const appGlue = one(new RegExp(`^${app}-[0-9a-f]{16}\\.js$`));
  const appWasm = one(new RegExp(`^${app}-[0-9a-f]{16}_bg\\.wasm$`));
  const prefix = out.match(/<link\b[^>]*\bhref="?([^"\s>]*\/)trouve-ton-mentor-[0-9a-f]{8,16}\.js/);
  if (!prefix) throw new Error('route-shells: no modulepreload of the young app in index.html');
  const replaced = out
    // Its texts are the adults' app's file (scripts/translations.mjs), which src/lang.js requests.
    .replace(/<html\b/, '<html data-texts="i18n/adultes/*.json"')
    .replace(/<link\b[^>]*\bhref="?[^"\s>]*trouve-ton-mentor-[0-9a-f]{8,16}(_bg\.wasm|\.js)"?[^>]*>/g, '')
    .replace(`src="${youngStart}"`, `src="${appStart}"`)
    .replace(
      '</head>',
      `${adultsStyles[0]}<link rel="modulepreload" crossorigin href="${prefix[1]}${appGlue}"><link rel="preload" as="fetch" type="application/wasm" crossorigin href="${prefix[1]}${appWasm}"></head>`,
    );
  if (/trouve-ton-mentor-[0-9a-f]{8,16}(_bg\.wasm|\.js)/.test(replaced) || !replaced.includes(appStart)) throw new Error(`route-shells: the ${app} pages must load only their app`);
  return replaced;
}

/** The page of a route: its title, the language switch and the shell (or the whole static page). */
function page(route) {
  const path = route.path;
  const app = !route.static;
  // The route's own address: before the app starts, src/lang.js keeps the answers too.
  const selfLink = (l) => `${path ? `${path}/` : './'}#langue=${l}`;
  let out = young
    .replace(title, `<title>${titleOf(route)('fr')}</title>`)
    .replace(header, (whole) =>
      app
        ? whole + languages(selfLink)
        : localised((l) => `<header class="site-header"><a class="skip-link" href="${path}/#contenu">${t(l, 'header.skip')}</a><a class="brand" href="./${l === 'fr' ? '' : `#langue=${l}`}">${t(l, 'brand')}</a></header>`) +
          languages(selfLink),
    );
  if (app && route.path === '') {
    out = out
      .replace(header, () => localised((l) => `<header class="site-header"><a class="skip-link" href="./#contenu">${t(l, 'header.skip')}</a><span class="brand">${t(l, 'brand')}</span></header>`))
      .replace(shell, () => localised(homeSection, titleOf(route)))
      .replace(/<\/main>/, () => `</main>${localised(homeFooter)}`);
    return startLater(out);
  }
  if (app) {
    out = out.replace(shell, () => localised(appSection(route), titleOf(route)));
    return route.app ? forApp(out, route.app) : out;
  }
  // A static page runs no app code: Trunk's scripts and preloads go, src/lang.js stays.
  out = out
    .replace(/<script\b(?![^>]*\blang-)[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link\b[^>]*\brel="?(modulepreload|preload)"?[^>]*>/g, '')
    .replace(/<main\b/, '<main data-static')
    .replace(shell, () => {
      // A page's own script runs once, after whichever language is shown: it stays out of the
      // parts src/lang.js swaps.
      const scripts = /<script\b[^>]*><\/script>\s*/g;
      const part = (l) => staticPart(route)(l).replace(scripts, '');
      return localised(part, titleOf(route)) + (staticPart(route)('fr').match(scripts) ?? []).join('');
    });
  if (/_bg\.wasm|start-[0-9a-f]+\.js|modulepreload/.test(out)) throw new Error(`route-shells: ${path} must run no app code`);
  return out;
}

const written = [];
for (const route of routes) {
  const file = path.join(dist, route.path, 'index.html');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, page(route));
  written.push(route.static ? `${route.path} (static)` : route.path || '/');
}
const notFound = { path: '', section: '', heading: null, title: 'page.not_found.heading' };
writeFileSync(
  path.join(dist, '404.html'),
  young
    .replace(title, `<title>${titleOf({ ...notFound, path: '404' })('fr')}</title>`)
    .replace(header, (whole) => whole + languages((x) => `#langue=${x}`))
    .replace(shell, () => localised((l) => `<section data-shell>${loading(l)}</section>`, titleOf({ ...notFound, path: '404' }))),
);
console.log(`route shells in ${LANGUAGES.length} languages: ${written.join(', ')}, 404.html`);
