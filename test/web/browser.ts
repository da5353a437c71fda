/**
 * The browser for the UI tests: the Chromium shipped inside the npm package
 * @sparticuz/chromium (unpacked to /tmp on first use), else Debian's
 * /usr/bin/chromium when present. Nothing is downloaded.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import chromium from '@sparticuz/chromium';
import { type Browser, chromium as pw } from 'playwright-core';
import { build } from 'vite';
import { projectRoot } from '../helpers/shared.js';

/**
 * The package's flags are made for serverless hosts: one process (closing a
 * context would end the browser) and web security off. Keep the rest.
 */
const DROPPED = new Set(['--single-process', '--disable-web-security', '--allow-running-insecure-content']);
export const chromiumArgs = (): string[] => [...chromium.args.filter((a) => !DROPPED.has(a)), '--no-sandbox'];

export async function launchBrowser(): Promise<Browser> {
  const headless = true;
  try {
    const executablePath = await chromium.executablePath();
    return await pw.launch({ executablePath, args: chromiumArgs(), headless });
  } catch (packaged) {
    if (!existsSync('/usr/bin/chromium')) throw packaged;
    return pw.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'], headless });
  }
}

/** The server serves dist/web; build it when a checkout has not yet (npm ci and npm test do). */
export async function ensureWebBuild(): Promise<void> {
  if (existsSync(join(projectRoot, 'dist', 'web', 'index.html'))) return;
  await build({ configFile: join(projectRoot, 'vite.config.ts'), logLevel: 'warn' });
}
