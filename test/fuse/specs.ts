/**
 * Hand-built extractions of the fusion test corpus (test/fixtures/fuse-corpus):
 * what a good extractor should find in each report, written out so that the
 * fusion tests exercise fusion and not today's extractor.
 *
 * Public surface: `SPECS` (file → Spec), `corpusExtractions()`.
 */
import type { Extraction, Geo } from '../../src/extract/contract.js';
import type { DocumentMeta } from '../../src/fuse/index.js';
import { build, type CorpusDoc, corpus, type Spec } from './build.js';

const JALALABAD: Geo = { lat: 34.43, lon: 70.45, country: 'AF' };
const VELGOROD: Geo = { lat: 51.1, lon: 45.2, country: 'XV' };
const KISUMU: Geo = { lat: -0.09, lon: 34.77, country: 'KE' };
const ELDORET: Geo = { lat: 0.51, lon: 35.27, country: 'KE' };

const MARKET_CLAIM = 'A suicide bomber blew himself up in a crowded vegetable market in Jalalabad on Sunday';
const TOLL_MAY_RISE = 'the death toll could rise because several of the wounded were in a critical condition';

export const SPECS: Record<string, Spec> = {
  'a1-market-bombing-wire.txt': {
    entities: [
      { id: 'e1', name: 'Jalalabad', type: 'location', surfaces: ['Jalalabad', 'JALALABAD'], geo: JALALABAD },
      {
        id: 'e2',
        name: 'Islamic State Khorasan Province',
        type: 'armed_group',
        aliases: ['ISKP'],
        surfaces: ['Islamic State Khorasan Province', 'ISKP'],
      },
      { id: 'e3', name: 'Meridian Wire', type: 'media' },
      { id: 'e4', name: 'Farid Ahmadzai', type: 'person' },
    ],
    events: [
      {
        id: 'ev1',
        type: 'attack',
        subtype: 'bombing',
        date: '2031-03-02',
        location: 'e1',
        actors: ['e2'],
        killed: { value: 14, qualifier: 'at_least' },
        injured: { value: 30, qualifier: 'exact' },
        evidence: 'A suicide bomber blew himself up',
      },
      {
        id: 'ev2',
        type: 'responsibility_claim',
        date: null,
        location: null,
        actors: ['e2'],
        evidence: 'claimed responsibility for the bombing',
      },
    ],
    claims: [
      { id: 'c1', speaker: 'police', cue: 'said', content: MARKET_CLAIM },
      { id: 'c2', speaker: 'A provincial police spokesman', anonymous: true, cue: 'said', content: TOLL_MAY_RISE },
    ],
  },
  'a2-market-bombing-harbor.txt': {
    entities: [
      { id: 'e1', name: 'Jalalabad', type: 'location', geo: JALALABAD },
      { id: 'e2', name: 'ISIS-K', type: 'armed_group' },
      { id: 'e3', name: 'Meridian Wire', type: 'media' },
    ],
    events: [
      {
        id: 'ev1',
        type: 'attack',
        subtype: 'bombing',
        date: '2031-03-02',
        location: 'e1',
        actors: ['e2'],
        killed: { value: 14, qualifier: 'at_least' },
        evidence: 'A suicide bomber blew himself up',
      },
    ],
    claims: [
      {
        id: 'c1',
        speaker: 'Meridian Wire',
        entity: 'e3',
        via: ['Meridian Wire'],
        cue: 'according to',
        content: MARKET_CLAIM,
      },
      { id: 'c2', speaker: 'A provincial police spokesman', anonymous: true, cue: 'said', content: TOLL_MAY_RISE },
    ],
  },
  'a3-market-toll-valley.txt': {
    entities: [
      { id: 'e1', name: 'Jalalabad', type: 'location', geo: JALALABAD },
      {
        id: 'e2',
        name: 'ISIS-K',
        type: 'armed_group',
        aliases: ["the Islamic State's Afghanistan-based branch"],
        surfaces: ["Islamic State's Afghanistan-based branch", 'ISIS-K'],
      },
    ],
    events: [
      {
        id: 'ev1',
        type: 'attack',
        subtype: 'bombing',
        date: '2031-03-02',
        location: 'e1',
        actors: ['e2'],
        killed: { value: 21, qualifier: 'exact' },
        evidence: "Sunday's suicide bombing",
      },
    ],
    claims: [
      {
        id: 'c1',
        speaker: 'hospital officials',
        cue: 'said',
        content: "The number of people killed in Sunday's suicide bombing at a Jalalabad market has risen to 21",
      },
      {
        id: 'c2',
        speaker: 'Two officials at the provincial hospital',
        anonymous: true,
        cue: 'said',
        content: 'the toll could rise further',
      },
      {
        id: 'c3',
        speaker: 'One of them',
        anonymous: true,
        cue: 'said',
        content: 'seven of the wounded were still in intensive care',
      },
    ],
  },
  'a4-market-bombing-gazette.txt': {
    entities: [
      { id: 'e1', name: 'Jalalabad', type: 'location', geo: JALALABAD },
      { id: 'e2', name: 'ISKP', type: 'armed_group' },
      { id: 'e3', name: 'Meridian Wire', type: 'media' },
    ],
    events: [
      {
        id: 'ev1',
        type: 'attack',
        date: '2031-03-02',
        location: 'e1',
        actors: ['e2'],
        killed: { value: 14, qualifier: 'at_least' },
        evidence: 'A suicide bomber blew himself up',
      },
    ],
    claims: [
      {
        id: 'c1',
        speaker: 'Meridian Wire',
        entity: 'e3',
        via: ['Meridian Wire'],
        cue: 'according to',
        content: MARKET_CLAIM,
      },
    ],
  },
  'b1-theatre-siege-state-media.txt': {
    entities: [
      { id: 'e1', name: 'Velgorod', type: 'location', geo: VELGOROD },
      { id: 'e2', name: 'Velgorod city theatre', type: 'facility' },
      { id: 'e3', name: 'Anatoly Verin', type: 'person' },
      { id: 'e4', name: 'Verin', type: 'person', surfaces: ['Verin declared'] },
      { id: 'e5', name: 'Ukraine', type: 'country' },
    ],
    events: [
      {
        id: 'ev1',
        type: 'attack',
        subtype: 'shooting',
        date: '2031-04-11',
        location: 'e1',
        actors: [],
        targets: ['e2'],
        killed: { value: 40, qualifier: 'exact' },
        evidence: 'Gunmen opened fire on the audience',
      },
    ],
    claims: [
      {
        id: 'c1',
        speaker: 'President Anatoly Verin',
        entity: 'e3',
        cue: 'said',
        content:
          'the four attackers had been caught near the border and had planned to flee to Ukraine, where an escape corridor had been prepared for them',
      },
    ],
  },
  'b2-theatre-siege-independent.txt': {
    entities: [
      { id: 'e1', name: 'Velgorod', type: 'location', geo: VELGOROD },
      { id: 'e2', name: 'Velgorod city theatre', type: 'facility' },
      { id: 'e3', name: 'Belarus', type: 'country' },
      { id: 'e4', name: 'Night Hawks brigade', type: 'armed_group' },
      { id: 'e5', name: 'Steppe Front', type: 'armed_group' },
      { id: 'e6', name: 'Velgorod Echo', type: 'media' },
    ],
    events: [
      {
        id: 'ev1',
        type: 'attack',
        date: '2031-04-11',
        location: 'e1',
        actors: [],
        targets: ['e2'],
        killed: { value: 143, qualifier: 'at_least' },
        evidence: 'gunmen stormed the Velgorod city theatre',
      },
      {
        id: 'ev2',
        type: 'responsibility_claim',
        date: null,
        location: null,
        actors: ['e4'],
        evidence: 'it had carried out the attack',
      },
    ],
    claims: [
      {
        id: 'c1',
        speaker: 'A senior border official',
        anonymous: true,
        cue: 'told',
        content: 'the four suspects had planned to flee to Belarus',
      },
      {
        id: 'c2',
        speaker: 'The Night Hawks brigade',
        entity: 'e4',
        cue: 'said in a statement',
        content: 'it had carried out the attack',
      },
      { id: 'c3', speaker: 'Officials', cue: 'blamed', content: 'the Steppe Front for the attack' },
    ],
  },
  'b3-theatre-siege-arrests.txt': {
    entities: [
      { id: 'e1', name: 'Velgorod', type: 'location', geo: VELGOROD },
      { id: 'e2', name: 'Velgorod city theatre', type: 'facility' },
      { id: 'e3', name: 'Kyiv', type: 'location' },
      { id: 'e4', name: 'Ukraine', type: 'country' },
    ],
    events: [
      {
        id: 'ev1',
        type: 'arrest',
        date: '2031-04-13',
        location: 'e1',
        actors: [],
        arrested: { value: 14, qualifier: 'exact' },
        evidence: 'Police in Velgorod arrested 14 suspects',
      },
      {
        id: 'ev2',
        type: 'attack',
        date: null,
        location: 'e1',
        actors: [],
        targets: ['e2'],
        evidence: 'the attack on the Velgorod city theatre',
      },
      {
        id: 'ev3',
        type: 'detention',
        date: '2031-04-13',
        location: 'e1',
        actors: [],
        detained: { value: 30, qualifier: 'at_least' },
        evidence: 'At least 30 people were detained',
      },
    ],
    claims: [
      {
        id: 'c1',
        speaker: 'The foreign ministry in Kyiv',
        cue: 'denied',
        content: "Ukraine's involvement in the attack",
        polarity: 'deny',
      },
    ],
  },
  'c1-hotel-warning.txt': {
    entities: [
      { id: 'e1', name: 'Uganda Police Force', type: 'organization' },
      { id: 'e2', name: 'Kenya', type: 'country', surfaces: ['Kenyan'], geo: { lat: 0, lon: 38, country: 'KE' } },
      { id: 'e3', name: 'Lake Shield Movement', type: 'armed_group' },
      { id: 'e4', name: 'Kisumu', type: 'location', geo: KISUMU },
    ],
    warnings: [
      {
        id: 'w1',
        issuer: 'e1',
        recipient: 'e2',
        issued: '2031-05-01',
        threat: 'attacks on hotels in Kisumu',
        threat_actor: 'e3',
        specificity: { actor: true, location: 'city', target: true, time: 'none' },
        evidence:
          'The Uganda Police Force warned Kenyan authorities last week that the Lake Shield Movement was planning attacks on hotels in Kisumu',
      },
    ],
  },
  'c2-hotel-attack.txt': {
    entities: [
      { id: 'e1', name: 'Lakeview Palace Hotel', type: 'facility' },
      { id: 'e2', name: 'Kisumu', type: 'location', geo: KISUMU },
      { id: 'e3', name: 'Lake Shield Movement', type: 'armed_group' },
      { id: 'e4', name: 'Grace Atieno', type: 'person' },
      { id: 'e5', name: 'Atieno', type: 'person', surfaces: ['Atieno said'] },
    ],
    events: [
      {
        id: 'ev1',
        type: 'attack',
        subtype: 'shooting',
        date: '2031-05-20',
        location: 'e2',
        actors: ['e3'],
        targets: ['e1'],
        killed: { value: 9, qualifier: 'exact' },
        injured: { value: 17, qualifier: 'exact' },
        evidence: 'Gunmen stormed the Lakeview Palace Hotel',
      },
    ],
    claims: [
      {
        id: 'c1',
        speaker: 'Police commander Grace Atieno',
        entity: 'e4',
        cue: 'said',
        content: 'the Lake Shield Movement was behind the attack',
      },
      {
        id: 'c2',
        speaker: 'The Lake Shield Movement',
        entity: 'e3',
        cue: 'denied',
        content: 'carrying out the attack',
        polarity: 'deny',
      },
    ],
  },
  'c3-mall-warning.txt': {
    entities: [
      { id: 'e1', name: 'Eldoret', type: 'location', geo: ELDORET },
      { id: 'e2', name: 'Peter Mutua', type: 'person' },
    ],
    warnings: [
      {
        id: 'w1',
        issuer: null,
        recipient: null,
        issued: '2031-06-02',
        threat: 'attack shopping malls in the town',
        threat_actor: null,
        specificity: { location: 'city', target: true, time: 'window' },
        evidence: 'Police in Eldoret warned on Monday that an unnamed group could attack shopping malls in the town',
      },
    ],
  },
};

export interface CorpusExtraction {
  meta: DocumentMeta;
  doc: CorpusDoc;
  extraction: Extraction;
}

export function corpusExtractions(): CorpusExtraction[] {
  return corpus('test/fixtures/fuse-corpus').map((doc) => {
    const spec = SPECS[doc.file];
    if (!spec) throw new Error(`no spec for ${doc.file}`);
    return { meta: doc.meta, doc, extraction: build(doc.meta.id, doc.text, doc.meta.published, spec) };
  });
}
