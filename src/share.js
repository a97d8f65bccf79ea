// Whether the browser has a share sheet for links.
export function can_share() {
  return typeof navigator.share === 'function';
}

// Handing a link over: the phone's own share sheet where the browser has one (the Web Share API),
// else the clipboard. Says which happened: "shared", "copied", "cancelled" or "failed".
export async function hand_over(url, title) {
  if (navigator.share) {
    try {
      await navigator.share({ url, title });
      return 'shared';
    } catch (e) {
      if (e && e.name === 'AbortError') return 'cancelled';
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    return 'copied';
  } catch {
    return 'failed';
  }
}

// The QR code of a link, drawn as SVG by the QR worker (qr/, a Rust crate built by Trunk as a
// worker): it is downloaded only the first time a sheet is printed. The worker says when it is
// ready (its wasm loaded); a link sent before would be lost. It answers the links in the order
// they were sent, so the answers go to the requests waiting, first in first out; an empty answer
// means a link too long for a QR code. A worker that failed (offline before it was stored) is
// started again by the next request.
let worker = null;
let ready = null;
const waiting = [];
function start(loader) {
  worker = new Worker(loader);
  ready = new Promise((resolve, reject) => {
    worker.onmessage = () => {
      worker.onmessage = (e) => waiting.shift()?.resolve(e.data);
      resolve();
    };
    worker.onerror = (e) => {
      const error = new Error(e.message || 'QR worker');
      worker.terminate();
      worker = null;
      waiting.splice(0).forEach((w) => w.reject(error));
      reject(error);
    };
  });
}
export function qr_svg(loader, text) {
  if (!worker) start(loader);
  return ready.then(
    () =>
      new Promise((resolve, reject) => {
        waiting.push({ resolve, reject });
        worker.postMessage(text);
      }),
  );
}
