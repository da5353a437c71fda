/**
 * `npm start` as a user runs it: `node scripts/start.mjs` in a child
 * process with its own database in a temp folder and a free port; the demo
 * must come up with every demo report and stop cleanly on SIGTERM.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from './helpers/shared.js';

let child: ChildProcess | undefined;
const dir = mkdtempSync(join(tmpdir(), 'forewarn-start-'));

afterAll(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

function waitFor(proc: ChildProcess, pattern: RegExp, output: { text: string }): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const m = output.text.match(pattern);
      if (m) {
        proc.stdout?.off('data', check);
        resolve(m);
      }
    };
    proc.stdout?.on('data', (chunk: Buffer) => {
      output.text += chunk.toString();
      check();
    });
    proc.once('exit', (code) => reject(new Error(`start.mjs exited (${code}) before serving:\n${output.text}`)));
  });
}

describe('npm start', () => {
  it('builds if needed, loads the demo corpus and serves it until SIGTERM', { timeout: 240_000 }, async () => {
    const manifest = JSON.parse(readFileSync(join(projectRoot, 'demo', 'corpus', 'manifest.json'), 'utf8')) as {
      file: string;
    }[];
    const db = join(dir, 'demo.db');
    const output = { text: '' };
    const errors: string[] = [];
    child = spawn(process.execPath, [join(projectRoot, 'scripts', 'start.mjs')], {
      cwd: projectRoot,
      env: { ...process.env, PORT: '0', FOREWARN_DB: db, HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stderr?.on('data', (c: Buffer) => errors.push(c.toString()));
    const match = await waitFor(child, /serving at (http:\/\/127\.0\.0\.1:(\d+)\/)[\s\S]*Ctrl\+C/, output);
    const url = match[1]!;
    expect(Number(match[2])).toBeGreaterThan(0);
    expect(output.text).toMatch(/local single-user mode with the demo corpus/i);

    const res = await fetch(`${url}api/health`);
    expect(res.status).toBe(200);
    const health = (await res.json()) as { status: string; documents: number };
    expect(health.status).toBe('ok');
    // every text report at least; the HTML pages too once the reader handles them
    const texts = manifest.filter((m) => m.file.endsWith('.txt')).length;
    expect(health.documents, errors.join('')).toBeGreaterThanOrEqual(texts);
    expect(health.documents).toBeLessThanOrEqual(manifest.length);
    expect(output.text).toContain(`Loaded ${health.documents} demo reports`);

    const page = await fetch(url);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);

    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output.text).toMatch(/shutting down/);
  });
});
