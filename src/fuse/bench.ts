/**
 * Fusion benchmark: synthesises N report extractions across many stories
 * (attacks in distinct towns, the groups named for them, officials quoted,
 * wire copy, denials, rising tolls, warnings ahead of some attacks), in
 * publication order with a steady number of stories a week, then adds them one
 * by one to a fresh `FusionState` and times each addition. The one place in
 * src/fuse that reads a clock (performance.now); printing is the caller's.
 *
 * Public surface: `benchFusion(n, options?)` → `FusionBench`, `synthesiseReports(n, seed?)`.
 */
import type { Claim, Entity, Event, Extraction, Span, Warning } from '../extract/contract.js';
import { createFusion, type DocumentMeta } from './state.js';
import { isoDay } from './text.js';

export interface SyntheticReport {
  meta: DocumentMeta;
  extraction: Extraction;
  /** the report's text, which the extraction's spans point into */
  text: string;
}

export interface FusionBench {
  reports: number;
  /** mean milliseconds per added report over the whole run */
  msPerReport: number;
  /** mean over the first and last tenth of the run: flat means the history does not slow a report down */
  msPerReportFirstTenth: number;
  msPerReportLastTenth: number;
  /** median and 95th percentile of one report's time (the mean also carries the odd collector pause) */
  medianMs: number;
  p95Ms: number;
  stories: number;
  incidents: number;
  claimGroups: number;
  contradictions: number;
  warnings: number;
  matchedWarnings: number;
}

/** A small deterministic generator (mulberry32): the same n gives the same corpus. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ra',
  'tu',
  'ven',
  'sor',
  'bel',
  'dan',
  'gor',
  'ni',
  'pa',
  'zu',
  'ha',
  'ri',
  'mon',
];
/** A distinct pronounceable name for every index. */
function coined(i: number, parts = 3): string {
  let s = '';
  let x = i;
  for (let k = 0; k < parts; k++) {
    s += SYLLABLES[x % SYLLABLES.length];
    x = Math.floor(x / SYLLABLES.length);
  }
  if (x > 0) s += SYLLABLES[x % SYLLABLES.length];
  return s[0]?.toUpperCase() + s.slice(1);
}

class Text {
  private parts: string[] = [];
  private length = 0;
  add(s: string): Span {
    const span: Span = [this.length, this.length + s.length];
    this.parts.push(s);
    this.length += s.length;
    return span;
  }
  toString(): string {
    return this.parts.join('');
  }
}

const OUTLETS = Array.from({ length: 40 }, (_, i) => `${coined(i + 900, 2)} Times`);
const WIRE = 'Continental Wire';

interface Plot {
  index: number;
  day: number;
  town: string;
  lat: number;
  lon: number;
  venue: string;
  group: string;
  rival: string;
  official: string;
  country: string;
  otherCountry: string;
  warned: boolean;
}

export function synthesiseReports(n: number, seed = 7): SyntheticReport[] {
  const r = rng(seed);
  const perStory = 6;
  const stories = Math.max(1, Math.ceil(n / perStory));
  const base = 22_000; // a day number in 2030
  const plots: Plot[] = Array.from({ length: stories }, (_, i) => ({
    index: i,
    // about twenty new stories a week whatever n is: density, not history, sets the work per report
    day: base + Math.floor(i / 3),
    town: coined(i),
    lat: -30 + ((i * 7919) % 6000) / 100,
    lon: -20 + ((i * 104729) % 9000) / 100,
    venue: `${coined(i + 50_000, 2)} Hall`,
    group: `${coined(i % 300, 2)} Liberation Front`,
    rival: `${coined((i + 150) % 300, 2)} Brigade`,
    official: `${coined(i + 7000, 2)} ${coined(i + 13_000, 2)}`,
    country: `${coined(i % 60, 2)}land`,
    otherCountry: `${coined((i + 30) % 60, 2)}land`,
    warned: i % 10 === 0,
  }));
  const out: SyntheticReport[] = [];
  for (const p of plots) {
    for (let k = 0; k < perStory; k++) out.push(report(p, k, r));
  }
  out.sort(
    (a, b) => (a.meta.published ?? '').localeCompare(b.meta.published ?? '') || a.meta.id.localeCompare(b.meta.id),
  );
  return out.slice(0, n);
}

