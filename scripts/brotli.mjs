// How every size of the project is counted: bytes once compressed by brotli at quality 11, as a
// host serving precompressed files sends them (scripts/budget.mjs, the browser tests' measures).
import { brotliCompressSync, constants } from 'node:zlib';

/** The size of a body once compressed. */
export const brotliBytes = (body) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
