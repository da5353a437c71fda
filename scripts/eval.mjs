#!/usr/bin/env node
// Scores the extractor on every dev set in ../shared/eval with the shared scorer
// and writes docs/QUALITY.md (one table per set).
//
//   npm run eval                 score, print, rewrite docs/QUALITY.md
//   npm run eval -- --check      also fail (exit 1) when a figure is below the
//                                level recorded in docs/quality-baseline.json
//   npm run eval -- --ratchet    raise the recorded levels to today's figures
//                                where they are higher (never lowers them)
//   npm run eval -- --set dev    only one set
//
// The gold sets are research data that stay outside the project; without
// ../shared this script says so and exits 0.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log('usage: npm run eval [-- --check | --ratchet | --set NAME]   (see the header of scripts/eval.mjs)');
  process.exit(0);
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '..', 'shared');
const args = process.argv.slice(2);
const check = args.includes('--check');
const ratchet = args.includes('--ratchet');
const only = args.includes('--set') ? args[args.indexOf('--set') + 1] : null;
const baselinePath = join(root, 'docs', 'quality-baseline.json');

const SETS = [
  {
    name: 'dev',
    about: 'the report the product grew from (1 document, every layer annotated)',
    runs: [{ label: 'overlap:0.5', match: 'overlap:0.5' }],
    figures: [
      'attribution.f1',
      'claims.f1',
      'entities.f1',
      'entities_typed.f1',
      'events.f1',
      'warnings.f1',
      'contradictions.f1',
      'speaker_acc.accuracy',
      'event_date_acc.accuracy',
      'event_location_acc.accuracy',
      'warning_specificity_acc.accuracy',
    ],
  },
  {
    name: 'polnear-dev',
    about: '84 political news articles (PolNeAR dev split), attributions only',
    runs: [
      { label: 'overlap:0.5', match: 'overlap:0.5' },
      { label: 'coverage:0.3', match: 'coverage:0.3' },
      { label: 'coverage:0.8', match: 'coverage:0.8' },
    ],
    figures: ['attribution.f1', 'claims.f1', 'claims.precision', 'claims.recall', 'speaker_acc.accuracy'],
  },
  {
    // the direct quotations alone: what the quote targets (F1 >= 0.86 at coverage:0.3, >= 0.80 at
    // coverage:0.8, speaker accuracy >= 0.90, set for real articles the team does not have) are about
    name: 'polnear-dev-quotes',
    gold: 'polnear-dev',
    quotesOnly: true,
    about:
      'the direct quotations of polnear-dev alone (gold claims marked direct; predictions direct or mixed), scored from the predictions of polnear-dev',
    runs: [
      { label: 'coverage:0.3', match: 'coverage:0.3' },
      { label: 'coverage:0.8', match: 'coverage:0.8' },
    ],
    figures: ['claims.f1', 'claims.precision', 'claims.recall', 'attribution.f1', 'speaker_acc.accuracy'],
  },
  {
    name: 'muc4-dev',
    about: '150 terrorism wire reports, 1989-90, mostly upper case (MUC-4 dev set), events only',
    runs: [{ label: 'overlap:0.5', match: 'overlap:0.5' }],
    figures: [
      'events.f1',
      'events.precision',
      'events.recall',
      'event_date_acc.accuracy',
      'event_location_acc.accuracy',
      'event_killed_acc.accuracy',
    ],
  },
];

if (!existsSync(join(shared, 'eval', 'score.mjs'))) {
  console.log(`eval: ../shared/eval is absent (looked in ${shared}); the dev-set figures cannot be measured here.`);
  process.exit(0);
}

const bin = join(root, 'bin', 'forewarn.js');
const cmd = `node ${JSON.stringify(bin)} extract --format json --published {published} {file}`;
const get = (obj, path) => path.split('.').reduce((o, k) => (o == null ? undefined : o[k]), obj);

