import { describe, expect, it } from 'vitest';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { analyse, MAX_SENTENCE_TOKENS } from './nlp.js';

// wink read directly, token by token: what analyse's cached word forms must agree with
const wink = winkNLP(model, ['sbd', 'pos']);
function winkTokens(text: string): { text: string; pos: string; lemma: string }[] {
  const tokens = wink.readDoc(text).tokens();
  const values = tokens.out(wink.its.value) as string[];
  const tags = tokens.out(wink.its.pos) as string[];
  // biome-ignore lint/suspicious/noExplicitAny: wink's typings do not admit its.lemma on a token collection
  const lemmas = tokens.out(wink.its.lemma as any) as string[];
  return values
    .map((v, i) => ({ text: v, pos: tags[i]!, lemma: lemmas[i]!.toLowerCase() }))
    .filter((t) => !/^\s+$/.test(t.text));
}

describe('analyse', () => {
  const texts = [
    'They attack at dawn. The attack failed, and the attacks stopped.',
    "It's over, she said; we can't stay and they won't go. The Minister's car wasn't there.",
    'Rebels Attack Convoy Near Qzarbel\nOfficials said 35 people were hurt on 3 March.',
    'The convoy\u00a0stopped. Rebels in Qzarbel said they would attack again.',
  ];

  it('gives every token the text, tag and lemma wink gives it, whatever was read before', () => {
    // twice over: the second pass reads every word form from the cache the first one filled
    for (let round = 0; round < 2; round++) {
      for (const text of texts) {
        const a = analyse(text);
        expect(a.tokens.map((t) => ({ text: t.text, pos: t.pos, lemma: t.lemma }))).toEqual(winkTokens(text));
        for (const t of a.tokens) {
          expect(text.slice(t.start, t.end)).toBe(t.text);
          expect(t.lower).toBe(t.text.toLowerCase());
        }
      }
    }
  });

  it('cuts sentences at wink breaks and at line breaks', () => {
    const a = analyse(texts[2]!);
    expect(a.sentences.map((s) => s.text)).toEqual([
      'Rebels Attack Convoy Near Qzarbel',
      'Officials said 35 people were hurt on 3 March.',
    ]);
    expect(
      a.tokens.every((t) => a.sentences[t.sentence]!.tokenStart <= t.i && t.i < a.sentences[t.sentence]!.tokenEnd),
    ).toBe(true);
  });

  it('cuts a text that never ends a sentence into pieces of at most MAX_SENTENCE_TOKENS, at punctuation', () => {
    const text = Array.from({ length: 900 }, (_, i) => `clause ${i},`).join(' ');
    const a = analyse(text);
    expect(a.sentences.length).toBeGreaterThanOrEqual(5);
    for (const s of a.sentences) {
      expect(s.tokenEnd - s.tokenStart).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS);
      // each piece but the last ends on the comma closing a clause
      if (s.tokenEnd < a.tokens.length) expect(a.tokens[s.tokenEnd - 1]!.text).toBe(',');
    }
    // a long natural sentence is left whole
    const long = `The council said ${Array.from({ length: 60 }, (_, i) => `item ${i}`).join(', ')} would be sold.`;
    expect(analyse(long).sentences).toHaveLength(1);
  });

  it('keeps every offset when the text holds characters wink drops (byte-order mark, odd spaces, line separators)', () => {
    for (const odd of ['\uFEFF', '\u000B', '\u000C', '\u1680', '\u2000', '\u2007', '\u3000', '\u2028', '\u2029']) {
      const text = `${odd}The minister said${odd} the convoy was stopped.${odd}Rebels in Qzarbel denied it.`;
      const a = analyse(text);
      expect(a.tokens.map((t) => t.text)).toContain('Qzarbel');
      for (const t of a.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    }
  });

  it('breaks a sentence at a line or paragraph separator as at a line break', () => {
    const a = analyse('Rebels Attack Convoy Near Qzarbel\u2029Officials said 35 people were hurt.');
    expect(a.sentences.map((s) => s.text)).toEqual([
      'Rebels Attack Convoy Near Qzarbel',
      'Officials said 35 people were hurt.',
    ]);
  });
});
