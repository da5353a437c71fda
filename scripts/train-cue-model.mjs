#!/usr/bin/env node
// Trains the learnt cue classifier (src/extract/claims/cue-model.ts) and
// writes its weights to src/extract/claims/cue-model.json.
//
// Reads the polnear-train gold (*.gold.json beside their .txt) and runs our
// own built stages over each text (dist/: `npx tsc -p tsconfig.build.json`
// first): analyse, entities, then the claim rules with the model switched off.
// Every verb the rules left alone that the verb machinery could make a claim
// of is a candidate (the runtime's own candidate test, proposal and feature
// function, read from dist, so training and runtime cannot drift). A
// candidate is positive when it lies inside the cue of a gold claim that no
// rule claim already matches (the gold gives the cue as a string, located at
// its occurrence nearest the claim's content) and the claim it would make
// matches that gold claim's content (`--label both`, the default: what taking
// it would add end to end; `open-cue` drops the content test). The features
// (cue-model.ts) are lemma-specific ones kept when seen --min-count times, and
// their twins over the verb's WordNet class, which carry rare and unseen
// verbs. A second model, the veto, learns from the rules' own single-verb
// cues whether their claim matches a gold claim. Both are logistic regressions (L2, SGD, fixed seed, so the
// output is deterministic). Their thresholds are the ones that give the best
// attribution F1 end to end (claims made, scored by the shared scorer) with
// out-of-fold probabilities over three parts of the training articles; the
// shipped weights are the mean of the three fold models.
//
// Held out: the articles in --exclude-list FILE (names of .gold.json or ids,
// one a line), or by default the 150 articles at sorted positions 150–299
// (`--holdout 150:300`), the set the quality work calls train150. They are
// never trained on; the script reports the classifier's precision/recall and
// the end-to-end attribution figures on them, with and without the models.
//
// The output holds biases, thresholds, and feature names (lemmas, WordNet
// classes, tags, short context facts, pairs of at most two words) with their
// weights: no text of the data. Near-zero weights are pruned (--prune, default 0.08).
//
//   node scripts/train-cue-model.mjs [--train DIR] [--holdout A:B | --exclude-list FILE]
//        [--scorer PATH] [--epochs N] [--l2 X] [--min-count N] [--prune X]
//        [--label both|open-cue|cue|content] [--no-veto] [--dry-run]
// Takes about three minutes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
if (args.includes('--help')) {
  console.log(
    readFileSync(fileURLToPath(import.meta.url), 'utf8')
      .split('\n')
      .slice(1)
      .filter((_line, i, all) => all.slice(0, i + 1).every((l) => l.startsWith('//')))
      .join('\n')
      .replace(/^\/\/ ?/gm, ''),
  );
  process.exit(0);
}
const trainDir = resolve(opt('--train', join(root, '..', 'shared', 'eval', 'polnear-train')));
const scorer = resolve(opt('--scorer', join(root, '..', 'shared', 'eval', 'score.mjs')));
const epochs = Number(opt('--epochs', '8'));
const l2 = Number(opt('--l2', '1e-3'));
const minCount = Number(opt('--min-count', '5'));
const prune = Number(opt('--prune', '0.08'));
const LABEL = opt('--label', 'both');
const out = join(root, 'src', 'extract', 'claims', 'cue-model.json');

const { readDocument } = await import(join(root, 'dist', 'ingest', 'read.js'));
const { analyse } = await import(join(root, 'dist', 'extract', 'nlp.js'));
const { extractEntities } = await import(join(root, 'dist', 'extract', 'entities.js'));
const { extractClaims } = await import(join(root, 'dist', 'extract', 'claims.js'));

// ---- the split
const files = readdirSync(trainDir)
  .filter((f) => f.endsWith('.gold.json'))
  .sort();
let heldOut;
if (opt('--exclude-list')) {
  const names = readFileSync(opt('--exclude-list'), 'utf8')
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
  heldOut = new Set(names.map((n) => basename(n).replace(/\.(gold\.json|txt)$/, '')));
} else {
  const [a, b] = opt('--holdout', '150:300').split(':').map(Number);
  heldOut = new Set(files.slice(a, b).map((f) => f.replace(/\.gold\.json$/, '')));
}

