// What the page asks the server for: a few helpers of the Rust side.
//
// A dataset file is read as the app must read it (security review, findings 15 and 16): its bytes
// counted as they arrive and the download stopped beyond `max` (a compressed response's
// Content-Length says nothing of the size), then decoded as UTF-8 or refused, never shown as
// « � ». The SHA-256 of what was read is kept: the page tells the worker which copy it read with
// nothing refused (src/pwa.js `data_read`).
const digests = new Map();
const key = (url) => new URL(url, document.baseURI).href.split('?')[0];

async function sha256(bytes) {
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return btoa(String.fromCharCode(...hash)).replace(/\+/g, '-').replace(/\//g, '_').slice(0, 12);
}

// The response to a request, or `network` / `http:<status>` thrown, as the Rust side reads them.
async function answered(url) {
  let response;
  try {
    response = await fetch(url);
  } catch {
    throw 'network';
  }
  if (!response.ok) throw `http:${response.status}`;
  return response;
}

export async function read_data(url, max) {
  const response = await answered(url);
  const reader = response.body.getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    let part;
    try {
      part = await reader.read();
    } catch {
      throw 'network';
    }
    if (part.done) break;
    size += part.value.length;
    if (size > max) {
      reader.cancel().catch(() => undefined);
      throw `too-large:${size}`;
    }
    chunks.push(part.value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw 'utf8';
  }
  if (crypto.subtle) digests.set(key(url), await sha256(bytes));
  return text;
}

// Any other file the app reads (interface texts, communes): its text, or `http:<status>` /
// `network`, as read_data says them.
export async function text_of(url) {
  return (await answered(url)).text();
}

export function digest_read(url) {
  return digests.get(key(url));
}

// The files of the national list of communes a search read, kept in Cache Storage (`cache`, named
// after the official list): a reload, or the honest page, names the commune from the file already
// read, and asks the server nothing more. Where Cache Storage cannot be had (a page not served over
// https), the network alone.
const open = (cache) => (typeof caches === 'undefined' ? Promise.resolve(null) : caches.open(cache).catch(() => null));

export async function stored_or_fetched(cache, url) {
  const store = await open(cache);
  const kept = await store?.match(url);
  if (kept) return kept.text();
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const text = await response.clone().text();
  // A full storage keeps the page working: the file is read all the same.
  await store?.put(url, response).catch(() => undefined);
  return text;
}

export async function stored_texts(cache) {
  const store = await open(cache);
  if (!store) return [];
  const requests = await store.keys();
  return Promise.all(requests.map(async (request) => (await store.match(request)).text()));
}

// A language's file among the same file in every language (`urls`, in a fixed order): all are
// requested, in that order, so that the requests never say which language is read; the text of
// `urls[wanted]` is returned. A file src/lang.js already asked for (a deep link) is not asked again.
export async function one_of_all(urls, wanted) {
  const asked = new Set(performance.getEntriesByType('resource').map((entry) => entry.name));
  const responses = urls.map((url, i) => (i === wanted || !asked.has(new URL(url, document.baseURI).href) ? fetch(url) : null));
  responses.forEach((r, i) => i !== wanted && r?.catch(() => undefined));
  const response = await responses[wanted];
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}
