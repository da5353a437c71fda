#!/usr/bin/env node
// Prints extraction throughput (documents/s and MB/s, one process) beside the
// raw wink-nlp tokenise+tag pass over the same texts, in one run, as a ratio; then hostile
// shapes (sentences that never end) timed at two sizes, to show any scan that grows quadratically.
// Texts: the shared dev sets when ../shared is present, else the demo corpus.
// Then fusion: the time to fold one more report into a state of 1k, 5k and 20k (benchFusion).
// Figures are printed, never asserted. BENCH_ONLY=extraction stops after the extraction figures
// (a quicker loop when working on extraction speed).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(`usage: npm run bench   (or: node scripts/bench.mjs after npm run build)

Prints, never asserts: extraction throughput beside the raw wink-nlp pass (CPU-time ratio),
the time of hostile shapes (sentences without end) at two sizes, fusion time per report at 1k/5k/20k reports, TAXII GET objects/s, story page timings in Chromium.

environment: BENCH_ONLY=extraction (stop after extraction), BENCH_ROUNDS=N (extraction rounds, 5),
             BENCH_FUSION_SIZES=1000,5000,20000,
             BENCH_BASELINE=DIR (the dist/ of an older build, e.g. the foundation's: its extract is
             timed in the same alternating rounds and the throughput ratio to it is printed)`);
  process.exit(0);
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { extract } = await import(join(root, 'dist', 'extract', 'index.js'));

function loadTexts() {
  const shared = resolve(root, '..', 'shared', 'eval');
  const sets = ['dev', 'polnear-dev', 'muc4-dev'].map((s) => join(shared, s)).filter(existsSync);
  const texts = [];
  if (sets.length) {
    for (const dir of sets)
      for (const f of readdirSync(dir)
        .filter((n) => n.endsWith('.txt'))
        .sort())
        texts.push({ id: f, text: readFileSync(join(dir, f), 'utf8') });
    return { source: `shared dev sets (${sets.map((s) => s.split('/').pop()).join(', ')})`, texts };
  }
  const demo = join(root, 'demo', 'corpus');
  for (const f of readdirSync(demo)
    .filter((n) => n.endsWith('.txt'))
    .sort())
    texts.push({ id: f, text: readFileSync(join(demo, f), 'utf8') });
  return { source: 'demo corpus (../shared absent)', texts };
}

const cpuSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/**
 * Rounds of each pass, alternating, after a warm-up of each (models and gazetteers load once, as in a
 * long-running process): the median round's wall time and process CPU time per pass. On a shared
 * machine the wall clock also counts time spent waiting for a core; CPU time does not, so the ratio
 * is taken from CPU time, round by round.
 */
function timeAlternating(rounds, passes) {
  for (const p of passes) p.fn();
  const wall = passes.map(() => []);
  const cpu = passes.map(() => []);
  for (let r = 0; r < rounds; r++) {
    passes.forEach((p, k) => {
      const w = process.hrtime.bigint();
      const c = cpuSeconds();
      p.fn();
      cpu[k].push(cpuSeconds() - c);
      wall[k].push(Number(process.hrtime.bigint() - w) / 1e9);
    });
  }
  const ratios = cpu[1].map((c, r) => c / cpu[0][r]);
  return {
    results: passes.map((p, k) => ({ label: p.label, seconds: median(wall[k]), cpu: median(cpu[k]) })),
    ratio: median(ratios),
  };
}

const { source, texts } = loadTexts();
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t.text), 0);
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const nlp = winkNLP(model);
const its = nlp.its;

const rawPass = () => {
  for (const t of texts) {
    const tokens = nlp.readDoc(t.text).tokens();
    tokens.out(its.value);
    tokens.out(its.pos);
  }
};
const fullPass = () => {
  for (const t of texts) extract({ id: t.id, text: t.text, published: null });
};
// An older build's extract (BENCH_BASELINE=its dist/) in the same rounds: "within 2x of the foundation's
// throughput" is then measured on one machine at one moment rather than against a figure from another day.
const baselineDir = process.env.BENCH_BASELINE ? resolve(process.env.BENCH_BASELINE) : null;
const baselineExtract = baselineDir ? (await import(join(baselineDir, 'extract', 'index.js'))).extract : null;
const baselinePass = () => {
  for (const t of texts) baselineExtract({ id: t.id, text: t.text, published: null });
};
const {
  results: [raw, full, baseline],
  ratio,
} = timeAlternating(rounds, [
  { label: 'wink-nlp tokenise+tag', fn: rawPass },
  { label: 'forewarn extract', fn: fullPass },
  ...(baselineExtract ? [{ label: 'baseline extract', fn: baselinePass }] : []),
]);

console.log(
  `extraction benchmark: ${texts.length} documents, ${(bytes / 1e6).toFixed(2)} MB from the ${source}; ${rounds} alternating rounds after a warm-up, medians`,
);
for (const r of [raw, full]) {
  console.log(
    `  ${r.label.padEnd(24)} ${(texts.length / r.cpu).toFixed(1).padStart(8)} docs/s  ${(bytes / 1e6 / r.cpu).toFixed(3).padStart(7)} MB/s  of CPU time  (${(r.cpu * 1000).toFixed(0)} ms CPU, ${(r.seconds * 1000).toFixed(0)} ms wall a round)`,
  );
}
console.log(`  ratio: extract takes ${ratio.toFixed(2)}x the CPU time of the raw wink-nlp pass`);
if (baseline) {
  console.log(
    `  baseline (${baselineDir}): ${(texts.length / baseline.cpu).toFixed(1)} docs/s of CPU time; ` +
      `this build's throughput is ${(baseline.cpu / full.cpu).toFixed(2)}x the baseline's`,
  );
}

// Hostile shapes: sentences that never end, where a rule scanning its sentence from every cue would
// cost the square of the length. Each shape is timed at two sizes; doubling the text should about
// double the time (growth ≈2), a quadratic scan shows as ≈4.
const HOSTILE = {
  'commas, no full stop': (n) => `${Array.from({ length: n }, (_, i) => `word${i % 50}`).join(', ')} said the man.`,
  'cue, cue, cue…': (n) => 'said,'.repeat(n),
  'capitals only': (n) => 'SAID '.repeat(n),
  'stance nouns chained': (n) => `${'His criticism of '.repeat(n)}the levy.`,
  'one subject, many asides': (n) => `Ann Lee, ${'a critic of the plan — '.repeat(n)}said the port would close.`,
  // one claim a cue whose content is the rest of the sentence: bounded by the analysis' longest sentence
  'relative clauses, a cue each': (n) => `The aide ${'who said that the clerk '.repeat(n)}left.`,
};
console.log('hostile shapes: ms for n and 2n repetitions (one run each), and the growth');
for (const [name, make] of Object.entries(HOSTILE)) {
  const time = (n) => {
    const text = make(n);
    const t0 = process.cpuUsage();
    extract({ id: 'hostile', text, published: null });
    const used = process.cpuUsage(t0);
    return { ms: (used.user + used.system) / 1000, chars: text.length };
  };
  time(2_000); // warm-up: the first call of a shape pays for compilation and caches
  const a = time(10_000);
  const b = time(20_000);
  console.log(
    `  ${name.padEnd(26)} ${String(a.chars).padStart(7)} chars ${a.ms.toFixed(0).padStart(6)} ms, ` +
      `${String(b.chars).padStart(7)} chars ${b.ms.toFixed(0).padStart(6)} ms, growth ${(b.ms / a.ms).toFixed(1)}`,
  );
}
if (process.env.BENCH_ONLY === 'extraction') process.exit(0);

// Fusion across reports: time to fold one more report into a state already holding N (synthetic
// reports from src/fuse/bench.ts; BENCH_FUSION_SIZES overrides the sizes, e.g. "1000,5000").
const { benchFusion } = await import(join(root, 'dist', 'fuse', 'bench.js'));
const sizes = (process.env.BENCH_FUSION_SIZES ?? '1000,5000,20000')
  .split(',')
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);
console.log('fusion benchmark: ms to fold in one report, synthetic reports in publication order');
for (const n of sizes) {
  const b = benchFusion(n);
  console.log(
    `  ${String(n).padStart(6)} reports  median ${b.medianMs.toFixed(3)} ms  p95 ${b.p95Ms.toFixed(3)} ms  mean ${b.msPerReport.toFixed(3)} ms` +
      `  (first tenth ${b.msPerReportFirstTenth.toFixed(3)}, last tenth ${b.msPerReportLastTenth.toFixed(3)})` +
      `  → ${b.stories} stories, ${b.incidents} incidents, ${b.matchedWarnings}/${b.warnings} warnings matched`,
  );
}
// TAXII 2.1: paginated GETs of a 10,000-object collection over real HTTP on loopback, TLP-filtered.
const { benchTaxiiGet } = await import(join(root, 'dist', 'share', 'taxii', 'bench.js'));
const taxii = await benchTaxiiGet(10_000);
console.log(
  `TAXII benchmark: ${taxii.stored} objects stored, ${taxii.objects} visible to the reading partner, pages of ${taxii.pageSize}: ` +
    `${Math.round(taxii.objectsPerSecond)} objects/s (median pass ${taxii.seconds.toFixed(3)} s, ${taxii.pages} pages)`,
);
await (await import('./bench-ui.mjs')).printStoryPageBench(); // the web UI: a story page with 1,000 claims
