// In embed mode, tells the host page the app's height, so the host's script (public/embed.js)
// sizes the iframe and there is never a second scroll bar. Only a number is sent, and it says as
// little as can be:
// - it goes only to the host page's origin, which the host script writes in the frame's name
//   (`ttm-host:<origin>`); where the browser lists the frame's ancestors and disagrees, or the frame
//   has no such name (a plain <iframe>), nothing is sent;
// - it only grows within a visit, rounded up to a coarse step;
// - on the results it is the height of the page with every programme of the territory shown,
//   cards closed (`.embed-sizer`, drawn hidden), whichever programmes fit: the host never learns
//   which programmes were listed, and so, sometimes, a young person's situation.
const STEP = 200;

export function report_height_to_host() {
  if (window.parent === window) return;
  const named = /^ttm-host:(https?:\/\/[^/\s]+)$/.exec(window.name);
  if (!named) return;
  const host = named[1];
  const ancestors = window.location.ancestorOrigins;
  if (ancestors && ancestors.length && ancestors[0] !== host) return;
  let last = 0;
  const send = () => {
    const sizer = document.querySelector('.embed-sizer');
    const sized = sizer ? sizer.getBoundingClientRect().bottom + window.scrollY : 0;
    const content = Math.max(document.documentElement.getBoundingClientRect().height, sized);
    const height = Math.ceil(content / STEP) * STEP;
    if (height > last) {
      last = height;
      window.parent.postMessage({ type: 'trouve-ton-mentor:height', height }, host);
    }
  };
  new ResizeObserver(send).observe(document.documentElement);
  send();
}
