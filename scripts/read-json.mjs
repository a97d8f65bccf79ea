// Reads a JSON file of the project or of a build as people save them: a UTF-8 byte order mark
// (some Windows editors add one) is dropped, and a file that is not JSON says which file it is
// and why, instead of a bare SyntaxError (security review, finding 16).
import { readFileSync } from 'node:fs';

export function readJson(file) {
  let text = readFileSync(file, 'utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} : ce n'est pas du JSON valide (${error.message})`);
  }
}
