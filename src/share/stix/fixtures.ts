/**
 * Hand-built test input in the contract-v1 shape: two short reports and one
 * managed warning, covering every entity type, an event with counts, actors,
 * targets and a place, claims (named, anonymous, hedged, via), a contradiction
 * and a reported warning. Used by the share tests; not by the product.
 *
 * Public surface: `TEXT_A`, `TEXT_B`, `sampleInput()`.
 */
import type { Extraction, Span } from '../../extract/contract.js';
import type { StixInput } from './types.js';

export const TEXT_A =
  'MANDERA, 2 March 2026 — Gunmen from al-Shabaab attacked a police post in Mandera on Monday, killing at least four officers and injuring two. ' +
  '"We will hunt them down," said Interior Minister Kithure Kindiki. ' +
  'A police officer who asked not to be named said the attackers may have crossed from Somalia, according to Reuters. ' +
  'The United States embassy in Nairobi had warned its citizens on 20 February of possible attacks in Mandera.';

export const TEXT_B =
  'Al-Shabaab denied that it attacked the police post, its spokesman said on Tuesday. Police in Kenya said the group was responsible.';

function span(text: string, phrase: string, from = 0): Span {
  const i = text.indexOf(phrase, from);
  if (i < 0) throw new Error(`fixture: "${phrase}" not in text`);
  return [i, i + phrase.length];
}

function extractionA(): Extraction {
  const t = TEXT_A;
  return {
    schema: 'extraction/1',
    document: {
      id: 'doc-a',
      title: 'Police post attacked in Mandera',
      published: '2026-03-02',
      language: 'en',
      length: t.length,
    },
    entities: [
      {
        id: 'e1',
        name: 'al-Shabaab',
        type: 'armed_group',
        aliases: ['Harakat al-Shabaab al-Mujahideen', 'al-Shabaab'],
        mentions: [span(t, 'al-Shabaab')],
      },
      {
        id: 'e2',
        name: 'Mandera',
        type: 'location',
        aliases: [],
        mentions: [span(t, 'MANDERA'), span(t, 'Mandera', 40)],
        geo: { lat: 3.9366, lon: 41.867, country: 'KE' },
      },
      { id: 'e3', name: 'Kithure Kindiki', type: 'person', aliases: [], mentions: [span(t, 'Kithure Kindiki')] },
      { id: 'e4', name: 'Reuters', type: 'media', aliases: [], mentions: [span(t, 'Reuters')] },
      {
        id: 'e5',
        name: 'Somalia',
        type: 'country',
        aliases: [],
        mentions: [span(t, 'Somalia')],
        geo: { lat: 10, lon: 49, country: 'SO' },
      },
      {
        id: 'e6',
        name: 'United States embassy in Nairobi',
        type: 'organization',
        aliases: [],
        mentions: [span(t, 'United States embassy in Nairobi')],
      },
      { id: 'e7', name: 'police post', type: 'facility', aliases: [], mentions: [span(t, 'police post')] },
      { id: 'e8', name: 'police officers', type: 'other', aliases: [], mentions: [span(t, 'officers')] },
    ],
    events: [
      {
        id: 'v1',
        type: 'attack',
        subtype: 'shooting',
        date: '2026-03-02',
        location: 'e2',
        actors: ['e1'],
        targets: ['e8', 'e7'],
        killed: { value: 4, qualifier: 'at_least' },
        injured: { value: 2, qualifier: 'exact' },
        evidence: span(
          t,
          'Gunmen from al-Shabaab attacked a police post in Mandera on Monday, killing at least four officers and injuring two.',
        ),
      },
    ],
    claims: [
      {
        id: 'c1',
        speaker: {
          text: 'Interior Minister Kithure Kindiki',
          entity: 'e3',
          anonymous: false,
          span: span(t, 'Interior Minister Kithure Kindiki'),
        },
        cue: { text: 'said', span: span(t, 'said') },
        content: { text: 'We will hunt them down,', span: span(t, 'We will hunt them down,') },
        quote: 'direct',
        polarity: 'affirm',
        hedged: false,
      },
      {
        id: 'c2',
        speaker: { text: 'A police officer', entity: null, anonymous: true, span: span(t, 'A police officer') },
        via: ['Reuters'],
        cue: { text: 'said', span: span(t, 'said', 200) },
        content: {
          text: 'the attackers may have crossed from Somalia',
          span: span(t, 'the attackers may have crossed from Somalia'),
        },
        quote: 'indirect',
        polarity: 'affirm',
        hedged: true,
        hedges: ['may'],
      },
    ],
    warnings: [
      {
        id: 'w1',
        issuer: 'e6',
        recipient: null,
        issued: '2026-02-20',
        threat: 'possible attacks in Mandera',
        threat_actor: null,
        basis: null,
        specificity: { actor: false, location: 'city', target: false, time: 'none' },
        evidence: span(
          t,
          'The United States embassy in Nairobi had warned its citizens on 20 February of possible attacks in Mandera.',
        ),
      },
    ],
    contradictions: [],
    text: t,
  };
}

