import { describe, expect, it } from 'vitest';
import type { StoredDocument } from '../../store/port.js';
import { type Delivery, normaliseDraft, type WarningRecord } from '../../warn/model.js';
import { TLP_MARKING_IDS } from '../tlp.js';
import { shareDocumentFromStored, shareWarningFromRecord } from './adapters.js';
import { bundleProblems } from './check.js';
import { toStixBundle } from './export.js';
import { sampleInput, TEXT_A } from './fixtures.js';
import { announceNoSchemas, oasisSchemas } from './test-support.js';
import { EXTENSION_IDS } from './vocabulary.js';

function stored(): StoredDocument {
  const doc = sampleInput().documents[0];
  if (!doc) throw new Error('fixture');
  const { text: _t, ...extraction } = doc.extraction;
  return {
    id: 'doc-a',
    hash: 'a'.repeat(64),
    title: 'Police post attacked in Mandera',
    published: '2026-03-02',
    outlet: 'Example Wire',
    origin: 'https://news.example.org/mandera-attack',
    mediaType: 'text/plain',
    language: 'en',
    length: TEXT_A.length,
    ingestedAt: '2026-03-02T14:05:00.000Z',
    counts: { entities: 8, events: 1, claims: 2, warnings: 1 },
    text: TEXT_A,
    extraction,
  };
}

function record(): WarningRecord {
  const r = normaliseDraft(
    {
      info: {
        event: 'Threat to police posts',
        headline: 'Attacks on police posts in Mandera likely',
        description: 'Within two weeks.',
      },
      threat: { type: 'killing', actor: 'al-Shabaab', target: 'police posts in Mandera' },
      addresses: ['kenya-nps'],
      evidence: { documents: ['doc-a'], claims: ['c2', 'doc-a#c1'] },
      tlp: 'AMBER+STRICT',
    },
    {
      identifier: 'fw-2026-0001',
      sender: 'duty-desk@forewarn.example',
      createdBy: 'analyst-1',
      now: '2026-03-03T18:00:00+00:00',
    },
  );
  return {
    ...r,
    state: 'acknowledged',
    sent: '2026-03-04T08:00:00+00:00',
    updatedAt: '2026-03-04T09:30:00+00:00',
    grading: {
      sourceReliability: 'B',
      infoCredibility: 2,
      credible: true,
      specific: true,
      assessedBy: 'analyst-1',
      assessedAt: '2026-03-03T19:00:00+00:00',
      note: null,
    },
    decision: {
      kind: 'waive',
      reason: 'recipient_already_knows',
      justification: 'briefed in person',
      decidedBy: 'approver-1',
      decidedAt: '2026-03-04T07:00:00+00:00',
    },
  };
}

const delivery = (at: string | null, by: string | null): Delivery => ({
  id: `d-${at}`,
  warning: 'fw-2026-0001',
  channel: 'taxii',
  target: 'kenya-nps',
  message: '<alert/>',
  notes: null,
  deliveredBy: 'approver-1',
  deliveredAt: '2026-03-04T08:00:00+00:00',
  acknowledgedAt: at,
  acknowledgedBy: by,
  ackMessage: null,
});

describe('adapters', () => {
  it('a stored document exports like the hand-made input, with or without its text', () => {
    const withText = shareDocumentFromStored(stored(), { tlp: 'green', grading: 'B2' });
    expect(withText.extraction.text).toBe(TEXT_A);
    const a = toStixBundle({ documents: [withText] });
    const b = toStixBundle({ documents: [{ ...(sampleInput().documents[0] as typeof withText) }] });
    expect(a.objects.map((o) => o.id)).toEqual(b.objects.map((o) => o.id));
    const quiet = toStixBundle({ documents: [shareDocumentFromStored(stored(), { withText: false })] });
    expect(quiet.objects.filter((o) => o.type === 'incident').every((o) => o.description === undefined)).toBe(true);
  });

  it('a workflow warning becomes a threat-report with issuer, recipients, decision and acknowledgement', () => {
    const w = shareWarningFromRecord(record(), [
      delivery(null, null),
      delivery('2026-03-04T09:30:00+00:00', 'partner:kenya-nps'),
      delivery('2026-03-04T11:00:00+00:00', 'link'),
    ]);
    expect(w).toMatchObject({
      id: 'fw-2026-0001',
      title: 'Attacks on police posts in Mandera likely',
      issuer: 'duty-desk@forewarn.example',
      tlp: 'amber+strict',
      acknowledgement: { by: 'partner:kenya-nps', at: '2026-03-04T09:30:00+00:00' },
      decision: { kind: 'waive', reason: 'recipient_already_knows', note: 'briefed in person' },
      grading: { reliability: 'B', credibility: 2 },
    });
    expect(w.evidence).toEqual([
      { document: 'doc-a' },
      { document: 'doc-a', item: 'c2' },
      { document: 'doc-a', item: 'c1' },
    ]);
    const bundle = toStixBundle({ documents: [shareDocumentFromStored(stored())], warnings: [w] });
    const report = bundle.objects.find((o) => o.extensions?.[EXTENSION_IDS.warning]?.kind === 'managed');
    expect(report?.object_marking_refs).toEqual([TLP_MARKING_IDS['amber+strict']]);
    // the document, and both claims, are in the export: all become refs
    expect(report?.object_refs).toHaveLength(4);
    expect(report?.confidence).toBe(70);
    expect(bundleProblems(bundle)).toEqual([]);
    const schemas = oasisSchemas();
    if (!schemas) return announceNoSchemas('the exported workflow warning');
    expect(schemas.validateObject(report as NonNullable<typeof report>)).toEqual([]);
  });
});
