/**
 * Hand-built contract-v1 extractions over real texts, for fusion tests that
 * need a precise input while the extractor stages are still being written.
 * Spans are found in the text (never typed in), so every item points at what
 * it says it points at; a missing string throws so a test cannot drift from its text.
 *
 * Public surface: `build(id, text, spec)`, `corpus()`, `Spec`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  Claim,
  Entity,
  EntityType,
  Event,
  Extraction,
  Geo,
  Span,
  Specificity,
  Warning,
} from '../../src/extract/contract.js';
import type { DocumentMeta } from '../../src/fuse/index.js';
import { projectRoot } from '../helpers/shared.js';

export interface Spec {
  entities?: { id: string; name: string; type: EntityType; aliases?: string[]; surfaces?: string[]; geo?: Geo }[];
  events?: (Omit<Event, 'evidence'> & { evidence: string } & Record<string, unknown>)[];
  claims?: {
    id: string;
    speaker: string;
    entity?: string | null;
    anonymous?: boolean;
    via?: string[];
    cue: string;
    content: string;
    polarity?: 'affirm' | 'deny';
    hedged?: boolean;
  }[];
  warnings?: (Omit<Warning, 'evidence' | 'specificity'> & {
    evidence: string;
    specificity?: Partial<Specificity>;
  } & Record<string, unknown>)[];
}

function spansOf(text: string, needle: string): Span[] {
  const out: Span[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length))
    out.push([i, i + needle.length]);
  return out;
}

function spanOf(text: string, needle: string, what: string): Span {
  const s = spansOf(text, needle)[0];
  if (!s) throw new Error(`${what}: "${needle}" is not in the text`);
  return s;
}

export function build(id: string, text: string, published: string | null, spec: Spec): Extraction {
  const entities: Entity[] = (spec.entities ?? []).map((e) => {
    const mentions = (e.surfaces ?? [e.name]).flatMap((s) => spansOf(text, s));
    if (!mentions.length) throw new Error(`${id}: entity ${e.name} has no mention`);
    return {
      id: e.id,
      name: e.name,
      type: e.type,
      aliases: e.aliases ?? [],
      mentions,
      ...(e.geo ? { geo: e.geo } : {}),
    };
  });
  const events: Event[] = (spec.events ?? []).map((e) => ({ ...e, evidence: spanOf(text, e.evidence, id) }));
  const claims: Claim[] = (spec.claims ?? []).map((c) => ({
    id: c.id,
    speaker: {
      text: c.speaker,
      entity: c.entity ?? null,
      anonymous: c.anonymous ?? false,
      span: c.anonymous ? null : spanOf(text, c.speaker, id),
    },
    ...(c.via ? { via: c.via } : {}),
    cue: { text: c.cue, span: spanOf(text, c.cue, id) },
    content: { text: c.content, span: spanOf(text, c.content, id) },
    quote: 'indirect',
    polarity: c.polarity ?? 'affirm',
    hedged: c.hedged ?? false,
  }));
  const warnings: Warning[] = (spec.warnings ?? []).map((w) => ({
    ...w,
    evidence: spanOf(text, w.evidence, id),
    specificity: { actor: false, location: 'none', target: false, time: 'none', ...w.specificity },
  }));
  return {
    schema: 'extraction/1',
    document: { id, title: null, published, language: 'en', length: text.length },
    entities,
    events,
    claims,
    warnings,
    contradictions: [],
  };
}

export interface CorpusDoc {
  meta: DocumentMeta;
  file: string;
  text: string;
}

/** A corpus directory with a manifest.json of {file, published, outlet, title}. */
export function corpus(dir: string): CorpusDoc[] {
  const root = join(projectRoot, dir);
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as {
    file: string;
    published: string;
    outlet: string;
    title: string;
  }[];
  return manifest.map((m) => ({
    file: m.file,
    meta: { id: m.file.replace(/\.(txt|html)$/, ''), published: m.published, outlet: m.outlet, title: m.title },
    text: readFileSync(join(root, m.file), 'utf8'),
  }));
}
