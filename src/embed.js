// In embed mode, tells the host page the app's height whenever it changes, so the host's script
// (public/embed.js) sizes the iframe and there is never a second scroll bar. Only a number is sent,
// rounded up to a coarse step: an exact height, posted to any script of the host page, would tell
// which programmes were listed (and so, sometimes, a young person's situation).
const STEP = 200;

export function report_height_to_host() {
  if (window.parent === window) return;
  let last = 0;
  const send = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height / STEP) * STEP;
    if (height !== last) {
      last = height;
      window.parent.postMessage({ type: 'trouve-ton-mentor:height', height }, '*');
    }
  };
  new ResizeObserver(send).observe(document.documentElement);
  send();
}
