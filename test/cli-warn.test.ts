/**
 * The warning commands as an operator runs them: the built CLI (`npm test`
 * builds first) in child processes on a real SQLite file in a temp folder —
 * accounts and tokens, drafts proposed by `forewarn ingest`, the ledger and
 * its CAP export, and `forewarn audit verify` catching a tampered row (exit 1)
 * after the append-only triggers were dropped by someone with the file.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWarningService } from '../src/warn/index.js';
import { assertCliBuilt, BIN, ROOT, type Run, runCli } from './helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'forewarn-cli-warn-'));
const db = join(dir, 'forewarn.db');
const PASSWORD = 'a long enough password';

const forewarn = (args: string[], stdin?: string): Promise<Run> => runCli(args, { stdin: stdin ?? '' });

beforeAll(() => {
  assertCliBuilt('warning.js');
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('forewarn user and token', () => {
  it('adds users from stdin, refuses a duplicate and a weak password, lists and disables', async () => {
    const add = await forewarn(
      ['user', 'add', 'alice', '--role', 'analyst', '--password-stdin', '--db', db],
      `${PASSWORD}\n`,
    );
    expect(add.status, add.stderr).toBe(0);
    expect(add.stdout).toMatch(/created user alice \(analyst\)/);
    const bob = await forewarn(['user', 'add', 'bob', '--role', 'approver', '--password-stdin', '--db', db], PASSWORD);
    expect(bob.status, bob.stderr).toBe(0);

    const dup = await forewarn(['user', 'add', 'alice', '--role', 'analyst', '--password-stdin', '--db', db], PASSWORD);
    expect(dup.status).toBe(1);
    expect(dup.stderr).toMatch(/user_exists/);
    const weak = await forewarn(['user', 'add', 'carl', '--role', 'analyst', '--password-stdin', '--db', db], 'short');
    expect(weak.status).toBe(1);
    expect(weak.stderr).toMatch(/weak_password/);
    const role = await forewarn(['user', 'add', 'dora', '--role', 'boss', '--password-stdin', '--db', db], PASSWORD);
    expect(role.status).toBe(2);

    const list = await forewarn(['user', 'list', '--format', 'json', '--db', db]);
    expect(list.status, list.stderr).toBe(0);
    const users = JSON.parse(list.stdout) as { username: string; role: string; disabled: boolean }[];
    expect(users.map((u) => [u.username, u.role, u.disabled])).toEqual([
      ['alice', 'analyst', false],
      ['bob', 'approver', false],
    ]);
    expect(list.stdout).not.toMatch(/scrypt|password/);

    // The password typed (stdin) is the one that signs in.
    const svc = await openWarningService({ path: db });
    try {
      await expect(svc.authenticatePassword('alice', PASSWORD)).resolves.toMatchObject({ username: 'alice' });
    } finally {
      await svc.close();
    }

    const token = await forewarn(['token', 'create', '--user', 'bob', '--name', 'ci', '--db', db]);
    expect(token.status, token.stderr).toBe(0);
    const secret = token.stdout.trim();
    expect(secret).toMatch(/^fwt_[\w-]{20,}$/);
    expect(token.stderr).toMatch(/shown once/);
    const check = await openWarningService({ path: db });
    try {
      await expect(check.authenticateToken(secret)).resolves.toMatchObject({ username: 'bob', role: 'approver' });
    } finally {
      await check.close();
    }

    const disable = await forewarn(['user', 'disable', 'alice', '--db', db]);
    expect(disable.status, disable.stderr).toBe(0);
    const after = JSON.parse((await forewarn(['user', 'list', '--format', 'json', '--db', db])).stdout) as {
      username: string;
      disabled: boolean;
    }[];
    expect(after.find((u) => u.username === 'alice')?.disabled).toBe(true);
    const missing = await forewarn(['user', 'disable', 'nobody', '--db', db]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/not_found/);
  });
});

describe('forewarn recipient', () => {
  it('registers a recipient whose token (printed once) authenticates it, lists and disables it', async () => {
    const add = await forewarn(['recipient', 'add', 'Harbour Police', '--contact', 'duty desk', '--db', db]);
    expect(add.status, add.stderr).toBe(0);
    const token = add.stdout.trim();
    expect(token).toMatch(/^fwp_[\w-]{20,}$/);
    const list = await forewarn(['recipient', 'list', '--format', 'json', '--db', db]);
    const partners = JSON.parse(list.stdout) as { id: string; name: string; disabled: boolean }[];
    const harbour = partners.find((p) => p.name === 'Harbour Police');
    expect(harbour).toMatchObject({ disabled: false });
    const svc = await openWarningService({ path: db });
    try {
      await expect(svc.authenticatePartner(token)).resolves.toMatchObject({ name: 'Harbour Police' });
    } finally {
      await svc.close();
    }
    expect((await forewarn(['recipient', 'disable', harbour!.id, '--db', db])).status).toBe(0);
    const after = JSON.parse((await forewarn(['recipient', 'list', '--format', 'json', '--db', db])).stdout) as {
      name: string;
      disabled: boolean;
    }[];
    expect(after.find((p) => p.name === 'Harbour Police')?.disabled).toBe(true);
  });
});

describe('forewarn ingest, warning list|show|cap', () => {
  it('ingest proposes extracted drafts; the ledger shows them and exports CAP XML', async () => {
    const ingest = await forewarn([
      'ingest',
      '--db',
      db,
      '--quiet',
      '--format',
      'json',
      join(ROOT, 'demo', 'corpus', '01-tanzania-warns-kenya.txt'),
    ]);
    expect(ingest.status, ingest.stderr).toBe(0);
    const summary = JSON.parse(ingest.stdout) as { ingested: number; proposedDrafts: number };
    expect(summary.ingested).toBe(1);
    expect(summary.proposedDrafts).toBeGreaterThan(0);
    // Ingesting again proposes nothing new.
    const again = JSON.parse(
      (
        await forewarn([
          'ingest',
          '--db',
          db,
          '--quiet',
          '--format',
          'json',
          join(ROOT, 'demo', 'corpus', '01-tanzania-warns-kenya.txt'),
        ])
      ).stdout,
    ) as { duplicates: number; proposedDrafts: number };
    expect(again).toMatchObject({ duplicates: 1, proposedDrafts: 0 });

    const list = await forewarn(['warning', 'list', '--format', 'json', '--db', db]);
    expect(list.status, list.stderr).toBe(0);
    const page = JSON.parse(list.stdout) as {
      items: { identifier: string; origin: string; state: string; source: { document: string } | null }[];
      total: number;
    };
    expect(page.total).toBe(summary.proposedDrafts);
    expect(page.items.every((w) => w.origin === 'extracted' && w.state === 'draft' && w.source !== null)).toBe(true);
    const id = page.items[0]!.identifier;

    const text = await forewarn(['warning', 'list', '--db', db]);
    expect(text.stdout).toContain(id);
    expect(text.stdout).toMatch(/extracted/);

    const show = await forewarn(['warning', 'show', id, '--db', db]);
    expect(show.status, show.stderr).toBe(0);
    expect(show.stdout).toMatch(new RegExp(`identifier\\s+${id}`));
    expect(show.stdout).toMatch(/origin\s+extracted \(document doc_/);

    const cap = await forewarn(['warning', 'cap', id, '--db', db]);
    expect(cap.status, cap.stderr).toBe(0);
    const alert = (
      new XMLParser({ parseTagValue: false }).parse(cap.stdout, true) as { alert: Record<string, unknown> }
    ).alert;
    expect(alert.identifier).toBe(id);
    for (const field of ['sender', 'sent', 'status', 'msgType', 'scope']) expect(alert[field], field).toBeTruthy();
    expect((alert.info as { category: string }).category).toBe('Security');

    const unknown = await forewarn(['warning', 'show', 'forewarn-missing', '--db', db]);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/not_found/);
  });
});

describe('forewarn audit verify', () => {
  it('exits 0 on an intact trail and 1 at the first tampered row, which it names', async () => {
    const ok = await forewarn(['audit', 'verify', '--db', db]);
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/audit trail intact: \d+ rows/);

    // Someone with the file drops the append-only trigger and rewrites who did something.
    const raw = new Database(db);
    let seq: number;
    try {
      raw.exec('DROP TRIGGER warn_audit_no_update');
      seq = (raw.prepare("SELECT seq FROM warn_audit WHERE action = 'user.disable'").get() as { seq: number }).seq;
      raw.prepare("UPDATE warn_audit SET actor = 'system:someone-else' WHERE seq = ?").run(seq);
    } finally {
      raw.close();
    }
    const broken = await forewarn(['audit', 'verify', '--db', db]);
    expect(broken.status).toBe(1);
    expect(broken.stdout).toMatch(new RegExp(`BROKEN at row ${seq}:`));
    const json = await forewarn(['audit', 'verify', '--format', 'json', '--db', db]);
    expect(json.status).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, firstBroken: { seq } });
  });

  it('catches a forged row appended after the recorded head', async () => {
    const other = join(dir, 'inserted.db');
    expect(
      (await forewarn(['user', 'add', 'ann', '--role', 'analyst', '--password-stdin', '--db', other], PASSWORD)).status,
    ).toBe(0);
    expect(
      (await forewarn(['user', 'add', 'ben', '--role', 'approver', '--password-stdin', '--db', other], PASSWORD))
        .status,
    ).toBe(0);
    const raw = new Database(other);
    try {
      const last = raw.prepare('SELECT * FROM warn_audit ORDER BY seq DESC LIMIT 1').get() as Record<string, unknown>;
      // A forged row after the head, with a plausible link but no valid hash.
      raw
        .prepare(
          'INSERT INTO warn_audit (seq, at, actor, action, subject_type, subject_id, changes, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        )
        .run(
          Number(last.seq) + 1,
          String(last.at),
          'system:forger',
          'user.role',
          'user',
          String(last.subject_id),
          '{}',
          String(last.hash),
          'f'.repeat(64),
        );
    } finally {
      raw.close();
    }
    const r = await forewarn(['audit', 'verify', '--db', other]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/BROKEN at row 3:/);
  });
});

/** Starts a server in a child process; resolves with its URL once it prints it. */
function serving(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ child: ChildProcess; url: string; out: () => string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: 'pipe', env: { ...process.env, ...env } });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /serving at (http:\/\/127\.0\.0\.1:\d+\/)[\s\S]*Ctrl\+C/.exec(out);
      if (m) done({ child, url: m[1]!, out: () => out });
    });
    child.stderr.on('data', (d) => {
      out += d;
    });
    child.once('exit', (code) => fail(new Error(`exited ${code} before serving:\n${out}`)));
  });
}

