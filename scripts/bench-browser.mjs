// The browser half of scripts/bench: serves a build made with `--features bench` and calls the
// wasm's bench_matching in headless Chromium for growing dataset sizes.
import path from 'node:path';
import { launch, serveStatic } from '../tests/e2e/support.mjs';

const dist = path.resolve(process.argv[2] ?? 'dist-bench');
const server = await serveStatic(dist);
const browser = await launch();
try {
  const page = await browser.newPage();
  await page.goto(server.origin + '/');
  await page.waitForFunction(() => typeof window.wasmBindings?.bench_matching === 'function');
  console.log('browser (wasm in headless Chromium), 200 varied answers each');
  console.log(`${'programs'.padStart(8)} ${'matched'.padStart(10)} ${'ms/match'.padStart(12)} ${'ns/programme'.padStart(14)} ${'parse ms'.padStart(12)} ${'file MB'.padStart(10)}`);
  for (const n of [1000, 2000, 5000, 10000, 20000, 50000, 100000]) {
    const r = JSON.parse(await page.evaluate((size) => window.wasmBindings.bench_matching(size, 200), n));
    if (r.parsed !== n) throw new Error(`only ${r.parsed} of ${n} generated programmes were valid`);
    console.log(
      `${String(n).padStart(8)} ${String(r.matched_per_round).padStart(10)} ${r.ms_per_match.toFixed(3).padStart(12)} ${((r.ms_per_match * 1e6) / n).toFixed(1).padStart(14)} ${r.parse_ms.toFixed(1).padStart(12)} ${(r.bytes / 1e6).toFixed(1).padStart(10)}`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
