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
// ready (its wasm loaded); a link sent before would be lost.
let worker;
let ready;
export function qr_svg(loader, text) {
  if (!worker) {
    worker = new Worker(loader);
    ready = new Promise((resolve, reject) => {
      worker.onmessage = () => resolve();
      worker.onerror = (e) => reject(new Error(e.message));
    });
  }
  return ready.then(
    () =>
      new Promise((resolve, reject) => {
        worker.onmessage = (e) => resolve(e.data);
        worker.onerror = (e) => reject(new Error(e.message));
        worker.postMessage(text);
      }),
  );
}
