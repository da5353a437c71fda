import { describe, expect, it } from 'vitest';
import { build, type Spec } from '../../test/fuse/build.js';
import { benchFusion, synthesiseReports } from './bench.js';
import { createFusion, type FusionState, fromJSON } from './state.js';

/** Adds one hand-built report; the text is the spec's surfaces joined, enough for spans. */
function add(f: FusionState, id: string, published: string, text: string, spec: Spec, outlet = 'Desk') {
  return f.addDocument({ id, published, outlet, title: null }, build(id, text, published, spec));
}

const attack = (id: string, date: string | null, location: string | null, more: Record<string, unknown> = {}) => ({
  id,
  type: 'attack' as const,
  date,
  location,
  actors: [] as string[],
  evidence: 'attack',
  ...more,
});

describe('incidents', () => {
  it('keeps attacks on the same day in different towns apart, and joins an undated follow-up by its place', () => {
    const f = createFusion();
    const text = 'An attack in Garissa. An attack in Lamu.';
    add(f, 'd1', '2031-02-02', text, {
      entities: [
        { id: 'e1', name: 'Garissa', type: 'location' },
        { id: 'e2', name: 'Lamu', type: 'location' },
      ],
      events: [attack('ev1', '2031-02-01', 'e1'), attack('ev2', '2031-02-01', 'e2')],
    });
    expect(f.allIncidents()).toHaveLength(2);
    const s = add(f, 'd2', '2031-02-05', 'The attack in Lamu killed six.', {
      entities: [{ id: 'e1', name: 'Lamu', type: 'location' }],
      events: [attack('ev1', null, 'e1', { killed: { value: 6, qualifier: 'exact' } })],
    });
    expect(f.allIncidents()).toHaveLength(2);
    const lamu = f.allIncidents().find((i) => i.location?.name === 'Lamu');
    expect(lamu?.documents).toEqual(['d1', 'd2']);
    expect(lamu?.date).toBe('2031-02-01');
    expect(s.incidents).toEqual([lamu?.id]);
  });

  it('does not join the same town’s attacks months apart', () => {
    const f = createFusion();
    const spec: Spec = {
      entities: [{ id: 'e1', name: 'Lamu', type: 'location' }],
      events: [attack('ev1', '2031-02-01', 'e1')],
    };
    add(f, 'd1', '2031-02-02', 'An attack in Lamu.', spec);
    add(f, 'd2', '2031-06-02', 'An attack in Lamu.', {
      ...spec,
      events: [attack('ev1', '2031-06-01', 'e1')],
    });
    expect(f.allIncidents()).toHaveLength(2);
    expect(f.listStories()).toHaveLength(2);
  });

  it('flags conflicting attributions of responsibility between reports', () => {
    const f = createFusion();
    add(
      f,
      'd1',
      '2031-02-02',
      'An attack in Lamu by the Coast Front.',
      {
        entities: [
          { id: 'e1', name: 'Lamu', type: 'location' },
          { id: 'e2', name: 'Coast Front', type: 'armed_group' },
        ],
        events: [attack('ev1', '2031-02-01', 'e1', { actors: ['e2'] })],
      },
      'Wire One',
    );
    const s = add(
      f,
      'd2',
      '2031-02-03',
      'The Delta Brigade claimed the attack in Lamu.',
      {
        entities: [
          { id: 'e1', name: 'Lamu', type: 'location' },
          { id: 'e2', name: 'Delta Brigade', type: 'armed_group' },
        ],
        events: [
          attack('ev1', '2031-02-01', 'e1'),
          { id: 'ev2', type: 'responsibility_claim', date: null, location: null, actors: ['e2'], evidence: 'claimed' },
        ],
      },
      'Paper Two',
    );
    const c = f.allContradictions().find((x) => x.kind === 'responsibility');
    expect(c?.claims).toEqual(['d1:ev1', 'd2:ev2']);
    expect(c?.reason).toMatch(/Coast Front \(Wire One\) vs Delta Brigade \(Paper Two\)/);
    expect(s.contradictions).toContain(c?.id);
    expect(f.showStory(s.story ?? '').contradictions.map((x) => x.id)).toContain(c?.id);
  });

  it('treats a round-up of many incidents as several stories', () => {
    const f = createFusion();
    const towns = ['Garissa', 'Lamu', 'Wajir', 'Mandera', 'Kilifi', 'Malindi'];
    add(f, 'd1', '2031-02-02', towns.map((t) => `An attack in ${t}.`).join(' '), {
      entities: towns.map((t, i) => ({ id: `e${i}`, name: t, type: 'location' as const })),
      events: towns.map((_, i) => attack(`ev${i}`, '2031-02-01', `e${i}`)),
    });
    expect(f.allIncidents()).toHaveLength(6);
    expect(f.listStories().filter((s) => s.incidents.length > 0)).toHaveLength(6);
  });
});

