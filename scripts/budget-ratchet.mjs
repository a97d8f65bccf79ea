// The ratchet of budget.json's ceilings, checked by `scripts/budget.mjs --check`:
// - a ceiling may be higher than the previous commit's only by the allowances this change adds
//   (an allowance is an issue's, named in `allowances`; see budget.json's comment);
// - a measured size more than 1 KB below its ceiling fails: a saving moves the ceiling down in the
//   same commit, so the next change cannot spend it unseen.
// The previous budget is the last commit's when budget.json has uncommitted changes, else its
// parent's; with no previous commit to compare with, the check fails (it does not skip).
import { execFileSync } from 'node:child_process';

/** KB a measured size may sit below its ceiling. */
export const SLACK_KB = 1.0;

const allowanceKey = (a) => JSON.stringify([a.issue, a.commit]);

/** The problems of `current` against `previous` (two parsed budget.json) and the sizes measured
 * now (`{ key: kb }` for keys of `ceiling`; a key not measured here is not checked for slack). */
export function ratchet(previous, current, measured = {}) {
  const problems = [];
  const before = new Set((previous.allowances ?? []).map(allowanceKey));
  const added = (current.allowances ?? []).filter((a) => !before.has(allowanceKey(a)));
  const allowed = added.reduce((sum, a) => sum + a.kb, 0);
  for (const [key, ceiling] of Object.entries(current.ceiling)) {
    const was = previous.ceiling?.[key];
    if (was !== undefined && ceiling > was + allowed + 1e-9) {
      const by = added.length ? ` plus the ${allowed} KB of the allowances added` : ', and no allowance was added';
      problems.push(`the ceiling ${key} went up: ${was} → ${ceiling} KB (more than the previous commit's${by})`);
    }
  }
  for (const [key, kb] of Object.entries(measured)) {
    const ceiling = current.ceiling[key];
    if (ceiling === undefined) problems.push(`${key} is measured but has no ceiling in budget.json`);
    else if (kb > ceiling) problems.push(`${key} ${kb.toFixed(1)} KB > its ceiling ${ceiling} KB`);
    else if (ceiling - kb > SLACK_KB)
      problems.push(`${key} ${kb.toFixed(1)} KB is ${(ceiling - kb).toFixed(1)} KB below its ceiling ${ceiling} KB: lower the ceiling to about ${(kb + 0.5).toFixed(1)} in this commit`);
  }
  return problems;
}

const git = (root, ...args) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** budget.json as the previous commit has it (see above), or throws saying why there is none. */
export function previousBudget(root, file = 'budget.json') {
  let dirty;
  try {
    dirty = git(root, 'status', '--porcelain', '--', file).trim() !== '';
  } catch (e) {
    throw new Error(`no previous commit to compare the ceilings with: ${root} is not a git clone (${e.message.split('\n')[0]})`);
  }
  const commit = dirty ? 'HEAD' : 'HEAD~1';
  try {
    return JSON.parse(git(root, 'show', `${commit}:${file}`));
  } catch {
    const shallow = git(root, 'rev-parse', '--is-shallow-repository').trim() === 'true';
    throw new Error(
      `no previous commit to compare the ceilings with (${commit}:${file} is not in this clone${shallow ? '; the clone is shallow: fetch one more commit with `git fetch --deepen=1`' : ''})`,
    );
  }
}
