#!/usr/bin/env node
// Runs the built extractor (dist/, `npx tsc -p tsconfig.build.json` first) in
// one process over a gold directory and writes DIR/<id>.json for the scorer's
// `--pred DIR`. A quick loop for rule work: the same output as
// `forewarn extract --format json --published {published} {file}`, without a
// process start per document.
//
//   node scripts/predict.mjs --gold ../shared/eval/polnear-dev --out /tmp/pred [--explain]
//   node ../shared/eval/score.mjs --gold ../shared/eval/polnear-dev --pred /tmp/pred
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const goldDir = opt('--gold');
const outDir = opt('--out');
if (!goldDir || !outDir) {
  console.error('usage: predict.mjs --gold DIR --out DIR [--explain]');
  process.exit(2);
}
const { extract } = await import(join(root, 'dist', 'extract', 'index.js'));
const { readDocument } = await import(join(root, 'dist', 'ingest', 'read.js'));
mkdirSync(outDir, { recursive: true });
const started = performance.now();
let n = 0;
for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.gold.json'))) {
  const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8'));
  const doc = await readDocument(join(goldDir, gold.file));
  const result = extract(
    { id: doc.id, text: doc.text, published: gold.published ?? doc.published, title: doc.title },
    { explain: args.includes('--explain') },
  );
  writeFileSync(join(outDir, `${gold.id}.json`), JSON.stringify(result));
  n++;
}
console.error(`${n} predictions in ${((performance.now() - started) / 1000).toFixed(1)} s → ${outDir}`);
