/**
 * Chromium for the screenshot and UI-bench scripts: the binary shipped in the
 * npm package @sparticuz/chromium, else Debian's /usr/bin/chromium. Nothing
 * is downloaded. (test/web/browser.ts does the same for the tests.)
 */
import { existsSync } from 'node:fs';
import chromium from '@sparticuz/chromium';
import { chromium as pw } from 'playwright-core';

// the package's flags suit serverless hosts: one process and web security off; keep the rest
const DROPPED = new Set(['--single-process', '--disable-web-security', '--allow-running-insecure-content']);

export async function launchBrowser() {
  try {
    const executablePath = await chromium.executablePath();
    const args = [...chromium.args.filter((a) => !DROPPED.has(a)), '--no-sandbox'];
    return await pw.launch({ executablePath, args, headless: true });
  } catch (packaged) {
    if (!existsSync('/usr/bin/chromium')) throw packaged;
    return pw.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'], headless: true });
  }
}

/** A server over a fresh temporary database, from the built dist/. Returns {base, store, close}. */
export async function serveFresh(root, fill) {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { pathToFileURL } = await import('node:url');
  const load = (rel) => import(pathToFileURL(join(root, rel)).href);
  const { openStore } = await load('dist/store/index.js');
  const { buildServer } = await load('dist/api/server.js');
  const dir = mkdtempSync(join(tmpdir(), 'forewarn-web-'));
  const store = await openStore({ path: join(dir, 'web.db') });
  await fill(store, load);
  const server = buildServer({ store, mode: 'local' });
  await server.listen({ host: '127.0.0.1', port: 0 });
  const { port } = server.server.address();
  return {
    base: `http://127.0.0.1:${port}`,
    store,
    close: async () => {
      await server.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
