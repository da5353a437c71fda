/**
 * The analyst's web UI in a real browser (Chromium via playwright-core) over
 * the real server and a fresh database loaded with the demo corpus.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/api/server.js';
import { loadDemoCorpus } from '../../src/demo/load.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/port.js';
import { sharedConnectionOf } from '../../src/store/sqlite.js';
import { createWarningService, systemPrincipal, type WarningService } from '../../src/warn/index.js';
import { listenLocal } from '../helpers/cli.js';
import { ensureWebBuild, launchBrowser } from './browser.js';

let dir: string;
let store: Store;
let server: ReturnType<typeof buildServer>;
let multi: ReturnType<typeof buildServer>;
let base: string;
let multiBase: string;
let svc: WarningService;
let assessedByBob: string;
const PASSWORD = 'correct horse battery staple';

let browser: Browser;

beforeAll(async () => {
  await ensureWebBuild();
  dir = mkdtempSync(join(tmpdir(), 'forewarn-ui-'));
  store = await openStore({ path: join(dir, 'ui.db') });
  const loaded = await loadDemoCorpus({ store });
  expect(loaded.stored).toBeGreaterThan(10);
  const shared = sharedConnectionOf(store);
  if (!shared) throw new Error('not a SQLite store');
  // cheap scrypt: these tests are about the screens, not the password hash cost
  svc = await createWarningService(shared.db, { serialiseWrites: shared.serialise, scrypt: { N: 1024, r: 8, p: 1 } });
  for (const [username, role] of [
    ['alice', 'analyst'],
    ['bob', 'approver'],
    ['carol', 'approver'],
  ] as const)
    await svc.createUser(systemPrincipal('test'), { username, password: PASSWORD, role });
  const bob = (await svc.login('bob', PASSWORD)).user;
  const draft = await svc.createDraft(bob, {
    info: { event: 'Threat to the ferry terminal' },
    threat: { type: 'kidnapping', actor: 'Coast Liberation Front', target: 'Likoni ferry passengers' },
    specificity: { actor: true, target: true },
  });
  assessedByBob = (await svc.assess(bob, draft.identifier, { sourceReliability: 'B', infoCredibility: 2 })).identifier;
  server = buildServer({ store, warnings: svc, mode: 'local' });
  base = await listenLocal(server);
  multi = buildServer({ store, warnings: svc, mode: 'multi-user' });
  multiBase = await listenLocal(multi);
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await multi?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A fresh page that fails the test on any script error or request to another host. */
async function open(path: string, width = 1280, at = base): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'en-GB' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(at)) problems.push(`request left the machine: ${r.url()}`);
  });
  await page.goto(`${at}${path}`);
  return { page, problems };
}

async function openFirstStory(page: Page): Promise<void> {
  const link = page.locator('a.story-link').first();
  await link.waitFor();
  await link.click();
  // the story shows first; its claims follow when their reports are in
  await page.locator('article.story[data-claims-ready]').waitFor();
}