async function stop(child: ChildProcess): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  return exited;
}

describe('forewarn serve and npm start', () => {
  it('serve is multi-user unless --local: 401 without credentials, the mode printed and in /api/health', async () => {
    const multi = await serving([BIN, 'serve', '--db', db, '--port', '0']);
    try {
      expect(multi.out()).toMatch(/Mode: multi-user/);
      const health = (await (await fetch(`${multi.url}api/health`)).json()) as { mode: string };
      expect(health.mode).toBe('multi-user');
      const res = await fetch(`${multi.url}api/warnings`);
      expect(res.status).toBe(401);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unauthenticated');
    } finally {
      expect(await stop(multi.child)).toBe(0);
    }
    const local = await serving([BIN, 'serve', '--db', db, '--port', '0', '--local']);
    try {
      expect(local.out()).toMatch(/Mode: LOCAL/);
      const health = (await (await fetch(`${local.url}api/health`)).json()) as { mode: string };
      expect(health.mode).toBe('local');
      expect((await fetch(`${local.url}api/warnings`)).status).toBe(200);
    } finally {
      expect(await stop(local.child)).toBe(0);
    }
  });

  it('npm start serves the demo in local mode with drafts proposed from its reports', {
    timeout: 240_000,
  }, async () => {
    const demo = await serving([join(ROOT, 'scripts', 'start.mjs')], {
      PORT: '0',
      HOST: '127.0.0.1',
      FOREWARN_DB: join(dir, 'demo.db'),
    });
    try {
      expect(demo.out()).toMatch(/Proposed \d+ draft warnings/);
      expect(demo.out()).toMatch(/Mode: LOCAL/);
      const ledger = (await (await fetch(`${demo.url}api/warnings?limit=1000`)).json()) as {
        items: { origin: string; state: string }[];
        total: number;
      };
      expect(ledger.total).toBeGreaterThan(0);
      expect(ledger.items.every((w) => w.origin === 'extracted' && w.state === 'draft')).toBe(true);
    } finally {
      expect(await stop(demo.child)).toBe(0);
    }
  });
});

describe('help', () => {
  it('documents the new commands and their options', async () => {
    const top = await forewarn(['--help']);
    for (const c of ['user', 'token', 'recipient', 'audit', 'warning'])
      expect(top.stdout).toMatch(new RegExp(`\\n\\s+${c}\\b`));
    const add = await forewarn(['user', 'add', '--help']);
    expect(add.stdout).toMatch(/--role <role>\s+analyst \| approver \| administrator/);
    expect(add.stdout).toMatch(/--password-stdin/);
    const serve = await forewarn(['serve', '--help']);
    expect(serve.stdout).toMatch(/--local/);
  });
});
