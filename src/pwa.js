// The service worker's plumbing, called from src/pwa.rs. It tells the app what happens through
// window events: `ttm:update-available` (a new version waits) and `ttm:data-updated` (the dataset
// changed in the background).

let registration = null;
let updating = false;
// The worker may report new data before the app listens: keep it until the app asks.
let dataUpdated = false;

if ('serviceWorker' in navigator) {
  navigator.serviceWorker.addEventListener('message', (event) => {
    if (event.data && event.data.type === 'ttm:data-updated') {
      dataUpdated = true;
      window.dispatchEvent(new CustomEvent('ttm:data-updated'));
    }
  });
  navigator.serviceWorker.startMessages();
}

export function take_data_update() {
  const updated = dataUpdated;
  dataUpdated = false;
  return updated;
}

export function register_service_worker(url) {
  if (!('serviceWorker' in navigator)) return;
  const container = navigator.serviceWorker;
  const announce = () => window.dispatchEvent(new CustomEvent('ttm:update-available'));
  // Reload only once the new worker took over at the page's request, never on a first install.
  container.addEventListener('controllerchange', () => {
    if (updating) window.location.reload();
  });
  container
    .register(url)
    .then((reg) => {
      registration = reg;
      if (reg.waiting && container.controller) announce();
      reg.addEventListener('updatefound', () => {
        const worker = reg.installing;
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed' && container.controller) announce();
        });
      });
    })
    .catch((error) => console.warn('service worker not registered:', error));
}

export function apply_update() {
  const waiting = registration?.waiting;
  if (!waiting) return false;
  updating = true;
  waiting.postMessage({ type: 'SKIP_WAITING' });
  return true;
}

export function unregister_service_workers() {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker
    .getRegistrations()
    .then((all) => all.forEach((reg) => reg.unregister()))
    .catch(() => undefined);
}
