// The snippets the « Intégrer » page writes for webmasters (public/integrer.js), under Node.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { PLAIN_IFRAME_HEIGHT, frameAncestors, snippets } from '../../public/integrer.js';

const root = path.resolve(import.meta.dirname, '../..');
const hostScript = readFileSync(path.join(root, 'public/embed.js'), 'utf8');
const SANDBOX = hostScript.match(/var SANDBOX = '([^']+)'/)[1];
const ALLOW = hostScript.match(/var ALLOW = '([^']+)'/)[1];
const options = {
  appUrl: 'https://mentorat.exemple.fr/mentorat/',
  territory: 'dunkerque',
  colour: '#005A9C',
  start: 'questionnaire',
  sandbox: SANDBOX,
  allow: ALLOW,
};

test('the frame address carries the configuration only, in the query', () => {
  const { src } = snippets(options);
  assert.equal(src, 'https://mentorat.exemple.fr/mentorat/questionnaire?embed=1&territoire=dunkerque&couleur=%23005a9c');
  assert.ok(!src.includes('#'), 'no fragment: answers are never preset by a host');
});

test('the script snippet names the app and its settings', () => {
  assert.equal(
    snippets(options).script,
    '<div data-trouve-ton-mentor="https://mentorat.exemple.fr/mentorat/" data-territoire="dunkerque" ' +
      'data-couleur="#005a9c" data-page="questionnaire"></div>\n' +
      '<script src="https://mentorat.exemple.fr/mentorat/embed.js" defer></script>',
  );
});

test('the plain iframe has a title, a fixed height and the sandbox of the host script', () => {
  const { iframe } = snippets({ ...options, territory: undefined, colour: undefined, start: 'accueil' });
  assert.ok(iframe.includes('src="https://mentorat.exemple.fr/mentorat/?embed=1"'), iframe);
  assert.ok(iframe.includes('title="Trouve ton mentor'));
  assert.ok(iframe.includes(`height="${PLAIN_IFRAME_HEIGHT}"`));
  assert.ok(iframe.includes(`sandbox="${SANDBOX}"`));
  assert.ok(iframe.includes(`allow="${ALLOW}"`), 'sharing and copying are allowed in the frame');
  assert.ok(iframe.includes('referrerpolicy="no-referrer"'));
});

test('the volunteers\' path can be the start page', () => {
  const { src, script } = snippets({ ...options, start: 'devenir-mentor' });
  assert.equal(src, 'https://mentorat.exemple.fr/mentorat/devenir-mentor?embed=1&territoire=dunkerque&couleur=%23005a9c');
  assert.ok(script.includes('data-page="devenir-mentor"'), script);
});

test('a colour that is not #rrggbb is left out', () => {
  for (const colour of ['red', '#12345', 'url(x)', '"><script>']) {
    const written = snippets({ ...options, colour });
    assert.ok(!written.src.includes('couleur') && !written.script.includes('data-couleur'), colour);
  }
});

test('attribute values are escaped', () => {
  const { script, iframe } = snippets({ ...options, appUrl: 'https://x.fr/"><script>', territory: 'a"b' });
  assert.ok(!script.includes('"><script>') && !script.includes('a"b'), script);
  assert.ok(!iframe.includes('"><script>'), iframe);
});

// Security review, finding 19: the default frame-ancestors lets any https site frame the app; the
// page prints the exact line for the town's site.
test('the frame-ancestors line names the origin of the town\'s site, and only it', () => {
  const { build, header } = frameAncestors('https://www.roubaix.fr/jeunesse/mentorat?x=1');
  assert.equal(build, 'TTM_FRAME_ANCESTORS="https://www.roubaix.fr" scripts/build');
  assert.equal(header, 'Content-Security-Policy: … frame-ancestors https://www.roubaix.fr');
  assert.match(frameAncestors('javascript:alert(1)').header, /frame-ancestors https:\/\/www\.votre-ville\.fr$/);
  assert.match(frameAncestors('').header, /votre-ville/);
});
