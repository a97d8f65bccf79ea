// The ceilings' ratchet (scripts/budget-ratchet.mjs): up only by an allowance, never more than
// 1 KB above what is measured, and no check without a previous commit.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { previousBudget, ratchet } from '../../scripts/budget-ratchet.mjs';

const before = { ceiling: { total_kb: 240.3, wasm_kb: 217.3 }, allowances: [{ issue: 'A', kb: 1.0, commit: 'abc' }] };
const withCeiling = (ceiling, allowances = before.allowances) => ({ ...before, ceiling: { ...before.ceiling, ...ceiling }, allowances });

test('a ceiling that goes down or stays passes; one that goes up without an allowance fails', () => {
  assert.deepEqual(ratchet(before, withCeiling({ total_kb: 239.0 })), []);
  assert.deepEqual(ratchet(before, before), []);
  const [problem, ...rest] = ratchet(before, withCeiling({ wasm_kb: 217.4 }));
  assert.match(problem, /wasm_kb went up: 217\.3 → 217\.4 KB/);
  assert.deepEqual(rest, []);
});

test('a ceiling goes up by at most the allowances the change adds, not those already spent', () => {
  const added = [...before.allowances, { issue: 'B', kb: 0.4, commit: 'def' }];
  assert.deepEqual(ratchet(before, withCeiling({ total_kb: 240.7 }, added)), []);
  assert.equal(ratchet(before, withCeiling({ total_kb: 240.8 }, added)).length, 1);
  // The allowance already listed by the previous commit does not count again.
  assert.equal(ratchet(before, withCeiling({ total_kb: 241.3 })).length, 1);
});

test('a size measured more than 1 KB below its ceiling, or above it, fails; a new ceiling is allowed', () => {
  assert.deepEqual(ratchet(before, before, { total_kb: 239.5, wasm_kb: 216.4 }), []);
  assert.match(ratchet(before, before, { total_kb: 239.2 })[0], /1\.1 KB below its ceiling 240\.3/);
  assert.match(ratchet(before, before, { wasm_kb: 217.31 })[0], /> its ceiling 217\.3/);
  assert.match(ratchet(before, before, { home_kb: 200 })[0], /no ceiling/);
  assert.deepEqual(ratchet(before, withCeiling({ home_kb: 239.8 }), { home_kb: 239.6 }), []);
});

test('the previous budget is the parent commit\'s, or the last commit\'s while budget.json is changed; none fails', () => {
  const repo = mkdtempSync(path.join(tmpdir(), 'ratchet-'));
  const git = (...args) => execFileSync('git', ['-C', repo, '-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { stdio: 'ignore' });
  const write = (ceiling) => writeFileSync(path.join(repo, 'budget.json'), JSON.stringify(withCeiling(ceiling)));
  try {
    git('init', '-q');
    write({ total_kb: 241 });
    git('add', 'budget.json');
    git('commit', '-qm', 'one');
    assert.throws(() => previousBudget(repo), /no previous commit/);
    write({ total_kb: 240 });
    assert.equal(previousBudget(repo).ceiling.total_kb, 241, 'uncommitted: the last commit');
    git('commit', '-qam', 'two');
    assert.equal(previousBudget(repo).ceiling.total_kb, 241, 'committed: its parent');
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
  const outside = mkdtempSync(path.join(tmpdir(), 'ratchet-'));
  try {
    assert.throws(() => previousBudget(outside), /no previous commit/);
  } finally {
    rmSync(outside, { recursive: true, force: true });
  }
});
