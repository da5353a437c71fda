// The claim-stage tests' way in: claims of a small text we write, with every span checked against the text.
import { expect } from 'vitest';
import { extractClaims } from '../../src/extract/claims.js';
import type { Claim, Entity } from '../../src/extract/contract.js';
import { analyse } from '../../src/extract/nlp.js';

const ctx = { id: 't', published: null, title: null };

/** The claims of `text`; every content, cue and speaker span lies inside the text and agrees with its text field. */
export function claimsOf(text: string, entities: Entity[] = []): Claim[] {
  const claims = extractClaims(analyse(text), entities, ctx);
  for (const c of claims) {
    for (const part of [c.content, c.cue]) {
      expect(part.span[0]).toBeGreaterThanOrEqual(0);
      expect(part.span[1]).toBeLessThanOrEqual(text.length);
      expect(text.slice(part.span[0], part.span[1])).toBe(part.text);
    }
    if (c.speaker.span) expect(text.slice(c.speaker.span[0], c.speaker.span[1])).toBe(c.speaker.text);
  }
  return claims;
}

/** The one claim of `text` (the test fails when there are none or several). */
export function only(text: string, entities: Entity[] = []): Claim {
  const claims = claimsOf(text, entities);
  expect(claims).toHaveLength(1);
  return claims[0]!;
}

/** The claim of `text` whose cue reads `cue`, if any. */
export function byCue(text: string, cue: string): Claim | undefined {
  return claimsOf(text).find((c) => c.cue.text === cue);
}
