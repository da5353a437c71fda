/**
 * The `forewarn ingest` and `forewarn extract` commands as a user runs them:
 * the built CLI (`npm test` builds first) in a child process, on real files
 * in a temp directory and a real SQLite database.
 *
 * Runs as root in CI, and root ignores file permissions: the permission
 * cases therefore run the CLI as the unprivileged `nobody` user (uid 65534)
 * so "permission denied" is real.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { assertCliBuilt, BIN, ROOT, type Run, runCli as runBuiltCli } from './helpers/cli.js';

const UNPRIVILEGED = 65534;
const asRoot = process.getuid?.() === 0;

beforeAll(() => {
  assertCliBuilt('ingest.js');
});

const temps: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'forewarn-cli-'));
  temps.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of temps.splice(0)) {
    chmodTree(dir, 0o755);
    rmSync(dir, { recursive: true, force: true });
  }
});

function chmodTree(path: string, mode: number): void {
  try {
    chmodSync(path, mode);
    if (statSync(path).isDirectory()) for (const name of readdirSync(path)) chmodTree(join(path, name), mode);
  } catch {
    // already gone
  }
}

/** Gives a tree to the unprivileged user so the CLI running as it can write there. */
function chownTree(path: string): void {
  if (!asRoot) return;
  chownSync(path, UNPRIVILEGED, UNPRIVILEGED);
  if (statSync(path).isDirectory()) for (const name of readdirSync(path)) chownTree(join(path, name));
}

function runCli(
  args: string[],
  options: { unprivileged?: boolean; input?: string | Buffer; env?: Record<string, string> } = {},
): Promise<Run> {
  return runBuiltCli(args, {
    env: { FOREWARN_DB: '', ...options.env },
    stdin: options.input ?? '',
    ...(options.unprivileged && asRoot ? { uid: UNPRIVILEGED, gid: UNPRIVILEGED } : {}),
  });
}

const REPORT =
  'Gunmen attacked a police station in Kano on Monday, killing five officers, a police spokesman said. ' +
  'The army said it had arrested 12 suspects.';

const SCRIPTED_HTML = `<!DOCTYPE html><html><head><title>Blast at market</title>
<script>${'var tracker = "SCRIPT-MARKER"; '.repeat(200)}</script>
<style>.a{content:"STYLE-MARKER"}</style></head>
<body><script>document.write("SCRIPT-MARKER")</script>
<article><p>A bomb exploded at the central market in Lagos on Friday, police said.</p>
<script type="text/javascript">window.ads = ["SCRIPT-MARKER"];</script>
<p>No group has claimed responsibility.</p></article></body></html>`;

