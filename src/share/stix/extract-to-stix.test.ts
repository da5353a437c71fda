import { describe, expect, it } from 'vitest';
import { goldTexts } from '../../../test/helpers/shared.js';
import { extract } from '../../extract/index.js';
import { bundleProblems } from './check.js';
import { bundleJson, exportStix, toStixBundle } from './export.js';
import { fromStixBundle } from './import.js';
import { announceNoSchemas, oasisSchemas } from './test-support.js';
import { EXTENSION_IDS } from './vocabulary.js';

// Written for this test: a short wire report in the style the extractor is built for.
const TEXT =
  'NAIROBI, 3 March 2026 (Example Wire) — Gunmen from al-Shabaab attacked a police post in Mandera on Monday, ' +
  'killing at least four officers and injuring two others, police said. ' +
  '"We will hunt them down," Interior Minister Kithure Kindiki told reporters in Nairobi. ' +
  'A local official, who asked not to be named, said the attackers had crossed from Somalia. ' +
  'The United States embassy had warned its citizens last week of possible attacks in Mandera county.';

describe('extract() → STIX', () => {
  const extraction = extract({ id: 'wire-1', text: TEXT, published: '2026-03-03', title: 'Police post attacked' });
  const input = {
    documents: [
      {
        id: 'wire-1',
        title: 'Police post attacked',
        published: '2026-03-03',
        ingestedAt: '2026-03-03T12:00:00Z',
        outlet: 'Example Wire',
        origin: 'demo/wire-1.txt',
        length: TEXT.length,
        extraction: { ...extraction, text: TEXT },
      },
    ],
  };

  it('exports whatever the extractor finds as a sound, schema-valid bundle', () => {
    const { bundle, omitted } = exportStix(input, { tlp: 'green' });
    expect(bundle.objects.some((o) => o.type === 'report')).toBe(true);
    expect(bundleProblems(bundle)).toEqual([]);
    // every extracted item became an object or was reported as omitted
    const items =
      extraction.entities.length + extraction.events.length + extraction.claims.length + extraction.warnings.length;
    const made = bundle.objects.filter((o) =>
      Object.values(o.extensions ?? {}).some((x) => typeof x.item_id === 'string' && x.document_id === 'wire-1'),
    ).length;
    expect(items).toBeGreaterThan(0);
    expect(made + omitted.filter((o) => o.document === 'wire-1' && !o.reason.startsWith('refers to')).length).toBe(
      items,
    );
    const schemas = oasisSchemas();
    if (!schemas) return announceNoSchemas('the export of an extracted document');
    for (const o of bundle.objects) expect(schemas.validateObject(o), o.id).toEqual([]);
    expect(schemas.validateBundle(bundle)).toEqual([]);
  });

  it('round-trips through import unchanged', () => {
    const json = bundleJson(exportStix(input).bundle);
    const imported = fromStixBundle(json);
    expect(imported.unknown).toEqual([]);
    expect(bundleJson(exportStix({ documents: imported.documents, warnings: imported.warnings }).bundle)).toBe(json);
  });
});

describe('extract() → STIX on the shared evaluation texts', () => {
  // every dev text and a fixed slice of the polnear set: enough variety, bounded time
  const texts = [...goldTexts('dev'), ...goldTexts('polnear-dev').slice(0, 25)];

  it('exports every one as a sound, schema-valid bundle that round-trips', () => {
    const schemas = oasisSchemas();
    if (texts.length === 0 || !schemas) return announceNoSchemas('exports of the shared evaluation texts');
    const documents = texts.map((g) => ({
      id: g.id,
      published: g.published,
      ingestedAt: '2026-01-01T00:00:00Z',
      origin: g.file,
      extraction: { ...extract({ id: g.id, text: g.text, published: g.published }), text: g.text },
    }));
    const { bundle } = exportStix({ documents }, { tlp: 'green' });
    expect(bundle.objects.filter((o) => o.extensions?.[EXTENSION_IDS.document])).toHaveLength(texts.length);
    expect(bundleProblems(bundle)).toEqual([]);
    const invalid = bundle.objects.flatMap((o) => schemas.validateObject(o).map((p) => `${o.id}: ${p}`));
    expect(invalid).toEqual([]);
    expect(schemas.validateBundle(bundle)).toEqual([]);
    const json = bundleJson(bundle);
    const imported = fromStixBundle(json);
    expect(imported.unknown).toEqual([]);
    expect(
      bundleJson(toStixBundle({ documents: imported.documents, warnings: imported.warnings }, { tlp: 'green' })),
    ).toBe(json);
  });
});
