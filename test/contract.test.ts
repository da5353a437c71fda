/**
 * Every extraction honours contract v1: the JSON validates against the
 * project's copy of the schema (identical to the shared contract), every span
 * lies inside the text and its text field matches, every entity reference
 * resolves. Run on our own samples and demo corpus always, and on every
 * shared dev document whenever ../shared is present.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { contractProblems } from '../src/extract/contract-check.js';
import { extract } from '../src/extract/index.js';
import { announceSharedAbsence, goldTexts, hasShared, projectRoot, sharedDir } from './helpers/shared.js';

const schemaPath = join(projectRoot, 'docs', 'schema', 'extraction-v1.schema.json');
const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(schema);

function expectContract(id: string, text: string, published: string | null) {
  const x = extract({ id, text, published });
  const valid = validate(x);
  expect(valid ? [] : validate.errors, `${id} schema`).toEqual([]);
  expect(contractProblems(x, text), id).toEqual([]);
  return x;
}

const SAMPLE = `Officials in Lisbon said on Monday that a warning had reached them a week earlier.
"We were told an attack was possible, but not where or when," the interior minister said.
Police arrested two men on Tuesday, according to a statement.`;

describe('extraction contract v1', () => {
  it('the project copy of the schema is identical to the shared contract', () => {
    announceSharedAbsence('the schema copy');
    if (!hasShared) return;
    const shared = readFileSync(join(sharedDir, 'contract', 'extraction-v1.schema.json'), 'utf8');
    expect(readFileSync(schemaPath, 'utf8')).toBe(shared);
  });

  it('holds for a sample we wrote, and for empty and odd texts', () => {
    const x = expectContract('sample', SAMPLE, '2024-05-06');
    expect(x.schema).toBe('extraction/1');
    expect(x.document.length).toBe(SAMPLE.length);
    expectContract('empty', '', null);
    expectContract('spaces', ' \n\n\t ', null);
    expectContract('emoji', 'Emoji 🎉 before "a quote," she said. 🇺🇦 then more.', '2024-01-01');
  });

  it('holds with explanations, which every entity, event and warning then carries', () => {
    const texts = [{ id: 'sample', text: SAMPLE, published: '2024-05-06' }, ...(hasShared ? goldTexts('dev') : [])];
    for (const d of texts) {
      const x = extract({ id: d.id, text: d.text, published: d.published }, { explain: true });
      expect(validate(x) ? [] : validate.errors, `${d.id} schema`).toEqual([]);
      expect(contractProblems(x, d.text), d.id).toEqual([]);
      for (const item of [...x.entities, ...x.events, ...x.warnings])
        expect(item.explanation?.rule, `${d.id} ${item.id}`).toMatch(/^[a-z]+(-[a-z]+)*(:[a-z]+(-[a-z]+)*)?$/);
    }
  });

  it('the contract checker itself catches a broken span and a dangling reference', () => {
    const x = extract({ id: 'sample', text: SAMPLE, published: null });
    x.events.push({ id: 'bad1', type: 'attack', date: null, location: 'nope', actors: [], evidence: [0, 99999] });
    const problems = contractProblems(x, SAMPLE);
    expect(problems.some((p) => p.includes('outside text'))).toBe(true);
    expect(problems.some((p) => p.includes('unknown entity nope'))).toBe(true);
  });

  it('holds for every demo corpus report', () => {
    const dir = join(projectRoot, 'demo', 'corpus');
    let files: string[] = [];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    } catch {
      // the demo corpus is checked by its own tests
    }
    for (const f of files) expectContract(f, readFileSync(join(dir, f), 'utf8'), '2024-01-01');
  });

  for (const set of ['dev', 'polnear-dev', 'muc4-dev']) {
    it(`holds for every document of the shared ${set} set`, () => {
      announceSharedAbsence(`the ${set} set`);
      for (const d of goldTexts(set)) expectContract(d.id, d.text, d.published);
    });
  }
});