describe('analysts’ actions and persistence', () => {
  it('logs merges and splits, and replays them', () => {
    const f = createFusion();
    add(f, 'd1', '2031-02-02', 'Abu Omar spoke.', { entities: [{ id: 'e1', name: 'Abu Omar', type: 'person' }] });
    add(f, 'd2', '2031-02-03', 'Omar the Tall spoke.', {
      entities: [{ id: 'e1', name: 'Omar the Tall', type: 'person' }],
    });
    const a = f.entities.memberCluster('d1', 'e1') ?? '';
    const b = f.entities.memberCluster('d2', 'e1') ?? '';
    expect(a).not.toBe(b);
    const rec = f.merge(a, b, 'analyst:jo', '2031-02-04T09:00:00Z');
    expect(f.audit).toEqual([rec]);
    const json = JSON.parse(JSON.stringify(f.toJSON()));
    expect(json.ops.map((o: { op: string }) => o.op)).toEqual(['add', 'add', 'merge']);
    const g = fromJSON(json);
    expect(g.entities.memberCluster('d1', 'e1')).toBe(g.entities.memberCluster('d2', 'e1'));
    expect(g.audit).toEqual(f.audit);
    const split = g.split(rec.result, [{ document: 'd2', entity: 'e1' }], 'analyst:kim');
    expect(g.entities.memberCluster('d2', 'e1')).toBe(split.result);
    expect(fromJSON(g.toJSON()).entities.memberCluster('d2', 'e1')).toBe(split.result);
  });

  it('answers not_found for unknown stories and incidents', () => {
    const f = createFusion();
    expect(() => f.showStory('S404')).toThrow(expect.objectContaining({ code: 'not_found' }));
    expect(() => f.incidentView('I404')).toThrow(expect.objectContaining({ code: 'not_found' }));
  });

  it('keeps no story for a report with nothing to fuse', () => {
    const f = createFusion();
    const s = add(f, 'd1', '2031-02-02', 'Nothing happened in Lamu.', {
      entities: [{ id: 'e1', name: 'Lamu', type: 'location' }],
    });
    expect(s.story).toBeNull();
    expect(f.listStories()).toEqual([]);
  });
});

describe('the synthetic benchmark corpus', () => {
  it('is deterministic and well formed', () => {
    const a = synthesiseReports(60);
    expect(a).toHaveLength(60);
    expect(synthesiseReports(60)).toEqual(a);
    for (const r of a) {
      for (const c of r.extraction.claims) expect(c.content.text.length).toBe(c.content.span[1] - c.content.span[0]);
    }
  });

  it('fuses into one story per synthetic attack, with warnings matched and contradictions found', () => {
    const b = benchFusion(300, { warmup: 30 });
    expect(b.reports).toBe(300);
    expect(b.stories).toBe(b.incidents);
    expect(b.matchedWarnings).toBe(b.warnings);
    expect(b.contradictions).toBeGreaterThan(0);
    expect(b.msPerReport).toBeGreaterThan(0);
  });
});

describe('contradictions need one subject', () => {
  it('does not set two attacks by one group in two towns against each other', () => {
    const f = createFusion();
    for (const [id, town, day] of [
      ['d1', 'Garissa', '2031-03-01'],
      ['d2', 'Lamu', '2031-03-03'],
    ] as const) {
      const text = `An attack in ${town}. Police said the Red Front carried out the attack in ${town}.`;
      add(f, id, day, text, {
        entities: [
          { id: 'e1', name: town, type: 'location' },
          { id: 'e2', name: 'Red Front', type: 'armed_group' },
        ],
        events: [attack('ev1', day, 'e1', { actors: ['e2'] })],
        claims: [
          { id: 'c1', speaker: 'Police', cue: 'said', content: `the Red Front carried out the attack in ${town}` },
        ],
      });
    }
    expect(f.allIncidents()).toHaveLength(2);
    expect(f.allContradictions()).toEqual([]);
  });

  it('still sets two destinations of one flight against each other', () => {
    const f = createFusion();
    const text =
      'Aides said the Red Front leader planned to flee to Chad. Others said the Red Front leader planned to flee to Mali.';
    add(f, 'd1', '2031-03-01', text, {
      entities: [
        { id: 'e1', name: 'Chad', type: 'country' },
        { id: 'e2', name: 'Mali', type: 'country' },
        { id: 'e3', name: 'Red Front', type: 'armed_group' },
      ],
      claims: [
        { id: 'c1', speaker: 'Aides', cue: 'said', content: 'the Red Front leader planned to flee to Chad' },
        { id: 'c2', speaker: 'Others', cue: 'said', content: 'the Red Front leader planned to flee to Mali' },
      ],
    });
    expect(f.allContradictions().map((c) => c.kind)).toEqual(['place']);
  });
});