describe('stories', () => {
  it('opens the demo, lists its story and shows the timeline, incidents and claims', async () => {
    const { page, problems } = await open('/');
    await expect(page.getByRole('heading', { name: 'Stories' }).isVisible()).resolves.toBe(true);
    const title = await page.locator('a.story-link strong').first().textContent();
    expect(title).toMatch(/Mombasa/);
    await openFirstStory(page);
    expect(await page.locator('h1').textContent()).toBe(title);
    const kinds = await page
      .locator('.timeline .tl-item')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
    expect(kinds).toContain('incident');
    expect(kinds).toContain('warning');
    expect(kinds).toContain('claim');
    // dates in the timeline are in order
    const dates = await page.locator('.timeline time').allTextContents();
    expect([...dates].sort()).toEqual(dates);
    // an incident with reported figures draws a chart
    expect(await page.locator('.incident .chart canvas').count()).toBeGreaterThan(0);
    expect(await page.locator('tr.claim-row').count()).toBeGreaterThan(10);
    expect(await page.locator('#graph canvas').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('filters the story list and opens a story from the keyboard', async () => {
    const { page } = await open('/#/stories');
    const search = page.getByLabel('Search stories');
    await search.fill('no story is called this');
    await expect(page.locator('a.story-link').count()).resolves.toBe(0);
    await search.fill('mombasa');
    await page.locator('a.story-link').first().waitFor();
    await search.focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('story-link'))).toBe(true);
    await page.keyboard.press('Enter');
    await page.locator('article.story[data-ready]').waitFor();
    await page.context().close();
  });

  it('opens a claim in its source report with the span highlighted', async () => {
    const { page, problems } = await open('/');
    await openFirstStory(page);
    const row = page.locator('tr.claim-row').nth(3);
    const content = (await row.locator('a.claim-link').textContent()) ?? '';
    const speaker = (await row.locator('td').first().textContent()) ?? '';
    await row.locator('a.claim-link').click();
    await page.locator('.doc-text').waitFor();
    expect(page.url()).toMatch(/#\/documents\/[^?]+\?claim=/);
    const focused = (await page.locator('.doc-text mark.hl-focus').allTextContents()).join('');
    expect(focused.length).toBeGreaterThan(0);
    expect(content.replace(/\s+/g, ' ')).toContain(focused.replace(/\s+/g, ' ').trim());
    expect(await page.locator('.focus-note').textContent()).toContain(speaker);
    expect(await page.locator('.doc-text mark.hl-focus').first().isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('documents', () => {
  it('switches a highlight layer off and on', async () => {
    const { page, problems } = await open('/#/documents');
    await page.locator('ul.cards a.card').first().click();
    await page.locator('.doc-text').waitFor();
    const entities = page.locator('.doc-text mark.hl-entity');
    const before = await entities.count();
    expect(before).toBeGreaterThan(0);
    const claims = await page.locator('.doc-text mark.hl-claim').count();
    await page.getByLabel('Entities').uncheck();
    expect(await entities.count()).toBe(0);
    expect(await page.locator('.doc-text mark.hl-claim').count()).toBeGreaterThan(0);
    // the text itself is unchanged by the layers
    const text = await page.locator('.doc-text').textContent();
    await page.getByLabel('Entities').check();
    expect(await entities.count()).toBe(before);
    expect(await page.locator('.doc-text mark.hl-claim').count()).toBe(claims);
    expect(await page.locator('.doc-text').textContent()).toBe(text);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('fits a narrow screen without horizontal scrolling', async () => {
    const { page } = await open('/#/documents', 380);
    await page.locator('ul.cards a.card').first().click();
    await page.locator('.doc-text').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });
});

describe('warnings', () => {
  it('walks a warning from draft to closed, with controls that follow who is acting', async () => {
    const { page, problems } = await open('/#/warnings');
    await page.getByLabel('Threat (event)').fill('Attack on a concert venue in Mombasa');
    await page.getByLabel('Threat type').selectOption('killing');
    await page.getByLabel('Threat actor').fill('Coast Liberation Front');
    await page.getByLabel('Intended victim (target)').fill('Baraka Grand Hall');
    await page.getByRole('button', { name: 'Create draft' }).click();
    const state = page.locator('.current-state strong');
    await expect(state.textContent()).resolves.toBe('draft');

    await page.getByLabel('Source reliability').selectOption('B');
    await page.getByLabel('Information credibility').selectOption('2');
    await page.getByRole('button', { name: 'Assess', exact: true }).click();
    await page.locator('article.warning[data-state="assessed"]').waitFor();
    // the author may not decide on their own warning: the screen says so and offers no decision
    await page.getByText('another approver must decide').waitFor();
    expect(await page.getByRole('button', { name: 'Record decision' }).count()).toBe(0);

    await page.getByLabel('Acting as').fill('second-approver');
    await page.getByRole('button', { name: 'Switch' }).click();
    await page.getByText('second-approver · approver').waitFor();
    await page.getByLabel('Warn the intended victim').check();
    await page.getByRole('button', { name: 'Record decision' }).click();
    await page.locator('article.warning[data-state="decided"]').waitFor();

    await page.getByLabel('Who was told, how and when').fill('Phoned the hall manager at 09:00');
    await page.getByRole('button', { name: 'Record delivery' }).click();
    await page.locator('article.warning[data-state="delivered"]').waitFor();
    const ackLink = (await page.locator('code.ack-link').textContent()) ?? '';
    expect(ackLink).toMatch(/^https?:\/\/[^/]+\/ack\/fwa/);
    // the recipient's browser opens the link: the page shows the form and acknowledges nothing yet
    const recipient = await page.context().newPage();
    await recipient.goto(ackLink);
    await recipient.getByRole('button', { name: 'Acknowledge receipt' }).waitFor();
    await recipient.close();
    await page.getByRole('button', { name: "Record the recipient's acknowledgement" }).click();
    await page.locator('article.warning[data-state="acknowledged"]').waitFor();
    await page.locator('ul.deliveries li', { hasText: 'acknowledged' }).waitFor();

    const inTenDays = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel('Incident id').fill('I-demo');
    await page.getByLabel('Incident date').fill(inTenDays);
    await page.getByRole('button', { name: 'Close the warning' }).click();
    await page.locator('article.warning[data-state="closed"]').waitFor();
    expect(await page.locator('.facts').textContent()).toMatch(/lead time 1[01] days/);
    expect(await page.locator('ol.history li').count()).toBeGreaterThanOrEqual(6);

    await page.getByRole('link', { name: '← Ledger' }).click();
    const row = page.locator('tr.ledger-row', { hasText: 'Attack on a concert venue' });
    await row.waitFor();
    expect(await row.getAttribute('data-state')).toBe('closed');
    expect(await row.locator('td').nth(4).textContent()).toMatch(/^1[01] days$/);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('proposes a warning reported in a document as a draft linked to its report, once', async () => {
    const { page, problems } = await open('/#/warnings');
    const propose = page.getByRole('button', { name: 'Propose as draft' });
    await propose.first().waitFor();
    const offered = await propose.count();
    const card = page.locator('ul.extracted li.card').filter({ has: propose }).first();
    const report = await card.getByRole('link', { name: 'source report' }).getAttribute('href');
    await card.getByRole('button', { name: 'Propose as draft' }).click();
    await page.locator('article.warning[data-state="draft"]').waitFor();
    // the draft names the report it came from, and links to it
    expect(await page.locator('dd.proposed-from a').getAttribute('href')).toBe(report);
    const id = decodeURIComponent(page.url().split('#/warnings/')[1] ?? '');
    const record = await svc.getWarning(systemPrincipal('test'), id);
    expect(record.origin).toBe('extracted');
    expect(`#/documents/${encodeURIComponent(record.source?.document ?? '')}`).toBe(report);
    // back on the ledger, that warning is no longer offered
    await page.getByRole('link', { name: '← Ledger' }).click();
    await page.locator('tr.ledger-row').first().waitFor();
    await expect.poll(() => propose.count()).toBe(offered - 1);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('signs in on a multi-user server and shows each role only the controls it may use', async () => {
    const { page, problems } = await open(`/#/warnings/${assessedByBob}`, 1280, multiBase);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.getByLabel('User name').fill('alice');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('alice · analyst').waitFor();
    await page.goto(`${multiBase}/#/warnings/${assessedByBob}`);
    await page.locator('article.warning[data-state="assessed"]').waitFor();
    await page.getByText('Only an approver may decide').waitFor();
    expect(await page.getByRole('button', { name: 'Record decision' }).count()).toBe(0);
    // an analyst may still re-grade before the decision
    expect(await page.getByRole('button', { name: 'Re-assess' }).count()).toBe(1);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.getByLabel('User name').fill('bob');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('bob · approver').waitFor();
    await page.goto(`${multiBase}/#/warnings/${assessedByBob}`);
    await page.getByText('You wrote this warning: another approver must decide').waitFor();
    expect(await page.getByRole('button', { name: 'Record decision' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('User name').fill('carol');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('carol · approver').waitFor();
    await page.goto(`${multiBase}/#/warnings/${assessedByBob}`);
    await page.getByLabel('Waive (with a reason and a written justification)').check();
    await page.getByRole('button', { name: 'Record decision' }).click();
    // a waiver without a justification is refused by the server, and the screen says why
    await page.getByRole('alert').waitFor();
    expect(await page.locator('article.warning').getAttribute('data-state')).toBe('assessed');
    await page
      .getByRole('textbox', { name: 'Justification' })
      .fill('The passengers were already told by the port authority.');
    await page.getByLabel('Waiver reason').selectOption('recipient_already_knows');
    await page.getByRole('button', { name: 'Record decision' }).click();
    await page.locator('article.warning[data-state="decided"]').waitFor();
    expect(await page.locator('.facts').textContent()).toContain('waive by');
    // a waived warning is not delivered: only its outcome remains to record
    expect(await page.getByRole('button', { name: 'Record delivery' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Close the warning' }).count()).toBe(1);
    expect(problems.filter((p) => !/status of 4\d\d/.test(p))).toEqual([]);
    await page.context().close();
  });
});
