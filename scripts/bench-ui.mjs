#!/usr/bin/env node
/**
 * The story page of a story with 1,000 claims: builds such a story from
 * synthetic reports stored with their extractions (the real store and
 * fusion, no extraction pass), serves it with the real server and the built
 * UI (dist/, dist/web), opens it in Chromium and measures how long the page
 * takes to load and render, and how long filtering its claims table takes.
 * Figures are printed, never asserted.
 *
 * Public surface: `benchStoryPage({ claims?, perDocument? })` → figures,
 * `printStoryPageBench()`. Run directly: `node scripts/bench-ui.mjs` (after `npm run build`).
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchBrowser, serveFresh } from './browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

const SPEAKERS = [
  'Amina Mwakilema',
  'Joseph Kamau',
  'Halima Kerubo',
  'Daudi Mfinanga',
  'Grace Wanjiru',
  'Samuel Otieno',
  'Miriam Odongo',
  'Ibrahim Salim',
  'Florence Achieng',
  'Peter Njoroge',
  'Khamis Abdalla',
  'Esther Mutua',
];
const SUBJECTS = ['the gunmen', 'the attackers', 'the police', 'the county government', 'the hall owners', 'witnesses'];
const VERBS = ['had planned', 'had rehearsed', 'had ignored', 'had reported', 'had discussed', 'had feared'];
const OBJECTS = [
  'the attack for weeks',
  'an assault on a crowded venue',
  'the warning from Tanzania',
  'a second target on the coast',
  'the escape route through Likoni',
  'the threat to concert-goers',
  'the movement of explosives',
  'the security gaps at the hall',
];
const CUES = ['said', 'told reporters', 'stated', 'claimed', 'insisted'];

/** Deterministic: the same arguments give the same corpus. */
function syntheticReports(claims, perDocument) {
  const reports = [];
  const docs = Math.ceil(claims / perDocument);
  let n = 0;
  for (let d = 0; d < docs; d++) {
    const day = String(11 + (d % 18)).padStart(2, '0');
    const published = `2026-10-${day}`;
    const killed = 12 + Math.floor(d / 10);
    let text = '';
    const at = (s) => {
      const start = text.length;
      text += s;
      return [start, text.length];
    };
    const entities = new Map();
    const entity = (name, type, span) => {
      let e = entities.get(name);
      if (!e) {
        e = { id: `e${entities.size + 1}`, name, type, aliases: [], mentions: [] };
        entities.set(name, e);
      }
      e.mentions.push(span);
      return e.id;
    };
    at(`Synthetic report ${d + 1} on the attack in Mombasa\n\n`);
    const evStart = text.length;
    const clf = entity('Coast Liberation Front', 'armed_group', at('Coast Liberation Front'));
    at(' gunmen attacked the ');
    const hall = entity('Baraka Grand Hall', 'facility', at('Baraka Grand Hall'));
    at(' in ');
    const mombasa = entity('Mombasa', 'location', at('Mombasa'));
    at(` on 10 October, killing ${killed} people.`);
    const events = [
      {
        id: 'ev1',
        type: 'attack',
        subtype: 'shooting',
        date: '2026-10-10',
        location: mombasa,
        actors: [clf],
        targets: [hall],
        killed: { value: killed, qualifier: 'exact' },
        evidence: [evStart, text.length],
      },
    ];
    at('\n\n');
    const list = [];
    for (let c = 0; c < perDocument && n < claims; c++, n++) {
      const who = SPEAKERS[(d * 7 + c) % SPEAKERS.length];
      const speakerSpan = at(who);
      const speakerId = entity(who, 'person', speakerSpan);
      at(' ');
      const cue = CUES[(d + c) % CUES.length];
      const cueSpan = at(cue);
      at(' that ');
      const deny = (d + c) % 9 === 0;
      const content = `${SUBJECTS[(d + 2 * c) % SUBJECTS.length]} ${deny ? 'had never' : VERBS[c % VERBS.length]} ${
        OBJECTS[(d * 3 + c) % OBJECTS.length]
      } in Mombasa`;
      const contentSpan = at(content);
      const hedged = (d + c) % 5 === 0;
      if (hedged) at(', possibly');
      at('.\n\n');
      list.push({
        id: `c${c + 1}`,
        speaker: { text: who, entity: speakerId, anonymous: false, span: speakerSpan },
        cue: { text: cue, span: cueSpan },
        content: { text: content, span: contentSpan },
        quote: 'indirect',
        polarity: deny ? 'deny' : 'affirm',
        hedged,
        ...(hedged ? { hedges: ['possibly'] } : {}),
      });
    }
    reports.push({
      text,
      published,
      title: `Synthetic report ${d + 1}`,
      entities: [...entities.values()],
      events,
      claims: list,
    });
  }
  return reports;
}