const results = {};
// predictions saved per gold set, so that a set scored from another's predictions needs no second run
const savedFor = new Map();
for (const set of SETS) {
  if (only && set.name !== only && set.gold !== only) continue;
  const goldName = set.gold ?? set.name;
  const gold = join(shared, 'eval', goldName);
  if (!existsSync(gold)) {
    console.log(`eval: ${set.name}: absent, skipped`);
    continue;
  }
  results[set.name] = {};
  let saved = savedFor.get(goldName);
  let goldDir = gold;
  let predDir = saved;
  if (set.quotesOnly) {
    if (!saved) {
      console.log(`eval: ${set.name}: needs the predictions of ${goldName}, skipped`);
      continue;
    }
    ({ goldDir, predDir } = quotesOnly(gold, saved));
  }
  for (const [k, run] of set.runs.entries()) {
    const started = Date.now();
    const first = k === 0 && !predDir;
    if (first) {
      saved = mkdtempSync(join(tmpdir(), `forewarn-eval-${goldName}-`));
      savedFor.set(goldName, saved);
    }
    // the extractor runs once per gold set; the other matching rules score the saved predictions
    const source = first ? ['--cmd', cmd, '--save', saved] : ['--pred', predDir ?? saved];
    const out = execFileSync(
      process.execPath,
      [
        join(shared, 'eval', 'score.mjs'),
        '--gold',
        goldDir,
        ...source,
        '--json',
        '--jobs',
        '2',
        '--claim-match',
        run.match,
      ],
      { encoding: 'utf8', maxBuffer: 64 << 20 },
    );
    if (first) predDir = saved;
    const r = JSON.parse(out);
    results[set.name][run.label] = r;
    const shown = set.figures.map((f) => `${f} ${get(r, f) ?? '-'}`).join('  ');
    console.log(`${set.name} [${run.label}] ${((Date.now() - started) / 1000).toFixed(1)}s  ${shown}`);
    for (const p of r.problems ?? []) console.log(`  problem: ${p}`);
  }
  if (set.quotesOnly) {
    rmSync(goldDir, { recursive: true, force: true });
    rmSync(predDir, { recursive: true, force: true });
  }
}
for (const dir of savedFor.values()) rmSync(dir, { recursive: true, force: true });

/** Copies of a gold set and its predictions that keep the direct quotations alone. */
function quotesOnly(gold, predictions) {
  const goldDir = mkdtempSync(join(tmpdir(), 'forewarn-eval-quotes-gold-'));
  const predDir = mkdtempSync(join(tmpdir(), 'forewarn-eval-quotes-pred-'));
  for (const file of readdirSync(gold)) {
    if (!file.endsWith('.gold.json')) {
      copyFileSync(join(gold, file), join(goldDir, file));
      continue;
    }
    const g = JSON.parse(readFileSync(join(gold, file), 'utf8'));
    g.claims = (g.claims ?? []).filter((c) => c.quote === 'direct');
    writeFileSync(join(goldDir, file), JSON.stringify(g));
  }
  for (const file of readdirSync(predictions)) {
    const p = JSON.parse(readFileSync(join(predictions, file), 'utf8'));
    p.claims = (p.claims ?? []).filter((c) => c.quote !== 'indirect');
    writeFileSync(join(predDir, file), JSON.stringify(p));
  }
  return { goldDir, predDir };
}

// docs/QUALITY.md: the tables are regenerated; the analysis below the marker is kept.
const qualityPath = join(root, 'docs', 'QUALITY.md');
const marker = '<!-- analysis: kept by npm run eval -->';
const previous = existsSync(qualityPath) ? readFileSync(qualityPath, 'utf8') : '';
const analysis = previous.includes(marker) ? previous.slice(previous.indexOf(marker)) : `${marker}\n`;
const lines = [
  '# Extraction quality',
  '',
  'Written by `npm run eval` from the shared scorer (`../shared/eval/score.mjs`, whose header gives the matching rules).',
  'The gold sets stay outside the project; figures on real documents the team does not have are the honest measure.',
  '',
];
for (const set of SETS) {
  const byRun = results[set.name];
  if (!byRun) continue;
  lines.push(`## ${set.name}`, '', `${set.about}.`, '');
  lines.push(
    `| figure | ${set.runs.map((r) => r.label).join(' | ')} |`,
    `|---|${set.runs.map(() => '---').join('|')}|`,
  );
  for (const f of set.figures)
    lines.push(`| ${f} | ${set.runs.map((r) => get(byRun[r.label], f) ?? '-').join(' | ')} |`);
  lines.push('');
}
if (!only) writeFileSync(qualityPath, `${lines.join('\n')}\n${analysis}`);

// the ratchet: recorded levels only ever go up
const baseline = existsSync(baselinePath) ? JSON.parse(readFileSync(baselinePath, 'utf8')) : {};
let failed = false;
for (const set of SETS) {
  for (const run of set.runs) {
    const r = results[set.name]?.[run.label];
    if (!r) continue;
    for (const f of set.figures) {
      const key = `${set.name} ${run.label} ${f}`;
      const now = get(r, f);
      if (typeof now !== 'number') continue;
      const recorded = baseline[key];
      if (check && typeof recorded === 'number' && now + 1e-9 < recorded) {
        console.log(`below the recorded level: ${key} ${now} < ${recorded}`);
        failed = true;
      }
      if (ratchet && (typeof recorded !== 'number' || now > recorded)) baseline[key] = now;
    }
  }
}
if (ratchet) {
  writeFileSync(baselinePath, `${JSON.stringify(Object.fromEntries(Object.entries(baseline).sort()), null, 2)}\n`);
  console.log(`recorded levels written to ${baselinePath}`);
}
if (check) console.log(failed ? 'eval check: FAILED' : 'eval check: every figure at or above its recorded level');
process.exit(failed ? 1 : 0);