// ---- documents: analysis, entities and gold cue ranges, once
const OFF = { bias: -50, threshold: 2, features: [], weights: [] };
const docs = [];
for (const file of files) {
  const gold = JSON.parse(readFileSync(join(trainDir, file), 'utf8'));
  const doc = await readDocument(join(trainDir, gold.file));
  const text = doc.text;
  const a = analyse(text);
  const ctx = { id: gold.id, published: gold.published ?? null, title: doc.title ?? null };
  const entities = extractEntities(a, ctx);
  docs.push({
    id: gold.id,
    file,
    held: heldOut.has(gold.id),
    a,
    ctx,
    entities,
    gold: goldClaims(text, gold.claims ?? []),
  });
}
if (docs.filter((d) => d.held).length === 0) throw new Error('no held-out article: check --holdout / --exclude-list');

/** The gold claims' content spans and cue ranges, each cue at its occurrence nearest its content. */
function goldClaims(text, claims) {
  const lower = text.toLowerCase().replace(/\u2019/g, "'");
  const list = [];
  for (const c of claims) {
    if (c.optional || !Array.isArray(c.content_span)) continue;
    list.push({ span: c.content_span, cue: null });
    if (!c.cue) continue;
    const cue = c.cue.toLowerCase().replace(/\u2019/g, "'");
    const [s, e] = c.content_span;
    let best = -1;
    let bestDistance = 400;
    for (let i = lower.indexOf(cue); i >= 0; i = lower.indexOf(cue, i + 1)) {
      const distance = i + cue.length <= s ? s - i - cue.length : i >= e ? i - e : 0;
      if (distance < bestDistance) [best, bestDistance] = [i, distance];
    }
    if (best >= 0) list[list.length - 1].cue = [best, best + cue.length];
  }
  return list;
}

const overlapF1 = (a, b) => {
  const o = Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
  if (!o) return 0;
  const p = o / (a[1] - a[0]);
  const r = o / (b[1] - b[0]);
  return (2 * p * r) / (p + r);
};

/**
 * The candidates of one document, the rules alone deciding the claims. Only candidates the verb
 * machinery would make a claim of are examples; one is positive (--label both) when it lies inside the
 * cue of a gold claim that no rule claim already matches and its own claim's content matches that one
 * (the scorer's overlap F1 ≥ 0.5): that is what taking it would add. A verb in the right cue whose
 * content the machinery would draw elsewhere is a negative, so the model learns the shapes whose
 * claims come out right, not only the verbs that report.
 */
function candidates(d) {
  const list = [];
  const tokens = d.a.tokens;
  const onCandidate = (k, features, _p, proposal) => list.push({ k, features, content: proposal.content });
  const rules = [];
  const onRuleCue = (_k, features, _p, content) =>
    rules.push({ features, y: d.gold.some((g) => overlapF1(content, g.span) >= 0.5) ? 1 : 0 });
  const ruleClaims = extractClaims(d.a, d.entities, d.ctx, { model: OFF, onCandidate, onRuleCue });
  d.ruleExamples = rules;
  const open = d.gold.filter((g) => !ruleClaims.some((c) => overlapF1(c.content.span, g.span) >= 0.5));
  return list.map(({ k, features, content }) => {
    const t = tokens[k];
    const inCue = (g) => g.cue && t.start < g.cue[1] && t.end > g.cue[0];
    const y =
      LABEL === 'cue'
        ? d.gold.some(inCue)
        : LABEL === 'open-cue'
          ? open.some(inCue)
          : LABEL === 'both'
            ? open.some((g) => inCue(g) && overlapF1(content, g.span) >= 0.5)
            : open.some((g) => overlapF1(content, g.span) >= 0.5);
    return { features, y: y ? 1 : 0 };
  });
}
for (const d of docs) d.examples = candidates(d);

