/**
 * Fusion over the fusion test corpus (test/fixtures/fuse-corpus), from
 * hand-built extractions of its reports: aliases across reports, wire copy,
 * rising and conflicting tolls, exclusive claims, a denial, a warning that came
 * true and one that did not; then the same state persisted and replayed.
 */
import { describe, expect, it } from 'vitest';
import { createFusion, type FusionState, fromJSON, type StoryView, storyDetail } from '../../src/fuse/index.js';
import { build } from './build.js';
import { corpusExtractions } from './specs.js';

function fuse(order: (xs: ReturnType<typeof corpusExtractions>) => ReturnType<typeof corpusExtractions> = (x) => x) {
  const f = createFusion();
  for (const c of order(corpusExtractions())) f.addDocument(c.meta, c.extraction);
  return f;
}

function storyWith(f: FusionState, doc: string): StoryView {
  const s = f.listStories().find((x) => x.documents.includes(doc));
  if (!s) throw new Error(`no story holds ${doc}`);
  return f.showStory(s.id);
}

/** The partition of documents into stories, independent of ids. */
const partition = (f: FusionState) =>
  f
    .listStories()
    .map((s) => [...s.documents].sort().join(' '))
    .sort();

describe('fusion over the test corpus', () => {
  const f = fuse();

  it('tells three stories apart and keeps the unheeded warning on its own', () => {
    expect(partition(f)).toEqual([
      'a1-market-bombing-wire a2-market-bombing-harbor a3-market-toll-valley a4-market-bombing-gazette',
      'b1-theatre-siege-state-media b2-theatre-siege-independent b3-theatre-siege-arrests',
      'c1-hotel-warning c2-hotel-attack',
      'c3-mall-warning',
    ]);
  });

  it('resolves ISKP, ISIS-K, Islamic State Khorasan Province and the descriptive name to one group', () => {
    const s = storyWith(f, 'a1-market-bombing-wire');
    const groups = s.entities.filter((e) => e.type === 'armed_group');
    expect(groups).toHaveLength(1);
    const g = f.entity(groups[0]?.id ?? '');
    const names = [g?.name, ...(g?.aliases ?? [])];
    for (const n of [
      'Islamic State Khorasan Province',
      'ISKP',
      'ISIS-K',
      "the Islamic State's Afghanistan-based branch",
    ])
      expect(names).toContain(n);
    // every report's mention is kept under the one entity
    expect(new Set(g?.mentions.map((m) => m.document))).toEqual(
      new Set([
        'a1-market-bombing-wire',
        'a2-market-bombing-harbor',
        'a3-market-toll-valley',
        'a4-market-bombing-gazette',
      ]),
    );
  });

  it('joins a bare surname to the full name of the same person', () => {
    const verin = f.entities.memberCluster('b1-theatre-siege-state-media', 'e3');
    expect(verin).not.toBeNull();
    expect(f.entities.memberCluster('b1-theatre-siege-state-media', 'e4')).toBe(verin);
    expect(f.entity(verin ?? '')?.name).toBe('Anatoly Verin');
    const atieno = f.entities.memberCluster('c2-hotel-attack', 'e4');
    expect(f.entities.memberCluster('c2-hotel-attack', 'e5')).toBe(atieno);
    expect(atieno).not.toBe(verin);
  });

  it('makes one incident of four reports of the market bombing, with every mention', () => {
    const s = storyWith(f, 'a1-market-bombing-wire');
    expect(s.incidents).toHaveLength(1);
    const inc = s.incidents[0];
    expect(inc?.type).toBe('attack');
    expect(inc?.date).toBe('2031-03-02');
    expect(inc?.location?.name).toBe('Jalalabad');
    expect(inc?.documents).toHaveLength(4);
    expect(inc?.mentions).toHaveLength(4);
  });

  it('keeps the toll timeline: each figure with source and day, latest and range, no conflict for a rising toll', () => {
    const inc = storyWith(f, 'a1-market-bombing-wire').incidents[0];
    const killed = inc?.timelines.find((t) => t.measure === 'killed');
    expect(killed?.figures.map((x) => [x.value, x.qualifier, x.source.outlet, x.reported])).toEqual([
      [14, 'at_least', 'Meridian Wire', '2031-03-03'],
      [14, 'at_least', 'Harbor Times', '2031-03-03'],
      [14, 'at_least', 'Northern Gazette', '2031-03-04'],
      [21, 'exact', 'Valley Courier', '2031-03-04'],
    ]);
    expect(killed?.latest.value).toBe(21);
    expect(killed?.range).toEqual({ min: 14, max: 21 });
    expect(killed?.conflicting).toBe(false);
  });

  it('flags 40 dead against 143 dead reported the same day, naming both outlets', () => {
    const inc = storyWith(f, 'b1-theatre-siege-state-media').incidents[0];
    const killed = inc?.timelines.find((t) => t.measure === 'killed');
    expect(killed?.conflicting).toBe(true);
    expect(killed?.conflicts[0]?.reason).toMatch(/40.*State Courier.*143.*Velgorod Echo/);
  });

  it('keeps arrested and detained figures on their own incidents, with source and day', () => {
    const b = storyWith(f, 'b3-theatre-siege-arrests');
    expect(b.documents).toContain('b1-theatre-siege-state-media');
    const timeline = (type: string, measure: string) =>
      b.incidents.find((i) => i.type === type)?.timelines.find((t) => t.measure === measure);
    const arrested = timeline('arrest', 'arrested');
    expect(arrested?.figures.map((x) => [x.value, x.qualifier, x.source.outlet, x.reported])).toEqual([
      [14, 'exact', 'Steppe Monitor', '2031-04-14'],
    ]);
    expect(arrested?.latest.value).toBe(14);
    expect(timeline('detention', 'detained')?.latest).toMatchObject({ value: 30, qualifier: 'at_least' });
    // the attack the report mentions is the theatre attack, which keeps its death tolls and no arrests
    const attack = b.incidents.find((i) => i.type === 'attack');
    expect(attack?.documents).toContain('b3-theatre-siege-arrests');
    expect(attack?.timelines.map((t) => t.measure)).toEqual(['killed']);
  });

  it('counts the wire once however many outlets repeat it', () => {
    const s = storyWith(f, 'a1-market-bombing-wire');
    const wire = s.claim_groups.find((g) => g.claims.includes('a1-market-bombing-wire:c1'));
    expect(wire?.claims.sort()).toEqual([
      'a1-market-bombing-wire:c1',
      'a2-market-bombing-harbor:c1',
      'a4-market-bombing-gazette:c1',
    ]);
    expect(wire?.independent_sources).toBe(1);
    // an anonymous spokesman's words reprinted elsewhere are not a second source either
    const spokesman = s.claim_groups.find((g) => g.claims.includes('a1-market-bombing-wire:c2'));
    expect(spokesman?.claims).toHaveLength(2);
    expect(spokesman?.independent_sources).toBe(1);
  });

  it('finds the exclusive destinations, the conflicting responsibility and the denial, each with both sides', () => {
    const b = storyWith(f, 'b1-theatre-siege-state-media');
    const place = b.contradictions.find((c) => c.kind === 'place');
    expect(place?.rule).toBe('exclusive-values:destination');
    expect(place?.reason).toMatch(/Ukraine \(President Anatoly Verin\) vs Belarus \(A senior border official\)/);
    expect(place?.sides.map((x) => x.source.outlet).sort()).toEqual(['State Courier', 'Velgorod Echo']);
    // two days later, in another outlet: a denial of the involvement the president's words imply
    const involvement = b.contradictions.filter((c) => c.rule === 'denial-vs-assertion:involvement');
    expect(involvement.map((c) => [...c.claims].sort())).toEqual([
      ['b1-theatre-siege-state-media:c1', 'b3-theatre-siege-arrests:c1'],
    ]);
    expect(involvement[0]?.kind).toBe('denial');
    expect(involvement[0]?.reason).toMatch(
      /^The foreign ministry in Kyiv denies the involvement of Ukraine that President Anatoly Verin implies/,
    );
    expect(involvement[0]?.sides.map((x) => x.source.outlet).sort()).toEqual(['State Courier', 'Steppe Monitor']);
    expect(b.contradictions.map((c) => c.rule).sort()).toEqual([
      'denial-vs-assertion:involvement',
      'exclusive-values:destination',
      'responsibility-conflict',
    ]);
    const resp = b.contradictions.find((c) => c.kind === 'responsibility');
    expect(resp?.reason).toMatch(/Night Hawks brigade.*Steppe Front|Steppe Front.*Night Hawks brigade/);

    const c = storyWith(f, 'c2-hotel-attack');
    const denial = c.contradictions.find((x) => x.kind === 'denial');
    expect(denial?.claims.sort()).toEqual(['c2-hotel-attack:c1', 'c2-hotel-attack:c2']);
    expect(denial?.reason).toMatch(/^The Lake Shield Movement denies/);
    // nothing contradicts across unrelated stories
    const all = f.allContradictions();
    for (const x of all) expect(new Set(x.sides.map((s) => s.source.document.slice(0, 1))).size).toBe(1);
  });

  it('matches the hotel warning to the attack 19 days later and leaves the mall warning unmatched', () => {
    const c = storyWith(f, 'c1-hotel-warning');
    const w = c.warnings.find((x) => x.id === 'c1-hotel-warning:w1');
    expect(w?.issuer?.name).toBe('Uganda Police Force');
    expect(w?.matches).toHaveLength(1);
    const m = w?.matches[0];
    expect(m?.incident).toBe(c.incidents[0]?.id);
    expect(m?.lead_time_days).toBe(19);
    expect(m?.specific).toEqual(['actor', 'place', 'target']);
    expect(m?.missing).toEqual(['time']);
    const mall = storyWith(f, 'c3-mall-warning');
    expect(mall.incidents).toEqual([]);
    expect(mall.warnings[0]?.matches).toEqual([]);
  });

  it('titles a story after its main incident', () => {
    expect(storyWith(f, 'a3-market-toll-valley').title).toMatch(/^Bombing in Jalalabad, 2031-03-02/);
    expect(storyWith(f, 'c3-mall-warning').title).toMatch(/^Warning: /);
  });

  it('ignores a report added twice', () => {
    const g = fuse();
    const [first] = corpusExtractions();
    if (!first) throw new Error('empty corpus');
    expect(g.addDocument(first.meta, first.extraction).added).toBe(false);
    expect(partition(g)).toEqual(partition(f));
  });

  it('finds the same stories when the reports arrive in reverse order', () => {
    const r = fuse((xs) => [...xs].reverse());
    expect(partition(r)).toEqual(partition(f));
    const w = r.allWarnings().find((x) => x.id === 'c1-hotel-warning:w1');
    expect(w?.matches.map((m) => m.lead_time_days)).toEqual([19]);
  });

  it('persists as an operation log and replays to the same views', () => {
    const json = JSON.parse(JSON.stringify(f.toJSON()));
    const g = fromJSON(json);
    expect(g.listStories()).toEqual(f.listStories());
    for (const s of f.listStories()) expect(g.showStory(s.id)).toEqual(f.showStory(s.id));
    expect(() => fromJSON({ schema: 'nope' } as never)).toThrow(/forewarn-fusion/);
  });

  // the deliver list, item by item, where the tests above do not already say it
  describe('the rest of the deliver list', () => {
    it('0: keeps a report without a date and marks it undated', () => {
      const g = fuse();
      const text = 'Mourners gathered in Jalalabad for the victims of the market bombing claimed by ISKP.';
      g.addDocument(
        { id: 'z-undated-vigil', published: null, outlet: 'Hill Post', title: null },
        build('z-undated-vigil', text, null, {
          entities: [
            { id: 'e1', name: 'Jalalabad', type: 'location' },
            { id: 'e2', name: 'ISKP', type: 'armed_group' },
          ],
          events: [
            { id: 'ev1', type: 'attack', date: null, location: 'e1', actors: ['e2'], evidence: 'the market bombing' },
          ],
        }),
      );
      const story = g.documentStory('z-undated-vigil');
      expect(story).not.toBeNull();
      const detail = storyDetail(g, story ?? '');
      expect(detail.reports.find((r) => r.id === 'z-undated-vigil')).toMatchObject({ published: null, undated: true });
      // with no day to compare, it does not join the dated market story, and is not lost either
      expect(detail.incidents.flatMap((i) => i.mentions)).toEqual([{ document: 'z-undated-vigil', event: 'ev1' }]);
      expect(storyWith(g, 'a1-market-bombing-wire').documents).toHaveLength(4);
    });

    it('1: one person for "Putin" and "Vladimir Putin"; Moscow the city apart from Moscow the government', () => {
      const g = createFusion();
      const reports = [
        ['p1', 'Vladimir Putin visited Moscow, where an attack killed two.', 'Vladimir Putin', 'location'],
        ['p2', 'Putin said Moscow had warned its neighbours.', 'Putin', 'organization'],
        ['p3', 'Police in Moscow said Putin was briefed.', 'Putin', 'location'],
      ] as const;
      for (const [id, text, person, moscow] of reports)
        g.addDocument(
          { id, published: '2031-07-01', outlet: 'Desk', title: null },
          build(id, text, '2031-07-01', {
            entities: [
              { id: 'e1', name: person, type: 'person' },
              { id: 'e2', name: 'Moscow', type: moscow },
            ],
          }),
        );
      const person = (d: string) => g.entities.memberCluster(d, 'e1');
      expect(person('p2')).toBe(person('p1'));
      expect(person('p3')).toBe(person('p1'));
      const moscow = (d: string) => g.entities.memberCluster(d, 'e2');
      expect(moscow('p3')).toBe(moscow('p1'));
      expect(moscow('p2')).not.toBe(moscow('p1'));
      expect(g.entity(moscow('p2') ?? '')?.type).toBe('organization');
    });

    it('3: keeps the injured figure too, with its source and qualifier', () => {
      const inc = storyWith(f, 'a1-market-bombing-wire').incidents[0];
      const injured = inc?.timelines.find((t) => t.measure === 'injured');
      expect(injured?.figures.map((x) => [x.value, x.qualifier, x.source.outlet, x.reported])).toEqual([
        [30, 'exact', 'Meridian Wire', '2031-03-03'],
      ]);
    });

    it('4: counts two anonymous officials quoted in one article as one source', () => {
      const s = storyWith(f, 'a3-market-toll-valley');
      const sourceOf = (claim: string) => s.claim_groups.find((g) => g.claims.includes(claim))?.sources;
      expect(sourceOf('a3-market-toll-valley:c2')).toEqual(['anonymous:a3-market-toll-valley']);
      expect(sourceOf('a3-market-toll-valley:c3')).toEqual(['anonymous:a3-market-toll-valley']);
    });
  });
});
