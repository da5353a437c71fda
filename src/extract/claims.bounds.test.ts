import { describe, expect, it } from 'vitest';
import { claimsOf } from '../../test/helpers/claims.js';
import { MAX_SENTENCE_TOKENS } from './nlp.js';

describe('extractClaims: a text that never ends a sentence', () => {
  it('bounds each content by the pieces the analysis cuts the text into, so output grows with the text, not its square', () => {
    const chain = Array.from({ length: 600 }, () => 'the aide who said that').join(' ');
    const text = `The official who said that ${chain} the plan failed.`;
    const claims = claimsOf(text);
    // one claim a cue still: the bound cuts contents, not claims
    expect(claims.length).toBeGreaterThan(500);
    // a content runs at most to the end of its piece: MAX_SENTENCE_TOKENS tokens of about five characters each
    const longest = Math.max(...claims.map((c) => c.content.span[1] - c.content.span[0]));
    expect(longest).toBeLessThan(MAX_SENTENCE_TOKENS * 6);
    expect(longest).toBeLessThan(text.length / 4);
  });
});