// ---- logistic regression
function mulberry32(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function train(trainDocs, key = 'examples') {
  const examples = trainDocs.flatMap((d) => d[key]);
  const seen = new Map();
  for (const x of examples) for (const f of x.features) seen.set(f, (seen.get(f) ?? 0) + 1);
  const names = [...seen]
    .filter(([, n]) => n >= minCount)
    .map(([f]) => f)
    .sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const rows = examples.map((x) => ({
    ids: x.features.map((f) => index.get(f)).filter((i) => i !== undefined),
    y: x.y,
  }));
  const w = new Float64Array(names.length);
  let bias = 0;
  const random = mulberry32(20261129);
  const order = rows.map((_, i) => i);
  let step = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const r of order) {
      const row = rows[r];
      const rate = 0.1 / (1 + step++ * 1e-5);
      let z = bias;
      for (const i of row.ids) z += w[i];
      const g = 1 / (1 + Math.exp(-z)) - row.y;
      bias -= rate * g;
      for (const i of row.ids) w[i] -= rate * (g + l2 * w[i]);
    }
  }
  const features = [];
  const weights = [];
  for (let i = 0; i < names.length; i++) {
    if (Math.abs(w[i]) < prune) continue;
    features.push(names[i]);
    weights.push(Math.round(w[i] * 1000) / 1000);
  }
  return {
    bias: Math.round(bias * 1000) / 1000,
    features,
    weights,
    examples: examples.length,
    positives: examples.filter((x) => x.y).length,
  };
}

function probability(model, features) {
  model.map ??= new Map(model.features.map((f, i) => [f, model.weights[i]]));
  const weights = model.map;
  let z = model.bias;
  for (const f of features) z += weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

// ---- end-to-end attribution with the shared scorer
function attribution(docsToScore, modelFor) {
  const dir = mkdtempSync(join(tmpdir(), 'cue-model-'));
  const goldDir = join(dir, 'gold');
  const predDir = join(dir, 'pred');
  execFileSync('mkdir', ['-p', goldDir, predDir]);
  for (const d of docsToScore) {
    const gold = JSON.parse(readFileSync(join(trainDir, d.file), 'utf8'));
    symlinkSync(join(trainDir, d.file), join(goldDir, d.file));
    symlinkSync(join(trainDir, gold.file), join(goldDir, gold.file));
    const m = modelFor(d);
    const claims = extractClaims(d.a, d.entities, d.ctx, { model: m ?? OFF });
    const pred = { document: { id: d.id }, entities: d.entities, events: [], claims, warnings: [], contradictions: [] };
    writeFileSync(join(predDir, `${d.id}.json`), JSON.stringify(pred));
  }
  const result = JSON.parse(
    execFileSync('node', [scorer, '--gold', goldDir, '--pred', predDir, '--json'], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    }),
  );
  rmSync(dir, { recursive: true, force: true });
  return result.attribution;
}

const trainDocs = docs.filter((d) => !d.held);
const heldDocs = docs.filter((d) => d.held);

// thresholds: out-of-fold models over three parts of the training articles
const FOLDS = 3;
const folds = Array.from({ length: FOLDS }, (_, f) => trainDocs.filter((_, i) => i % FOLDS === f));
const rest = (f) => trainDocs.filter((_, i) => i % FOLDS !== f);
const foldModels = folds.map((_, f) => train(rest(f)));
const foldVetoes = folds.map((_, f) => train(rest(f), 'ruleExamples'));
const foldOf = new Map(folds.flatMap((fold, f) => fold.map((d) => [d, f])));
const base = attribution(trainDocs, () => null);
const fmt = (r) => `F1 ${r.f1} (P ${r.precision} R ${r.recall})`;
console.error(`training split, rules alone: attribution ${fmt(base)}`);
let best = { threshold: 2, f1: base.f1 };
for (let threshold = 0.3; threshold <= 0.951; threshold += 0.05) {
  const r = attribution(trainDocs, (d) => ({ ...foldModels[foldOf.get(d)], threshold, veto: null }));
  console.error(`  threshold ${threshold.toFixed(2)}: attribution ${fmt(r)}`);
  // ties go to the higher threshold: fewer guesses for the same figure
  if (r.f1 >= best.f1) best = { threshold: Math.round(threshold * 100) / 100, f1: r.f1 };
}
console.error(`chosen threshold ${best.threshold} (out-of-fold attribution F1 ${best.f1})`);
let bestVeto = { threshold: 0, f1: best.f1 };
if (!args.includes('--no-veto'))
  for (let threshold = 0.05; threshold <= 0.501; threshold += 0.05) {
    const r = attribution(trainDocs, (d) => ({
      ...foldModels[foldOf.get(d)],
      threshold: best.threshold,
      veto: { ...foldVetoes[foldOf.get(d)], threshold },
    }));
    console.error(`  veto below ${threshold.toFixed(2)}: attribution ${fmt(r)}`);
    if (r.f1 > bestVeto.f1) bestVeto = { threshold: Math.round(threshold * 100) / 100, f1: r.f1 };
  }
