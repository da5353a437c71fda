#!/usr/bin/env node
// Prints extraction throughput (documents/s and MB/s, one process) beside the
// raw wink-nlp tokenise+tag pass over the same texts, in one run, as a ratio.
// Texts: the shared dev sets when ../shared is present, else the demo corpus.
// Figures are printed, never asserted.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

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

function time(label, rounds, fn) {
  fn(); // warm-up: loads models and gazetteers once, as a long-running process would
  const started = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) fn();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9 / rounds;
  return { label, seconds };
}

const { source, texts } = loadTexts();
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t.text), 0);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const nlp = winkNLP(model);
const its = nlp.its;

const raw = time('wink-nlp tokenise+tag', rounds, () => {
  for (const t of texts) {
    const tokens = nlp.readDoc(t.text).tokens();
    tokens.out(its.value);
    tokens.out(its.pos);
  }
});
const full = time('forewarn extract', rounds, () => {
  for (const t of texts) extract({ id: t.id, text: t.text, published: null });
});

console.log(
  `extraction benchmark: ${texts.length} documents, ${(bytes / 1e6).toFixed(2)} MB from the ${source}; ${rounds} rounds after a warm-up`,
);
for (const r of [raw, full]) {
  console.log(
    `  ${r.label.padEnd(24)} ${(texts.length / r.seconds).toFixed(1).padStart(8)} docs/s  ${(bytes / 1e6 / r.seconds).toFixed(3).padStart(7)} MB/s  (${(r.seconds * 1000).toFixed(0)} ms a round)`,
  );
}
console.log(`  ratio: extract takes ${(full.seconds / raw.seconds).toFixed(2)}x the raw wink-nlp pass`);
