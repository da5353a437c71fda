/**
 * Lint, format and types are part of the test: a change that breaks them fails `npm test`.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from './helpers/shared.js';

const bin = (name: string) => join(projectRoot, 'node_modules', '.bin', name);
function run(cmd: string, args: string[]): { ok: boolean; output: string } {
  try {
    const output = execFileSync(cmd, args, { cwd: projectRoot, encoding: 'utf8', stdio: 'pipe' });
    return { ok: true, output };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    return { ok: false, output: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}

describe('code quality gates', () => {
  it('biome: lint and format are clean', () => {
    const r = run(bin('biome'), ['check', '.']);
    expect(r.ok, r.output.slice(-4000)).toBe(true);
  });
  it('tsc: strict type check of sources, tests and scripts passes', () => {
    const r = run(bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
    expect(r.ok, r.output.slice(-4000)).toBe(true);
  });
});