describe('views after a split', () => {
  it('show an incident’s place as the entity its mention now belongs to', () => {
    const f = createFusion();
    add(f, 'd1', '2031-03-01', 'An attack in Georgia.', {
      entities: [{ id: 'e1', name: 'Georgia', type: 'other' }],
      events: [attack('ev1', '2031-02-28', 'e1')],
    });
    add(f, 'd2', '2031-05-01', 'A kidnapping attack in Georgia.', {
      entities: [{ id: 'e1', name: 'Georgia', type: 'other' }],
      events: [{ ...attack('ev1', '2031-04-30', 'e1'), type: 'kidnapping' }],
    });
    const georgia = f.entities.memberCluster('d1', 'e1') ?? '';
    expect(f.entities.memberCluster('d2', 'e1')).toBe(georgia);
    const rec = f.split(georgia, [{ document: 'd2', entity: 'e1' }], 'analyst:kim');
    const [first, second] = f.allIncidents();
    expect(first?.location?.id).toBe(georgia);
    expect(second?.location?.id).toBe(rec.result);
    expect(f.documentStory('d2')).toBe(f.storyOf(second?.id ?? ''));
    expect(f.documentStory('nope')).toBeNull();
  });
});

describe('stories after an analyst’s merge', () => {
  it('joins the stories two names of one group held apart', () => {
    const f = createFusion();
    for (const [id, town, group, day] of [
      ['d1', 'Garissa', 'Red Front', '2031-03-01'],
      ['d2', 'Lamu', 'Frente Rojo', '2031-03-09'],
      ['d3', 'Wajir', 'Blue Brigade', '2031-03-10'],
    ] as const) {
      add(f, id, day, `An attack in ${town} by the ${group}.`, {
        entities: [
          { id: 'e1', name: town, type: 'location' },
          { id: 'e2', name: group, type: 'armed_group' },
        ],
        events: [attack('ev1', day, 'e1', { actors: ['e2'] })],
      });
    }
    expect(f.listStories()).toHaveLength(3);
    const red = f.entities.memberCluster('d1', 'e2') ?? '';
    const rojo = f.entities.memberCluster('d2', 'e2') ?? '';
    f.merge(red, rojo, 'analyst:jo');
    const stories = f.listStories().map((s) => [...s.documents].sort().join(' '));
    expect(stories.sort()).toEqual(['d1 d2', 'd3']);
    expect(f.documentStory('d1')).toBe(f.documentStory('d2'));
    // and the replayed log reaches the same stories
    expect(fromJSON(f.toJSON()).listStories()).toEqual(f.listStories());
  });
});

