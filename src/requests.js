// What the page asks the server for, apart from the dataset: a few helpers of the Rust side.
//
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
