import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../claims.js';
import type { Entity } from '../contract.js';
import { extractEntities } from '../entities.js';
import { analyse } from '../nlp.js';
import { type CueContext, type CueModel, cueFeatures, isCueCandidate } from './cue-model.js';

const ctx = { id: 't', published: null, title: null };

function contextOf(
  text: string,
  types: Record<string, Entity['type']> = {},
): { c: CueContext; k: (w: string) => number } {
  const a = analyse(text);
  const c: CueContext = {
    tokens: a.tokens,
    segStart: 0,
    segEnd: a.tokens.length,
    inQuote: false,
    segmentHasClaim: false,
    entityTypeAt: (offset) => {
      const t = a.tokens.find((x) => x.start <= offset && offset < x.end);
      return t ? types[t.text] : undefined;
    },
  };
  return { c, k: (w) => a.tokens.findIndex((t) => t.text === w) };
}

/** A model that knows one feature: enough to decide a test sentence either way. */
function oneFeature(feature: string, weight: number): CueModel {
  return { bias: -4, threshold: 0.5, features: [feature], weights: [weight] };
}

describe('cue model: features', () => {
  it('sees the lemma, a named subject, a that-clause and the tense', () => {
    const { c, k } = contextOf('Porter scolded that the budget was late.', { Porter: 'person' });
    const f = cueFeatures(c, k('scolded'));
    expect(f).toEqual(
      expect.arrayContaining(['l=scold', 'subj=person', 'follow=that', 'tense=past', 'l|follow=scold|that']),
    );
    expect(f).not.toContain('neg');
  });

  it('sees negation and modals through the auxiliaries, a pronoun subject and an infinitive', () => {
    const { c, k } = contextOf('She would not hesitate to cut the levy.');
    const f = cueFeatures(c, k('hesitate'));
    expect(f).toEqual(expect.arrayContaining(['subj=pronoun', 'follow=to-inf', 'neg', 'tense=modal']));
  });

  it('sees a role noun subject and a noun object', () => {
    const { c, k } = contextOf('The minister blasted the new tariff plan.');
    const f = cueFeatures(c, k('blasted'));
    expect(f).toEqual(expect.arrayContaining(['subj=role', 'follow=np']));
  });

  it("sees the verb's WordNet class beside its lemma, and what a plain-noun subject names", () => {
    const { c, k } = contextOf('The neighbours grumbled that the road was shut.');
    const f = cueFeatures(c, k('grumbled'));
    expect(f).toEqual(
      expect.arrayContaining(['wn=communication', 'wn|follow=communication|that', 'subj=noun', 'subjn=person']),
    );
    const moved = contextOf('The neighbours strolled to the shut road.');
    expect(cueFeatures(moved.c, moved.k('strolled'))).toContain('wn=motion');
  });

  it('takes verbs as candidates, not auxiliaries or punctuation', () => {
    const a = analyse('He has praised the plan.');
    expect(a.tokens.filter(isCueCandidate).map((t) => t.text)).toEqual(['praised']);
  });
});

