/**
 * End to end: the real extractor over real text (the fusion corpus and the
 * demo corpus), folded into one fusion state. The extractor is being improved
 * while this is written, so only properties that must hold whatever it finds
 * are asserted: nothing lost, nothing invented, same input same output,
 * replayable state.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/extract/contract.js';
import { extract } from '../../src/extract/index.js';
import { contradictionsInDocument, createFusion, type FusionState, fromJSON } from '../../src/fuse/index.js';
import { normName } from '../../src/fuse/text.js';
import { readDocumentFile } from '../../src/ingest/read.js';
import { projectRoot } from '../helpers/shared.js';
import { corpus } from './build.js';

interface Report {
  meta: { id: string; published: string; outlet: string | null; title: string | null };
  extraction: Extraction;
}

async function load(dir: string): Promise<Report[]> {
  const out: Report[] = [];
  for (const d of corpus(dir)) {
    const doc = await readDocumentFile(join(projectRoot, dir, d.file));
    const published = d.meta.published ?? '';
    out.push({
      meta: { id: d.meta.id, published, outlet: d.meta.outlet, title: d.meta.title },
      extraction: extract({ id: d.meta.id, text: doc.text, published, title: d.meta.title }),
    });
  }
  return out;
}

function fuse(reports: Report[]): FusionState {
  const f = createFusion();
  for (const r of reports) expect(f.addDocument(r.meta, r.extraction).added).toBe(true);
  return f;
}

describe('fusion over real extractions', () => {
  let reports: Report[] = [];
  let f: FusionState;
  beforeAll(async () => {
    reports = [...(await load('test/fixtures/fuse-corpus')), ...(await load('demo/corpus'))];
    f = fuse(reports);
  }, 120_000);

  it('keeps every document entity as a mention of exactly one canonical entity', () => {
    const seen = new Map<string, string>();
    for (const r of reports) {
      for (const e of r.extraction.entities) {
        const c = f.entities.memberCluster(r.meta.id, e.id);
        expect(c, `${r.meta.id}#${e.id}`).not.toBeNull();
        const canon = f.entity(c ?? '');
        const m = canon?.mentions.find((x) => x.document === r.meta.id && x.entity === e.id);
        expect(m?.spans).toEqual(e.mentions);
        seen.set(`${r.meta.id}#${e.id}`, c ?? '');
      }
    }
    const total = f.entities.ids().reduce((n, id) => n + (f.entity(id)?.mentions.length ?? 0), 0);
    expect(total).toBe(seen.size);
  });

  it('gives one canonical entity to the same name of the same specific type in every report', () => {
    const byKey = new Map<string, Set<string>>();
    for (const r of reports) {
      for (const e of r.extraction.entities) {
        if (e.type === 'other') continue;
        const k = `${e.type}|${normName(e.name)}`;
        const set = byKey.get(k) ?? new Set<string>();
        set.add(f.entities.memberCluster(r.meta.id, e.id) ?? '');
        byKey.set(k, set);
      }
    }
    for (const [k, ids] of byKey) expect(ids.size, k).toBe(1);
  });

  it('places every incident-type event in exactly one incident', () => {
    const placed = new Map<string, number>();
    for (const i of f.allIncidents())
      for (const m of i.mentions)
        placed.set(`${m.document}:${m.event}`, (placed.get(`${m.document}:${m.event}`) ?? 0) + 1);
    for (const r of reports)
      for (const ev of r.extraction.events)
        if (['attack', 'kidnapping', 'arrest', 'detention', 'court_action'].includes(ev.type))
          expect(placed.get(`${r.meta.id}:${ev.id}`), `${r.meta.id}:${ev.id}`).toBe(1);
  });

  it('shows every story it lists, over documents it was given', () => {
    const ids = new Set(reports.map((r) => r.meta.id));
    for (const s of f.listStories()) {
      for (const d of s.documents) expect(ids.has(d)).toBe(true);
      const v = f.showStory(s.id);
      expect(v.id).toBe(s.id);
      expect(v.incidents.map((i) => i.id).sort()).toEqual([...s.incidents].sort());
      for (const c of v.contradictions) expect(c.sides).toHaveLength(2);
    }
  });

  it('is deterministic and replays from its log', () => {
    expect(fuse(reports).listStories()).toEqual(f.listStories());
    const g = fromJSON(JSON.parse(JSON.stringify(f.toJSON())));
    expect(g.listStories()).toEqual(f.listStories());
    expect(g.allGroups()).toEqual(f.allGroups());
  });

  it('finds in-document contradictions only between claims of that document', () => {
    for (const r of reports) {
      const ids = new Set(r.extraction.claims.map((c) => c.id));
      for (const c of contradictionsInDocument(r.extraction)) {
        expect(ids.has(c.claims[0])).toBe(true);
        expect(ids.has(c.claims[1])).toBe(true);
        expect(c.claims[0]).not.toBe(c.claims[1]);
        expect(c.reason).toBeTruthy();
      }
    }
  });
});