function extractionB(): Extraction {
  const t = TEXT_B;
  return {
    schema: 'extraction/1',
    document: { id: 'doc-b', title: null, published: '2026-03-03', language: 'en', length: t.length },
    entities: [
      { id: 'e1', name: 'Al-Shabaab', type: 'armed_group', aliases: [], mentions: [span(t, 'Al-Shabaab')] },
      {
        id: 'e2',
        name: 'Kenya',
        type: 'country',
        aliases: [],
        mentions: [span(t, 'Kenya')],
        geo: { lat: 1, lon: 38, country: 'KE' },
      },
      { id: 'e3', name: 'Police in Kenya', type: 'organization', aliases: [], mentions: [span(t, 'Police in Kenya')] },
      // a place the gazetteer did not know: no coordinates, no country
      { id: 'e4', name: 'police post', type: 'facility', aliases: [], mentions: [span(t, 'police post')] },
    ],
    events: [
      {
        id: 'v1',
        type: 'attack',
        date: null,
        location: 'e4',
        actors: ['e1'],
        targets: [],
        killed: null,
        injured: null,
        evidence: span(t, 'Al-Shabaab denied that it attacked the police post'),
      },
    ],
    claims: [
      {
        id: 'c1',
        speaker: { text: 'its spokesman', entity: 'e1', anonymous: false },
        cue: { text: 'said', span: span(t, 'said') },
        content: {
          text: 'Al-Shabaab denied that it attacked the police post',
          span: span(t, 'Al-Shabaab denied that it attacked the police post'),
        },
        quote: 'indirect',
        polarity: 'deny',
        hedged: false,
      },
      {
        id: 'c2',
        speaker: { text: 'Police in Kenya', entity: 'e3', anonymous: false },
        cue: { text: 'said', span: span(t, 'said', 90) },
        content: { text: 'the group was responsible', span: span(t, 'the group was responsible') },
        quote: 'indirect',
        polarity: 'affirm',
        hedged: false,
      },
    ],
    warnings: [],
    contradictions: [{ claims: ['c1', 'c2'], reason: 'denial against attribution' }],
  };
}

export function sampleInput(): StixInput {
  return {
    documents: [
      {
        id: 'doc-a',
        hash: 'a'.repeat(64),
        title: 'Police post attacked in Mandera',
        published: '2026-03-02',
        ingestedAt: '2026-03-02T14:05:00.000Z',
        outlet: 'Example Wire',
        origin: 'https://news.example.org/mandera-attack',
        length: TEXT_A.length,
        grading: 'B2',
        tlp: 'green',
        extraction: extractionA(),
      },
      {
        id: 'doc-b',
        hash: 'b'.repeat(64),
        title: null,
        published: '2026-03-03',
        ingestedAt: '2026-03-03T09:00:00+03:00',
        outlet: null,
        origin: 'reports/doc-b.txt',
        grading: { reliability: 'C', credibility: 3 },
        extraction: extractionB(),
      },
    ],
    warnings: [
      {
        id: 'warning-0001',
        title: 'Credible threat to police posts in Mandera county',
        description: 'Further attacks on police posts in Mandera are likely within two weeks.',
        issuer: 'Forewarn Duty Desk',
        recipients: ['Kenya National Police Service', 'county-commissioner@mandera.example'],
        issued: '2026-03-04T08:00:00Z',
        created: '2026-03-03T18:00:00Z',
        modified: '2026-03-04T09:30:00Z',
        state: 'acknowledged',
        decision: { kind: 'warn', by: 'approver-1', at: '2026-03-04T07:45:00Z', note: null },
        acknowledgement: { by: 'partner:kenya-nps', at: '2026-03-04T09:30:00Z' },
        threat: { type: 'killing', actor: 'al-Shabaab', target: 'police posts in Mandera' },
        grading: { reliability: 'B', credibility: 2 },
        tlp: 'amber+strict',
        evidence: [{ document: 'doc-a' }, { document: 'doc-a', item: 'v1' }, { document: 'not-exported', item: 'x' }],
      },
    ],
  };
}