/** A directory holding two good reports and one of each kind of bad input. */
function mixedBatch(): { dir: string; docs: string; db: string; unknown: string } {
  const dir = tempDir();
  const docs = join(dir, 'reports');
  mkdirSync(docs);
  writeFileSync(join(docs, '01-good.txt'), REPORT);
  writeFileSync(join(docs, '02-scripted.html'), SCRIPTED_HTML);
  writeFileSync(join(docs, '03-empty.txt'), '');
  writeFileSync(join(docs, '04-binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00]));
  writeFileSync(join(docs, '05-huge.txt'), '');
  truncateSync(join(docs, '05-huge.txt'), 50 * 1024 * 1024);
  writeFileSync(join(docs, '06-latin1.txt'), Buffer.from('Caf\xe9 society report.', 'latin1'));
  writeFileSync(join(docs, '07-scripts-only.html'), `<html><head><script>${'x();'.repeat(100)}</script></head></html>`);
  writeFileSync(join(docs, '08-secret.txt'), REPORT.replace('Kano', 'Zaria'));
  mkdirSync(join(docs, '09-locked'));
  writeFileSync(join(docs, '09-locked', 'inside.txt'), REPORT.replace('Kano', 'Jos'));
  const unknown = join(dir, 'report.odt');
  writeFileSync(unknown, 'PK\u0003\u0004 not really');
  mkdirSync(join(dir, 'db'));
  chownTree(dir);
  chmodSync(join(docs, '08-secret.txt'), 0o000);
  chmodSync(join(docs, '09-locked'), 0o000);
  return { dir, docs, db: join(dir, 'db', 'forewarn.db'), unknown };
}

interface Summary {
  database: string;
  ingested: number;
  duplicates: number;
  failed: { path: string; code: string; message: string }[];
  skipped: string[];
  documents: { path: string; id: string; created: boolean }[];
}

describe('forewarn ingest', () => {
  it('ingests the good files of a mixed batch and gives each bad one a clear per-file error', async () => {
    const { docs, db, unknown } = mixedBatch();
    const run = await runCli(['ingest', '--db', db, '--format', 'json', docs, unknown], { unprivileged: true });
    expect(run.status, run.stderr).toBe(0);
    const summary = JSON.parse(run.stdout) as Summary;
    expect(summary.database).toBe(db);
    expect(summary.ingested).toBe(2);
    expect(summary.duplicates).toBe(0);
    const codes = Object.fromEntries(summary.failed.map((f) => [relative(docs, f.path), f.code]));
    expect(codes).toEqual({
      '03-empty.txt': 'empty_input',
      '04-binary.txt': 'binary_input',
      '05-huge.txt': 'input_too_large',
      '06-latin1.txt': 'invalid_encoding',
      '07-scripts-only.html': 'empty_input',
      '08-secret.txt': 'unreadable',
      '09-locked': 'unreadable',
      [`../${unknown.split('/').pop()}`]: 'unsupported_type',
    });
    const messages = Object.fromEntries(summary.failed.map((f) => [f.path.split('/').pop(), f.message]));
    expect(messages['08-secret.txt']).toMatch(/permission denied/);
    expect(messages['09-locked']).toMatch(/permission denied/);
    expect(messages['05-huge.txt']).toMatch(/50\.0 MB, over the 20\.0 MB limit/);
    expect(messages['06-latin1.txt']).toMatch(/at byte 3 \(line 1\)/);

    const raw = new Database(db, { readonly: true });
    try {
      const rows = raw.prepare('SELECT origin, media_type, title, text FROM documents ORDER BY origin').all() as {
        origin: string;
        media_type: string;
        title: string | null;
        text: string;
      }[];
      expect(rows.map((r) => r.origin.split('/').pop())).toEqual(['01-good.txt', '02-scripted.html']);
      const html = rows[1];
      expect(html?.media_type).toBe('text/html');
      expect(html?.title).toBe('Blast at market');
      expect(html?.text).toBe(
        'A bomb exploded at the central market in Lagos on Friday, police said.\n\nNo group has claimed responsibility.',
      );
      expect(rows.some((r) => /SCRIPT-MARKER|STYLE-MARKER|tracker/.test(r.text))).toBe(false);
    } finally {
      raw.close();
    }
  });

  it('prints a readable summary and a line per file when stderr is not a terminal; re-runs are duplicates', async () => {
    const { docs, db, unknown } = mixedBatch();
    await runCli(['ingest', '--db', db, '--quiet', docs], { unprivileged: true });
    const run = await runCli(['ingest', '--db', db, docs, unknown], { unprivileged: true });
    expect(run.status).toBe(0);
    const [headline, ...failures] = run.stdout.trim().split('\n');
    expect(headline).toBe(`ingested 0, duplicates 2, failed 8 (database ${db})`);
    expect(failures).toHaveLength(8);
    expect(failures).toContainEqual(`  failed ${join(docs, '03-empty.txt')}: empty_input: file is empty`);
    expect(failures.find((l) => l.includes('report.odt'))).toMatch(/unsupported_type: unsupported file type "\.odt"/);
    const progress = run.stderr.trim().split('\n');
    expect(progress).toHaveLength(10);
    expect(progress.filter((l) => / duplicate +doc_[0-9a-f]{16} /.test(l))).toHaveLength(2);
    expect(progress.at(-1)).toMatch(/^\[10\/10\] failed +.*report\.odt: unsupported_type/);
  });

  it('exits non-zero only when nothing could be processed', async () => {
    const { docs, db } = mixedBatch();
    const bad = await runCli(
      ['ingest', '--db', db, '--quiet', join(docs, '03-empty.txt'), join(docs, '05-huge.txt'), join(docs, 'nope.txt')],
      { unprivileged: true },
    );
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/^ingested 0, duplicates 0, failed 3/);
    expect(bad.stdout).toContain(`${join(docs, 'nope.txt')}: unreadable: cannot read path: no such file or directory`);
    const some = await runCli(
      ['ingest', '--db', db, '--quiet', join(docs, '03-empty.txt'), join(docs, '01-good.txt')],
      {
        unprivileged: true,
      },
    );
    expect(some.status).toBe(0);
    expect(some.stdout).toMatch(/^ingested 1, duplicates 0, failed 1/);
  });

  it('refuses bad options with status 2 and uses FOREWARN_DB when --db is not given', async () => {
    const dir = tempDir();
    const file = join(dir, 'r.txt');
    writeFileSync(file, REPORT);
    const badDate = await runCli(['ingest', '--db', join(dir, 'x.db'), '--published', 'yesterday', file]);
    expect(badDate.status).toBe(2);
    expect(badDate.stderr).toMatch(/--published must be YYYY-MM-DD/);
    expect(existsSync(join(dir, 'x.db'))).toBe(false);
    const fromEnv = join(dir, 'env', 'forewarn.db');
    const run = await runCli(['ingest', '--quiet', '--published', '2024-03-28', '--outlet', 'Wire', file], {
      env: { FOREWARN_DB: fromEnv },
    });
    expect(run.status, run.stderr).toBe(0);
    const raw = new Database(fromEnv, { readonly: true });
    try {
      expect(raw.prepare('SELECT published, outlet FROM documents').all()).toEqual([
        { published: '2024-03-28', outlet: 'Wire' },
      ]);
    } finally {
      raw.close();
    }
  });

  it('lets two ingests share one new database at once: every file stored once, none failed', async () => {
    const dir = tempDir();
    const docs = join(dir, 'docs');
    mkdirSync(docs);
    for (let i = 0; i < 60; i++) {
      writeFileSync(
        join(docs, `r${i}.txt`),
        `Report ${i}: gunmen attacked a checkpoint in Kano, killing ${i} soldiers.`,
      );
    }
    const db = join(dir, 'shared.db');
    const args = ['ingest', '--db', db, '--quiet', '--format', 'json', docs];
    const runs = await Promise.all([runCli(args), runCli(args)]);
    const summaries = runs.map((r) => {
      expect(r.status, r.stderr).toBe(0);
      return JSON.parse(r.stdout) as Summary;
    });
    expect(summaries.flatMap((s) => s.failed)).toEqual([]);
    expect(summaries.map((s) => s.ingested + s.duplicates)).toEqual([60, 60]);
    expect(summaries[0]!.ingested + summaries[1]!.ingested).toBe(60);
    const raw = new Database(db, { readonly: true });
    try {
      expect(raw.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 60 });
    } finally {
      raw.close();
    }
  });

  it('stops after the current file on Ctrl-C and still prints the summary', async () => {
    const dir = tempDir();
    const docs = join(dir, 'docs');
    mkdirSync(docs);
    for (let i = 0; i < 300; i++) {
      writeFileSync(join(docs, `r${i}.txt`), `Report ${i}: a bomb exploded at a market in Lagos, police said.`);
    }
    const db = join(dir, 'fw.db');
    const child = spawn(process.execPath, [BIN, 'ingest', '--db', db, '--format', 'json', docs], {
      cwd: ROOT,
      stdio: 'pipe',
    });
    let stdout = '';
    let stderr = '';
    let interrupted = false;
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    const status = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
    child.stderr.on('data', (d) => {
      stderr += d;
      // once only: a second Ctrl-C means "exit now"
      if ((stderr.match(/ ingested +doc_/g) ?? []).length >= 5 && !interrupted) {
        interrupted = true;
        child.kill('SIGINT');
      }
    });
    expect(await status).toBe(0);
    const summary = JSON.parse(stdout) as Summary & { aborted: boolean };
    expect(summary.aborted).toBe(true);
    expect(summary.ingested).toBeGreaterThanOrEqual(5);
    expect(summary.ingested).toBeLessThan(300);
    const raw = new Database(db, { readonly: true });
    try {
      expect(raw.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: summary.ingested });
    } finally {
      raw.close();
    }
  });

  it('loses nothing committed when killed mid-batch; a re-run adds the rest and finds the rest as duplicates', async () => {
    const dir = tempDir();
    const docs = join(dir, 'many');
    mkdirSync(docs);
    const texts = new Map<string, string>();
    const towns = ['Kano', 'Jos', 'Kaduna', 'Maiduguri', 'Yola', 'Bauchi', 'Sokoto', 'Zaria'];
    for (let i = 0; i < 300; i++) {
      const path = join(docs, `report-${String(i).padStart(3, '0')}.txt`);
      const text =
        `Report ${i}. Gunmen attacked a checkpoint in ${towns[i % towns.length]} on Monday, killing ${i % 9} soldiers, ` +
        `the army said. A spokesman, Musa Bello, said troops had arrested ${i} suspects.`;
      writeFileSync(path, text);
      texts.set(path, text);
    }
    const db = join(dir, 'db', 'forewarn.db');

    const child = spawn(process.execPath, [BIN, 'ingest', '--db', db, docs], { cwd: ROOT, stdio: 'pipe' });
    let reported = 0;
    let stderr = '';
    const exited = new Promise<NodeJS.Signals | null>((done) => child.on('close', (_code, signal) => done(signal)));
    await new Promise<void>((killed) => {
      child.stderr.on('data', (d) => {
        stderr += d;
        reported = (stderr.match(/ ingested +doc_/g) ?? []).length;
        if (reported >= 40 && !child.killed) {
          child.kill('SIGKILL');
          killed();
        }
      });
      child.on('close', () => killed());
    });
    expect(await exited, `ingest finished before it could be killed:\n${stderr.slice(-500)}`).toBe('SIGKILL');

    const raw = new Database(db);
    let committed: number;
    try {
      expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
      const rows = raw
        .prepare(
          `SELECT d.id, d.hash, d.origin, d.text, d.n_entities, d.n_events, d.n_claims, e.json,
             (SELECT count(*) FROM entities WHERE document_id = d.id) AS entities,
             (SELECT count(*) FROM events WHERE document_id = d.id) AS events,
             (SELECT count(*) FROM claims WHERE document_id = d.id) AS claims
           FROM documents d LEFT JOIN extractions e ON e.document_id = d.id`,
        )
        .all() as {
        id: string;
        hash: string;
        origin: string;
        text: string;
        n_entities: number;
        n_events: number;
        n_claims: number;
        json: string | null;
        entities: number;
        events: number;
        claims: number;
      }[];
      committed = rows.length;
      // every progress line is printed after its commit
      expect(committed).toBeGreaterThanOrEqual(reported);
      expect(committed).toBeLessThan(300);
      for (const row of rows) {
        expect(row.text).toBe(texts.get(row.origin));
        expect(row.hash).toBe(createHash('sha256').update(row.text).digest('hex'));
        expect(row.json).not.toBeNull();
        const extraction = JSON.parse(row.json ?? '{}');
        expect(extraction.document.id).toBe(row.id);
        expect([row.entities, row.events, row.claims]).toEqual([row.n_entities, row.n_events, row.n_claims]);
        expect(extraction.entities).toHaveLength(row.entities);
      }
      expect(raw.prepare('SELECT count(*) AS n FROM documents_fts').get()).toEqual({ n: committed });
    } finally {
      raw.close();
    }

    const rerun = await runCli(['ingest', '--db', db, '--format', 'json', '--quiet', docs]);
    expect(rerun.status, rerun.stderr).toBe(0);
    const summary = JSON.parse(rerun.stdout) as Summary;
    expect(summary).toMatchObject({ ingested: 300 - committed, duplicates: committed, failed: [] });
    const after = new Database(db, { readonly: true });
    try {
      expect(after.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 300 });
    } finally {
      after.close();
    }
  });
});