describe('re-grouping after an analyst’s merge or split', () => {
  /** every event and every claim in exactly one incident / group */
  function placedOnce(f: FusionState, events: string[], claims: string[]) {
    const inc = f.allIncidents().flatMap((i) => i.mentions.map((m) => `${m.document}:${m.event}`));
    expect(inc.sort()).toEqual([...events].sort());
    const grouped = f.allGroups().flatMap((g) => g.claims);
    expect(grouped.sort()).toEqual([...claims].sort());
  }

  function twoNames() {
    const f = createFusion();
    for (const [id, group, speaker, killed] of [
      ['d1', 'Red Front', 'Police', 4],
      ['d2', 'Frente Rojo', 'Soldiers', 6],
    ] as const) {
      add(f, id, '2031-03-02', `An attack by the ${group}. ${speaker} said the ${group} carried out the attack.`, {
        entities: [{ id: 'e1', name: group, type: 'armed_group' }],
        events: [attack('ev1', '2031-03-01', null, { actors: ['e1'], killed: { value: killed, qualifier: 'exact' } })],
        claims: [{ id: 'c1', speaker, cue: 'said', content: `the ${group} carried out the attack` }],
      });
    }
    return f;
  }

  it('joins the incidents and claim groups two names of one group kept apart, and their stories', () => {
    const f = twoNames();
    expect(f.allIncidents()).toHaveLength(2);
    expect(f.allGroups()).toHaveLength(2);
    const [i1, i2] = f.allIncidents().map((i) => i.id);
    const red = f.entities.memberCluster('d1', 'e1') ?? '';
    const rojo = f.entities.memberCluster('d2', 'e1') ?? '';
    f.merge(red, rojo, 'analyst:jo');
    const incidents = f.allIncidents();
    expect(incidents).toHaveLength(1);
    expect(incidents[0]?.id).toBe(i1);
    expect(incidents[0]?.documents).toEqual(['d1', 'd2']);
    // both tolls, each with its own report, now on one timeline: 4 then 6 the same day conflict
    const killed = incidents[0]?.timelines.find((t) => t.measure === 'killed');
    expect(killed?.figures.map((x) => [x.value, x.source.document])).toEqual([
      [4, 'd1'],
      [6, 'd2'],
    ]);
    // the statement both make is one proposition with two independent sources
    const groups = f.allGroups();
    expect(groups).toHaveLength(1);
    expect(groups[0]?.independent_sources).toBe(2);
    placedOnce(f, ['d1:ev1', 'd2:ev1'], ['d1:c1', 'd2:c1']);
    // one story, and the folded incident's id still finds it
    expect(f.listStories()).toHaveLength(1);
    expect(f.storyOf(i2 ?? '')).toBe(f.documentStory('d1'));
    expect(f.showStory(f.documentStory('d2') ?? '').incidents.map((i) => i.id)).toEqual([i1]);
    // replaying the log gives the same
    const g = fromJSON(f.toJSON());
    expect(g.allIncidents()).toEqual(f.allIncidents());
    expect(g.allGroups()).toEqual(f.allGroups());
  });

  it('splits an incident and a claim group that one ambiguous name had joined', () => {
    const f = createFusion();
    for (const [id, killed] of [
      ['d1', 3],
      ['d2', 5],
    ] as const) {
      add(f, id, '2031-04-02', 'An attack in Georgia. Officials said Georgia was attacked.', {
        entities: [{ id: 'e1', name: 'Georgia', type: 'other' }],
        events: [attack('ev1', '2031-04-01', 'e1', { killed: { value: killed, qualifier: 'exact' } })],
        claims: [{ id: 'c1', speaker: 'Officials', cue: 'said', content: 'Georgia was attacked' }],
      });
    }
    expect(f.allIncidents()).toHaveLength(1);
    expect(f.allGroups()).toHaveLength(1);
    const georgia = f.entities.memberCluster('d1', 'e1') ?? '';
    const rec = f.split(georgia, [{ document: 'd2', entity: 'e1' }], 'analyst:kim');
    const incidents = f.allIncidents();
    expect(incidents).toHaveLength(2);
    const of = (doc: string) => incidents.find((i) => i.documents.includes(doc));
    expect(of('d1')?.location?.id).toBe(georgia);
    expect(of('d2')?.location?.id).toBe(rec.result);
    expect(of('d1')?.documents).toEqual(['d1']);
    // each toll went with its own report's incident
    expect(of('d2')?.figures.map((x) => x.value)).toEqual([5]);
    expect(of('d1')?.figures.map((x) => x.value)).toEqual([3]);
    expect(f.allGroups().map((g) => g.claims)).toEqual([['d1:c1'], ['d2:c1']]);
    placedOnce(f, ['d1:ev1', 'd2:ev1'], ['d1:c1', 'd2:c1']);
    // nothing else tied the two reports: the story is cut in two, each report with its items
    expect(
      f
        .listStories()
        .map((x) => x.documents.join(' '))
        .sort(),
    ).toEqual(['d1', 'd2']);
    expect(f.documentStory('d2')).toBe(f.storyOf(of('d2')?.id ?? ''));
    expect(f.documentStory('d1')).toBe(f.storyOf(of('d1')?.id ?? ''));
    expect(f.documentStory('d1')).not.toBe(f.documentStory('d2'));
    // a merge undoes it
    f.merge(georgia, rec.result, 'analyst:jo');
    expect(f.allIncidents()).toHaveLength(1);
    expect(f.listStories()).toHaveLength(1);
    expect(f.allGroups()).toHaveLength(1);
    placedOnce(f, ['d1:ev1', 'd2:ev1'], ['d1:c1', 'd2:c1']);
    expect(fromJSON(f.toJSON()).allIncidents()).toEqual(f.allIncidents());
  });
});