function report(p: Plot, k: number, r: () => number): SyntheticReport {
  const id = `s${p.index}-r${k}`;
  const warning = p.warned && k === 0;
  const published = warning ? p.day - 12 : p.day + 1 + Math.floor(k / 2);
  const outlet = k % 3 === 1 ? WIRE : (OUTLETS[Math.floor(r() * OUTLETS.length)] as string);
  const t = new Text();
  const entities: Entity[] = [];
  const ent = (id: string, name: string, type: Entity['type'], span: Span, extra: Partial<Entity> = {}) => {
    const have = entities.find((e) => e.id === id);
    if (have) have.mentions.push(span);
    else entities.push({ id, name, type, aliases: [], mentions: [span], ...extra });
  };
  const events: Event[] = [];
  const claims: Claim[] = [];
  const warnings: Warning[] = [];
  const geo = { lat: p.lat, lon: p.lon, country: p.country.slice(0, 2).toUpperCase() };
  if (warning) {
    const start = t.add('');
    t.add('Officials in ');
    ent('c1', p.otherCountry, 'country', t.add(p.otherCountry));
    t.add(' warned ');
    ent('c2', p.country, 'country', t.add(p.country));
    t.add(' that the ');
    ent('g1', p.group, 'armed_group', t.add(p.group));
    t.add(' was planning attacks on concert venues in ');
    ent('l1', p.town, 'location', t.add(p.town), { geo });
    const end = t.add('.')[1];
    warnings.push({
      id: 'w1',
      issuer: 'c1',
      recipient: 'c2',
      issued: isoDay(published - 2),
      threat: 'attacks on concert venues',
      threat_actor: 'g1',
      specificity: { actor: true, location: 'city', target: true, time: 'none' },
      evidence: [start[0], end],
    });
  } else {
    const killed = 5 + (p.index % 20) + k * 3;
    const s0 = t.add('Gunmen attacked the ');
    ent('f1', p.venue, 'facility', t.add(p.venue));
    t.add(' in ');
    ent('l1', p.town, 'location', t.add(p.town), { geo });
    const tail = `, killing ${killed} people, police said. `;
    const s1 = t.add(tail);
    const police = s1[0] + tail.indexOf('police');
    events.push({
      id: 'ev1',
      type: 'attack',
      subtype: 'shooting',
      date: isoDay(p.day),
      location: 'l1',
      actors: k >= 2 ? ['g1'] : [],
      targets: ['f1'],
      killed: { value: killed, qualifier: k === 0 ? 'at_least' : 'exact' },
      evidence: [s0[0], s1[1]],
    });
    claims.push({
      id: 'c1',
      speaker: { text: 'police', entity: null, anonymous: false, span: [police, police + 6] },
      ...(k % 3 === 2 ? { via: [WIRE] } : {}),
      cue: { text: 'said', span: [police + 7, police + 11] },
      content: { text: t.toString().slice(s0[0], s1[0]), span: [s0[0], s1[0]] },
      quote: 'indirect',
      polarity: 'affirm',
      hedged: false,
    });
    if (k >= 2) {
      const sp = t.add(p.official);
      ent('p1', p.official, 'person', sp);
      const cueSpan = t.add(' said');
      t.add(' ');
      const c0 = t.add('the ');
      ent('g1', p.group, 'armed_group', t.add(p.group));
      const c1 = t.add(' was behind the attack');
      t.add('. ');
      claims.push({
        id: 'c2',
        speaker: { text: p.official, entity: 'p1', anonymous: false, span: sp },
        cue: { text: 'said', span: [cueSpan[0] + 1, cueSpan[1]] },
        content: { text: t.toString().slice(c0[0], c1[1]), span: [c0[0], c1[1]] },
        quote: 'indirect',
        polarity: 'affirm',
        hedged: false,
      });
    }
    if (k === 4) {
      const sp = t.add(`The ${p.group}`);
      ent('g1', p.group, 'armed_group', [sp[0] + 4, sp[1]]);
      const cueSpan = t.add(' denied ');
      const c = t.add('carrying out the attack');
      t.add('. ');
      claims.push({
        id: 'c3',
        speaker: { text: `The ${p.group}`, entity: 'g1', anonymous: false, span: sp },
        cue: { text: 'denied', span: [cueSpan[0] + 1, cueSpan[1] - 1] },
        content: { text: 'carrying out the attack', span: c },
        quote: 'indirect',
        polarity: 'deny',
        hedged: false,
      });
    }
    if (k === 3 || k === 5) {
      const sp = t.add('A security official');
      const cueSpan = t.add(' said ');
      const c0 = t.add('the attackers had planned to flee to ');
      const where = k === 3 ? p.otherCountry : p.country;
      ent(`x${k}`, where, 'country', t.add(where));
      t.add('. ');
      claims.push({
        id: `c${k + 1}`,
        speaker: { text: 'A security official', entity: null, anonymous: true, span: sp },
        cue: { text: 'said', span: [cueSpan[0] + 1, cueSpan[1] - 1] },
        content: { text: t.toString().slice(c0[0], c0[1] + where.length), span: [c0[0], c0[1] + where.length] },
        quote: 'indirect',
        polarity: 'affirm',
        hedged: false,
      });
    }
  }
  const text = t.toString();
  return {
    text,
    meta: { id, published: isoDay(published), outlet, title: null },
    extraction: {
      schema: 'extraction/1',
      document: { id, title: null, published: isoDay(published), language: 'en', length: text.length },
      entities,
      events,
      claims,
      warnings,
      contradictions: [],
    },
  };
}

export function benchFusion(n: number, options: { seed?: number; warmup?: number } = {}): FusionBench {
  // a long-running ingester has compiled its hot paths long before report N; so does this, on a throwaway state
  const warm = createFusion();
  for (const r of synthesiseReports(options.warmup ?? 600, (options.seed ?? 7) + 1))
    warm.addDocument(r.meta, r.extraction);
  const reports = synthesiseReports(n, options.seed);
  const state = createFusion();
  const times: number[] = [];
  for (const rep of reports) {
    const t0 = performance.now();
    state.addDocument(rep.meta, rep.extraction);
    times.push(performance.now() - t0);
  }
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const tenth = Math.max(1, Math.floor(times.length / 10));
  const sorted = [...times].sort((a, b) => a - b);
  const warnings = state.allWarnings();
  return {
    reports: reports.length,
    msPerReport: mean(times),
    msPerReportFirstTenth: mean(times.slice(0, tenth)),
    msPerReportLastTenth: mean(times.slice(-tenth)),
    medianMs: sorted[Math.floor(sorted.length / 2)] ?? 0,
    p95Ms: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
    stories: state.listStories().length,
    incidents: state.allIncidents().length,
    claimGroups: state.allGroups().length,
    contradictions: state.allContradictions().length,
    warnings: warnings.length,
    matchedWarnings: warnings.filter((w) => w.matches.length > 0).length,
  };
}
