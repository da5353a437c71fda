#!/usr/bin/env node
/**
 * `npm start`: the demo in one command on a fresh clone (after `npm install`).
 *
 * 1. Builds dist/ when it is missing or older than src/.
 * 2. Opens a demo database: `$FOREWARN_DB` if set (used as is, never
 *    deleted), else `<user data dir>/demo.db`, deleted and recreated on each
 *    start so the demo always shows exactly the demo corpus.
 * 3. Loads demo/corpus with the published dates and outlets of its manifest,
 *    and proposes draft warnings (origin 'extracted') from what it reports.
 * 4. Serves the API and web page (PORT env or 8787, HOST env or 127.0.0.1)
 *    in local single-user mode until Ctrl+C / SIGTERM.
 *
 * Plain JavaScript on purpose: it must run before anything is compiled.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import envPaths from 'env-paths';

const root = fileURLToPath(new URL('..', import.meta.url));
const say = (line) => process.stdout.write(`${line}\n`);
const fail = (line) => {
  process.stderr.write(`npm start: ${line}\n`);
  process.exit(1);
};

/** Newest modification time of the TypeScript sources that go into dist/. */
function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
      newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

const NEEDED = [
  'dist/cli/serve.js',
  'dist/cli/warning.js',
  'dist/demo/load.js',
  'dist/store/index.js',
  'dist/api/server.js',
];

function ensureBuilt() {
  const built = NEEDED.map((f) => join(root, f));
  const missing = built.some((f) => !existsSync(f));
  const stale = !missing && newestSource(join(root, 'src')) > Math.min(...built.map((f) => statSync(f).mtimeMs));
  if (!missing && !stale) return;
  say(missing ? 'Building Forewarn (first start)…' : 'Sources changed since the last build: rebuilding…');
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  if (!existsSync(tsc)) fail('TypeScript is not installed: run `npm install` first');
  const r = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) {
    // a stale but complete build still runs the demo; a missing one cannot
    if (missing) fail('the build failed (see above)');
    process.stderr.write('npm start: the rebuild failed (see above); starting the previous build\n');
  }
}

/** Newest modification time of any file under dir. */
function newestFile(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestFile(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** The web UI (src/web/app → dist/web, by Vite); without it the server falls back to the minimal page. */
function ensureWebBuilt() {
  const index = join(root, 'dist', 'web', 'index.html');
  const app = join(root, 'src', 'web', 'app');
  if (!existsSync(app) || (existsSync(index) && statSync(index).mtimeMs >= newestFile(app))) return;
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  if (!existsSync(vite)) return process.stderr.write('npm start: Vite is not installed: serving the minimal page\n');
  say('Building the web UI…');
  const r = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.stderr.write('npm start: the web UI build failed (see above)\n');
}

function demoDatabase() {
  const fromEnv = process.env.FOREWARN_DB;
  if (fromEnv) return { path: fromEnv, fresh: false };
  const dir = envPaths('forewarn', { suffix: '' }).data;
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'demo.db');
  // SQLite in WAL mode keeps two side files; a leftover one would resurrect old rows
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
  return { path, fresh: true };
}

ensureBuilt();
ensureWebBuilt();
const load = (rel) => import(pathToFileURL(join(root, rel)).href);
const { openStore } = await load('dist/store/index.js');
const { loadDemoCorpus } = await load('dist/demo/load.js');
const { serveStore, parsePort, DEFAULT_HOST } = await load('dist/cli/serve.js');
const { proposeAfterIngest } = await load('dist/cli/warning.js');

let port;
try {
  port = parsePort(process.env.PORT);
} catch (e) {
  fail(e.message);
}
const host = process.env.HOST || DEFAULT_HOST;
const db = demoDatabase();
if (!db.fresh) mkdirSync(dirname(db.path), { recursive: true });

const store = await openStore({ path: db.path });
const loaded = await loadDemoCorpus({ store });
for (const f of loaded.failed) process.stderr.write(`demo: ${f.file}: ${f.code}: ${f.message}\n`);
if (loaded.stored + loaded.duplicates === 0) {
  await store.close();
  fail('no demo report could be loaded');
}
say(`Loaded ${loaded.stored} demo reports${loaded.duplicates ? ` (${loaded.duplicates} already there)` : ''}.`);
const docs = await store.listDocuments({ limit: 1000 });
const proposed = await proposeAfterIngest(
  store,
  docs.items.map((d) => d.id),
);
if (proposed > 0) say(`Proposed ${proposed} draft warnings from the reports (see /api/warnings).`);

try {
  await serveStore({
    store,
    host,
    port,
    mode: 'local',
    notes: [
      'Local single-user mode with the demo corpus (fictional reports from demo/corpus), no sign-in needed here.',
      `Database: ${db.path}${db.fresh ? ' (recreated at every start)' : ' (FOREWARN_DB)'}`,
    ],
  });
} catch (e) {
  await store.close().catch(() => {});
  fail(e.code === 'EADDRINUSE' ? `port ${port} is in use: try PORT=8788 npm start` : (e.message ?? String(e)));
}
