#!/usr/bin/env node
/**
 * `npm run screenshots`: the main screens of the web UI over the demo corpus,
 * into docs/screenshots/*.png (1280 px wide, plus one narrow screen). Needs
 * the build (dist/ and dist/web), which `npm run screenshots` makes first.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, serveFresh } from './browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'docs', 'screenshots');
mkdirSync(out, { recursive: true });

const server = await serveFresh(root, async (store, load) => {
  const { loadDemoCorpus } = await load('dist/demo/load.js');
  const { proposeAfterIngest } = await load('dist/cli/warning.js');
  await loadDemoCorpus({ store });
  const docs = await store.listDocuments({ limit: 1000 });
  await proposeAfterIngest(
    store,
    docs.items.map((d) => d.id),
  );
});
const browser = await launchBrowser();
const shots = [];

async function page(width = 1280, height = 860) {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'en-GB' });
  return context.newPage();
}
async function shoot(p, name, scrollTo) {
  if (scrollTo)
    await p
      .locator(scrollTo)
      .first()
      .evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await p.waitForTimeout(400);
  await p.screenshot({ path: join(out, `${name}.png`) });
  shots.push(name);
}

try {
  const p = await page();
  await p.goto(`${server.base}/#/stories`);
  await p.locator('a.story-link').first().waitFor();
  await shoot(p, 'stories');

  await p.locator('a.story-link').first().click();
  await p.locator('article.story[data-claims-ready]').waitFor();
  await shoot(p, 'story-timeline');
  // the incident with the most reported figures
  const cards = p.locator('article.incident');
  const counts = await cards.evaluateAll((els) => els.map((e) => e.querySelectorAll('canvas').length));
  const best = counts.indexOf(Math.max(...counts));
  await shoot(p, 'story-incident-figures', `#incident-${best}`);
  await shoot(p, 'story-claims', '#claims');
  await shoot(p, 'story-entity-graph', '#graph');

  await p.locator('a.claim-link').nth(3).click();
  await p.locator('.doc-text mark.hl-focus').first().waitFor();
  await p.evaluate(() => window.scrollTo(0, 0));
  await shoot(p, 'document-claim-highlighted');

  await p.goto(`${server.base}/#/warnings`);
  await p.locator('tr.ledger-row').first().waitFor();
  await shoot(p, 'warnings-ledger');
  await p.locator('tr.ledger-row a').first().click();
  await p.locator('article.warning').waitFor();
  await p.getByLabel('Threat type').selectOption('killing');
  await p.getByLabel('Intended victim (target)').fill('Concert-goers on the Kenyan coast');
  await p.getByLabel('target', { exact: true }).check();
  await p.getByRole('button', { name: 'Save draft' }).click();
  await p.getByText('Draft saved').waitFor();
  await shoot(p, 'warning-draft');
  await p.getByRole('button', { name: 'Assess', exact: true }).click();
  await p.locator('article.warning[data-state="assessed"]').waitFor();
  await p.getByLabel('Acting as').fill('second-approver');
  await p.getByRole('button', { name: 'Switch' }).click();
  await p.getByRole('button', { name: 'Record decision' }).waitFor();
  await shoot(p, 'warning-decide', '#actions-h');

  const narrow = await page(390, 844);
  await narrow.goto(`${server.base}/#/stories`);
  await narrow.locator('a.story-link').first().click();
  await narrow.locator('article.story[data-claims-ready]').waitFor();
  await shoot(narrow, 'narrow-story');
} finally {
  await browser.close();
  await server.close();
}
console.log(`screenshots: ${shots.map((s) => `docs/screenshots/${s}.png`).join(', ')}`);