describe('cue model: claims', () => {
  const text = 'Mayor Ann Porter scolded that the bus budget was late again.';
  const a = analyse(text);
  const entities = extractEntities(a, ctx);

  it('makes a claim of a verb no rule knows when the model is confident', () => {
    const claims = extractClaims(a, entities, ctx, { model: oneFeature('l|follow=scold|that', 8) });
    expect(claims).toHaveLength(1);
    const claim = claims[0]!;
    expect(claim.cue.text).toBe('scolded');
    expect(claim.speaker.text).toBe('Mayor Ann Porter');
    expect(claim.content.text).toBe('the bus budget was late again');
    expect(claim.explanation?.rule).toBe('learnt-cue');
    expect(claim.explanation?.detail).toMatch(/p=0\.98, top features l\|follow=scold\|that \+8\.00/);
  });

  it('leaves the verb alone when the probability is low', () => {
    expect(extractClaims(a, entities, ctx, { model: oneFeature('l|follow=scold|that', 2) })).toEqual([]);
    expect(extractClaims(a, entities, ctx, { model: oneFeature('l=scold', -3) })).toEqual([]);
  });

  it('leaves the claims the rules make to the veto model alone', () => {
    const said = 'Mayor Ann Porter said that the bus budget was late.';
    const b = analyse(said);
    const claims = extractClaims(b, extractEntities(b, ctx), ctx, { model: oneFeature('l=say', -20) });
    expect(claims.map((c) => c.explanation?.rule)).toEqual(['verb-cue']);
  });

  it('drops a rule claim the veto model finds unlikely, keeps a likely one', () => {
    const b = analyse('Mayor Ann Porter praised that the bus budget was late.');
    const e = extractEntities(b, ctx);
    const veto = (weight: number) => ({
      ...oneFeature('l|spk=praise|person', weight),
      veto: oneFeature('rule=verb-cue', weight),
    });
    expect(extractClaims(b, e, ctx).map((c) => c.explanation?.rule)).toEqual(['verb-cue']);
    expect(extractClaims(b, e, ctx, { model: veto(2) })).toEqual([]);
    expect(extractClaims(b, e, ctx, { model: veto(8) })).toHaveLength(1);
  });

  it('never vetoes the owner of a shared speaker', () => {
    const b = analyse('Mayor Ann Porter praised the plan and said that the budget was late.');
    const e = extractEntities(b, ctx);
    const before = extractClaims(b, e, ctx, { model: { ...oneFeature('x', 0), veto: null } });
    const after = extractClaims(b, e, ctx, { model: { ...oneFeature('x', 0), veto: oneFeature('x', 0) } });
    const owner = (cs: typeof before) => cs.filter((c) => c.cue.text === 'praised').length;
    expect(owner(after)).toBe(owner(before));
  });

  it('shows every candidate with a claim to make to the training script', () => {
    const seen: string[] = [];
    extractClaims(a, entities, ctx, {
      model: oneFeature('l=scold', 0),
      onCandidate: (k, features) => seen.push(`${a.tokens[k]!.text} ${features.includes('spk=person')}`),
    });
    expect(seen).toEqual(['scolded true']);
  });
});

describe('cue model: the shipped file', () => {
  const model = JSON.parse(readFileSync(new URL('./cue-model.json', import.meta.url), 'utf8')) as CueModel & {
    trained: string;
  };

  it('holds figures and short feature names, no text', () => {
    expect(model.features.length).toBe(model.weights.length);
    expect(model.threshold).toBeGreaterThan(0);
    for (const f of model.features) {
      expect(f.length).toBeLessThanOrEqual(48);
      expect(f).not.toMatch(/\s/);
      // a feature names at most two words of the data (a lemma pair), the rest are our own labels
      const [name, value] = f.split('=');
      expect(name).toMatch(/^[a-z0-9|-]+$/);
      expect((value ?? '').split('|').length).toBeLessThanOrEqual(2);
    }
    expect(JSON.stringify(model).length).toBeLessThan(100_000);
  });

  it('takes a rare verb of speaking by its WordNet class, not a verb of motion in the same shape', () => {
    // too rare in training for features of its own: only its class speaks for it
    expect(model.features.filter((f) => /^l(\|[a-z]+)?=grumble\b/.test(f))).toEqual([]);
    const said = analyse('Councillor Mary Hale grumbled that the new parking levy was unfair.');
    const claims = extractClaims(said, extractEntities(said, ctx), ctx);
    expect(claims).toHaveLength(1);
    expect(claims[0]!.cue.text).toBe('grumbled');
    expect(claims[0]!.speaker.text).toBe('Councillor Mary Hale');
    expect(claims[0]!.content.text).toBe('the new parking levy was unfair');
    expect(claims[0]!.explanation?.rule).toBe('learnt-cue');
    const walked = analyse('Councillor Mary Hale strolled that the new parking levy was unfair.');
    expect(extractClaims(walked, extractEntities(walked, ctx), ctx)).toEqual([]);
  });
});
