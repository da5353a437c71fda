/**
 * Vite builds the analyst's web UI (src/web/app) into dist/web, which the
 * server serves at `/`. Vitest keeps its own vitest.config.ts.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('./src/web/app'),
  base: '/',
  publicDir: false,
  build: {
    outDir: here('./dist/web'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1024,
    // no inline assets: the server's Content-Security-Policy allows only the page's own files
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  server: { proxy: { '/api': 'http://127.0.0.1:8787' } },
});
