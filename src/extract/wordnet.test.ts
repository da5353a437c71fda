import { describe, expect, it } from 'vitest';
import { nounClasses, verbClasses } from './wordnet.js';

describe('WordNet word classes', () => {
  it('gives a verb the classes of its most frequent senses, first sense first', () => {
    expect(verbClasses('denounce')[0]).toBe('communication');
    expect(verbClasses('fear')).toContain('emotion');
    expect(verbClasses('believe')[0]).toBe('cognition');
    // a verb of motion is not a verb of speaking, though one of its rarer senses may be
    expect(verbClasses('walk')[0]).toBe('motion');
  });

  it('gives nouns their classes: people and groups apart from acts and artefacts', () => {
    expect(nounClasses('aide')).toContain('person');
    expect(nounClasses('committee')).toContain('group');
    expect(nounClasses('move')).not.toContain('person');
    expect(nounClasses('Senator')).toContain('person');
  });

  it('reads multi-word entries with spaces and knows nothing of words WordNet lacks', () => {
    expect(verbClasses('speak up')).toContain('communication');
    expect(verbClasses('retweetify')).toEqual([]);
    expect(nounClasses('')).toEqual([]);
  });
});