describe('forewarn extract with the real reader', () => {
  it("reads standard input for '-' and reports a bad file without stopping the others", async () => {
    const dir = tempDir();
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const html = join(dir, 'page.html');
    writeFileSync(html, SCRIPTED_HTML);
    const run = await runCli(['extract', '--format', 'jsonl', '--with-text', '-', empty, html], { input: REPORT });
    expect(run.status).toBe(0);
    const outputs = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(outputs).toHaveLength(2);
    expect(outputs[0].document).toMatchObject({ id: 'stdin', length: REPORT.length });
    expect(outputs[0].text).toBe(REPORT);
    expect(outputs[1].text).not.toContain('SCRIPT-MARKER');
    expect(run.stderr).toContain(`${empty}: empty_input: file is empty`);
    const allBad = await runCli(['extract', empty]);
    expect(allBad.status).toBe(1);
    expect(readFileSync(empty, 'utf8')).toBe('');
  });
});

describe('forewarn ingest of STIX 2.1 bundles', () => {
  it('keeps the bundle, stores its report as a document, says what was understood; refuses other JSON', async () => {
    const dir = tempDir();
    const db = join(dir, 'db', 'forewarn.db');
    const GREEN = 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb';
    const at = { spec_version: '2.1', created: '2026-03-02T08:00:00.000Z', modified: '2026-03-02T08:00:00.000Z' };
    const bundle = join(dir, 'partner.json');
    writeFileSync(
      bundle,
      JSON.stringify({
        type: 'bundle',
        id: 'bundle--00000000-0000-4000-8000-000000000001',
        objects: [
          {
            ...at,
            type: 'report',
            id: 'report--00000000-0000-4000-8000-000000000002',
            name: 'Police post attacked',
            description: REPORT,
            published: '2026-03-02T07:00:00Z',
            object_refs: ['malware--00000000-0000-4000-8000-000000000003'],
            object_marking_refs: [GREEN],
          },
          {
            ...at,
            type: 'malware',
            id: 'malware--00000000-0000-4000-8000-000000000003',
            name: 'dropper',
            is_family: false,
            object_marking_refs: [GREEN],
          },
        ],
      }),
    );
    const settings = join(dir, 'settings.json');
    writeFileSync(settings, '{"theme": "dark"}');

    const run = await runCli(['ingest', '--db', db, bundle, settings]);
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toBe(`ingested 1, duplicates 0, failed 1 (database ${db})`);
    expect(lines).toContain(
      `  bundle ${bundle}: 2 STIX objects (2 new), 1 understood, 1 not understood; 1 new documents, 0 already stored, 0 reports not documents`,
    );
    expect(lines).toContain(
      '    not understood malware--00000000-0000-4000-8000-000000000003: Forewarn has no equivalent of a STIX malware',
    );
    expect(lines.find((l) => l.includes('settings.json'))).toMatch(
      /failed .*settings\.json: unsupported_type: a \.json file is read as a STIX 2\.1 bundle, and this one is not/,
    );
    expect(run.stderr).toMatch(/\[1\/2\] ingested +doc_[0-9a-f]{16} .*partner\.json/);

    const raw = new Database(db, { readonly: true });
    try {
      const doc = raw.prepare('SELECT title, published, origin, text FROM documents').get();
      expect(doc).toEqual({
        title: 'Police post attacked',
        published: '2026-03-02',
        origin: `stix:file:${bundle}#report--00000000-0000-4000-8000-000000000002`,
        text: REPORT,
      });
      expect(raw.prepare('SELECT stix_id, tlp FROM share_received_documents').all()).toEqual([
        { stix_id: 'report--00000000-0000-4000-8000-000000000002', tlp: 'green' },
      ]);
    } finally {
      raw.close();
    }

    const again = await runCli(['ingest', '--db', db, '--format', 'json', bundle]);
    expect(again.status).toBe(0);
    const summary = JSON.parse(again.stdout) as {
      duplicates: number;
      bundles: { newObjects: number; documents: { created: boolean }[]; notUnderstood: { id: string }[] }[];
    };
    expect(summary.duplicates).toBe(1);
    expect(summary.bundles[0]).toMatchObject({ newObjects: 0, documents: [{ created: false }] });
    const onlyBad = await runCli(['ingest', '--db', db, settings]);
    expect(onlyBad.status).toBe(1);
  });
});
