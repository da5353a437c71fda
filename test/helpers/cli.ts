/**
 * Running the built CLI (`bin/forewarn.js`, `npm test` builds first) in a
 * child process as a user would, and listening with a Fastify app on a free
 * port: shared by the CLI, fusion and TAXII tests.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'forewarn.js');

export interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** Added to this process's environment (e.g. `{ FOREWARN_DB: '' }`). */
  env?: NodeJS.ProcessEnv;
  /**
   * The child's standard input: a string is written and then closed,
   * `'ignore'` gives it none, and without it the pipe stays open.
   */
  stdin?: string | Buffer | 'ignore';
  /** Run the child as this user and group (needs root). */
  uid?: number;
  gid?: number;
}

/** Throws unless `npm run build` has built `dist/cli/<file>`: the CLI tests run the built CLI. */
export function assertCliBuilt(file: string): void {
  if (!existsSync(join(ROOT, 'dist', 'cli', file))) {
    throw new Error('the CLI is not built: run `npm run build` (npm test does) before these tests');
  }
}

/** `forewarn ...args` in a child process from the project root; resolves with its exit status and output. */
export function runCli(args: string[], options: CliOptions = {}): Promise<Run> {
  const { env = {}, stdin, uid, gid } = options;
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: [stdin === 'ignore' ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      ...(uid === undefined ? {} : { uid }),
      ...(gid === undefined ? {} : { gid }),
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d) => {
      stdout += d;
    });
    child.stderr?.on('data', (d) => {
      stderr += d;
    });
    child.on('error', fail);
    child.on('close', (status, signal) => done({ status, signal, stdout, stderr }));
    if (stdin !== undefined && stdin !== 'ignore') child.stdin?.end(stdin);
  });
}

export interface ManifestEntry {
  file: string;
  published: string;
  outlet: string;
}

/**
 * `forewarn ingest` of one corpus file with its manifest's publication day
 * and outlet into `db`; expects success and resolves with the document's id.
 */
export async function ingestEntry(
  cli: (args: string[]) => Promise<Run>,
  db: string,
  dir: string,
  e: ManifestEntry,
): Promise<string> {
  const r = await cli([
    'ingest',
    '--quiet',
    '--format',
    'json',
    '--db',
    db,
    '--published',
    e.published,
    '--outlet',
    e.outlet,
    join(dir, e.file),
  ]);
  expect(r.status, r.stderr).toBe(0);
  const summary = JSON.parse(r.stdout) as { documents: { id: string }[] };
  return summary.documents[0]?.id as string;
}

/** Listens on a free port of 127.0.0.1; resolves with the base URL (no trailing slash). */
export async function listenLocal(app: FastifyInstance): Promise<string> {
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  return `http://127.0.0.1:${address.port}`;
}