console.error(
  bestVeto.threshold ? `veto below ${bestVeto.threshold} (out-of-fold F1 ${bestVeto.f1})` : 'no veto: it does not help',
);

// the shipped models are the means of the fold models, whose probabilities the thresholds were chosen on
// (one model fitted on all the articles is more confident, and the threshold would not carry over)
const final = average(foldModels, 'examples');
const finalVeto = average(foldVetoes, 'ruleExamples');
const veto = bestVeto.threshold
  ? { bias: finalVeto.bias, threshold: bestVeto.threshold, features: finalVeto.features, weights: finalVeto.weights }
  : null;
const model = { ...final, threshold: best.threshold, veto };

function average(models, key) {
  const sum = new Map();
  for (const m of models)
    for (let i = 0; i < m.features.length; i++)
      sum.set(m.features[i], (sum.get(m.features[i]) ?? 0) + m.weights[i] / models.length);
  const kept = [...sum].filter(([, w]) => Math.abs(w) >= prune).sort(([a], [b]) => (a < b ? -1 : 1));
  return {
    bias: Math.round((models.reduce((s, m) => s + m.bias, 0) / models.length) * 1000) / 1000,
    features: kept.map(([f]) => f),
    weights: kept.map(([, w]) => Math.round(w * 1000) / 1000),
    examples: trainDocs.reduce((s, d) => s + d[key].length, 0),
    positives: trainDocs.reduce((s, d) => s + d[key].filter((x) => x.y).length, 0),
  };
}

// held-out figures: the classifier alone, then end to end
let tp = 0;
let fp = 0;
let fn = 0;
for (const d of heldDocs)
  for (const x of d.examples) {
    const yes = probability(model, x.features) >= model.threshold;
    if (yes && x.y) tp++;
    else if (yes) fp++;
    else if (x.y) fn++;
  }
const heldBase = attribution(heldDocs, () => null);
const heldCues = attribution(heldDocs, () => ({ ...model, veto: null }));
const heldModel = attribution(heldDocs, () => model);
console.error(
  `held out (${heldDocs.length} articles): candidate classifier P ${(tp / Math.max(1, tp + fp)).toFixed(3)} R ${(tp / Math.max(1, tp + fn)).toFixed(3)} (tp ${tp} fp ${fp} fn ${fn}); attribution rules alone ${fmt(heldBase)}, with learnt cues ${fmt(heldCues)}, and the veto ${fmt(heldModel)}`,
);

const output = {
  trained: new Date().toISOString().slice(0, 10),
  counts: {
    trainingArticles: trainDocs.length,
    heldOutArticles: heldDocs.length,
    candidates: final.examples,
    positives: final.positives,
    features: final.features.length,
    ruleCues: finalVeto.examples,
    ruleCuesRight: finalVeto.positives,
  },
  heldOut: {
    classifier: { tp, fp, fn },
    attributionRules: heldBase.f1,
    attributionLearntCues: heldCues.f1,
    attributionWithModel: heldModel.f1,
  },
  bias: model.bias,
  threshold: model.threshold,
  features: final.features,
  weights: final.weights,
  veto,
};
if (args.includes('--dry-run')) console.error('dry run: nothing written');
else {
  writeFileSync(out, `${JSON.stringify(output)}\n`);
  console.error(`wrote ${out} (${final.features.length} features)`);
}
