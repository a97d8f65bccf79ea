// The data keepers' page's files (src/pages/data_keepers.rs): the text of a file as written, its
// byte-order mark kept (the page names it; `response.text()` would drop it), or why it could not
// be read: `network`, `http:<status>`, `too-large:<bytes>`, `utf8`.

function decoded(bytes) {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw 'utf8';
  }
}

const frenchDate = (date) => date.toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });

// A file as the server has it now: past the browser's and the worker's copies (the worker leaves
// data/extraits/ to the network). Gives [text, the server's date of the file in French, or ''].
export async function server_file(url, max) {
  let response;
  try {
    response = await fetch(url, { cache: 'no-store' });
  } catch {
    throw 'network';
  }
  if (!response.ok) throw `http:${response.status}`;
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > max) throw `too-large:${bytes.length}`;
  const modified = response.headers.get('Last-Modified');
  return [decoded(bytes), modified ? frenchDate(new Date(modified)) : ''];
}

// A file the coordinator picked or dropped: read in this browser, sent nowhere. Its size is
// checked before it is read.
export async function picked_file(file, max) {
  if (file.size > max) throw `too-large:${file.size}`;
  return [decoded(new Uint8Array(await file.arrayBuffer())), frenchDate(new Date(file.lastModified))];
}

// Today, AAAA-MM-JJ, in this browser's time.
export function today() {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

// The corrected file, downloaded under its own name: made in the page, sent nowhere.
export function download_file(name, text) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// The draft of the data keepers' page, in this browser's localStorage under one key (given by the
// Rust side): read, written (false when the storage is full or blocked), cleared.
export function draft_read(key) {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function draft_write(key, text) {
  try {
    localStorage.setItem(key, text);
    return true;
  } catch {
    return false;
  }
}

export function draft_clear(key) {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing was kept.
  }
}