export async function benchStoryPage({ claims = 1000, perDocument = 10 } = {}) {
  const { documentIdForText } = await import(pathToFileURL(`${root}dist/store/index.js`).href);
  const reports = syntheticReports(claims, perDocument);
  const server = await serveFresh(root, async (store) => {
    for (const [i, r] of reports.entries()) {
      const id = documentIdForText(r.text);
      const extraction = {
        schema: 'extraction/1',
        document: { id, title: r.title, published: r.published, language: 'en', length: r.text.length },
        entities: r.entities,
        events: r.events,
        claims: r.claims,
        warnings: [],
      };
      const doc = {
        id,
        text: r.text,
        title: r.title,
        published: r.published,
        outlet: `Outlet ${(i % 7) + 1}`,
        origin: `synthetic:${i + 1}`,
        mediaType: 'text/plain',
      };
      await store.addDocument(doc, extraction);
    }
  });
  const browser = await launchBrowser();
  try {
    // the first read folds the stored reports into the fusion state; time it apart from the page
    let t = performance.now();
    const list = await (await fetch(`${server.base}/api/stories?limit=200`)).json();
    const fusionMs = performance.now() - t;
    const story = list.items.reduce((a, b) => (b.documents > a.documents ? b : a));
    t = performance.now();
    const detail = await (await fetch(`${server.base}/api/stories/${encodeURIComponent(story.id)}`)).json();
    const apiMs = performance.now() - t;
    const storyClaims = detail.claim_groups.reduce((s, g) => s + g.claims.length, 0);

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    const page = await context.newPage();
    // each run loads the page afresh (the app's script may come from the browser's cache; the API never does)
    const runs = [];
    const shown = [];
    for (let r = 0; r < 3; r++) {
      await page.goto('about:blank');
      t = performance.now();
      await page.goto(`${server.base}/#/stories/${encodeURIComponent(story.id)}`);
      await page.locator('article.story[data-ready]').waitFor({ timeout: 120_000 });
      shown.push(performance.now() - t);
      await page.locator('article.story[data-claims-ready]').waitFor({ timeout: 120_000 });
      // one frame after the render, so layout and the charts are done
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
      runs.push(performance.now() - t);
    }
    const rows = await page.locator('tr.claim-row').count();
    const claimsShown = await page.locator('#claims .count').textContent();
    t = performance.now();
    await page.getByLabel('Filter claims').fill('explosives');
    await page.waitForFunction(() => /^\d+ of/.test(document.querySelector('#claims .count')?.textContent ?? ''));
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
    const filterMs = performance.now() - t;
    const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
    runs.sort((a, b) => a - b);
    shown.sort((a, b) => a - b);
    return {
      reports: reports.length,
      storyClaims,
      claimGroups: detail.claim_groups.length,
      incidents: detail.incidents.length,
      fusionMs,
      apiMs,
      shownMs: shown[1],
      pageMs: runs[1],
      pageRunsMs: runs,
      filterMs,
      rowsRendered: rows,
      claimsShown,
      domNodes: nodes,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

export async function printStoryPageBench() {
  const r = await benchStoryPage();
  const ms = (x) => `${x.toFixed(0)} ms`;
  console.log(
    `story page benchmark: ${r.reports} synthetic reports, one story with ${r.storyClaims} claims in ${r.claimGroups} groups and ${r.incidents} incident(s)`,
  );
  console.log(`  first /api/stories (folds the reports in)      ${ms(r.fusionMs)}`);
  console.log(`  GET /api/stories/:id                            ${ms(r.apiMs)}`);
  console.log(`  story page: story shown (median of 3)          ${ms(r.shownMs)}`);
  console.log(
    `  story page: all claims loaded and rendered      ${ms(r.pageMs)}  (runs: ${r.pageRunsMs.map(ms).join(', ')})`,
  );
  console.log(`  filter the claims table                         ${ms(r.filterMs)}`);
  console.log(`  claims table: ${r.claimsShown}; ${r.rowsRendered} rows drawn at first, ${r.domNodes} DOM nodes`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await printStoryPageBench();
