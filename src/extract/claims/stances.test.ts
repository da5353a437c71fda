import { describe, expect, it } from 'vitest';
import { byCue, claimsOf } from '../../../test/helpers/claims.js';
import type { Claim } from '../contract.js';
import { stanceAt } from './stances.js';

function stances(text: string): Claim[] {
  return claimsOf(text).filter((c) => c.explanation?.detail?.includes('and its preposition'));
}

describe('extractClaims: stances cued by a word and its preposition', () => {
  it('a stance verb: its subject holds the stance, its prepositional object is the content', () => {
    const c = byCue('The fishermen have railed against the new mooring fees for months.', 'railed against');
    expect(c?.speaker.text).toBe('The fishermen');
    expect(c?.content.text).toBe('the new mooring fees for months');
    expect(c?.explanation?.rule).toBe('stance');
  });

  it('a progressive, an infinitive after a control verb and a gerund after an aspect verb keep the subject', () => {
    expect(byCue('Councillor Okafor is railing against the ferry timetable.', 'railing against')?.speaker.text).toBe(
      'Councillor Okafor',
    );
    const inf = byCue('Councillor Okafor was eager to vouch for the new skipper.', 'vouch for');
    expect(inf?.speaker.text).toBe('Councillor Okafor');
    expect(inf?.content.text).toBe('the new skipper');
    expect(byCue('Councillor Okafor started talking about the ferry timetable.', 'talking about')?.speaker.text).toBe(
      'Councillor Okafor',
    );
  });

  it('a phrasal verb keeps its particle; a participle after a comma speaks for the sentence subject', () => {
    const out = byCue('Senator Ruiz spoke out against the dredging plan.', 'spoke out against');
    expect(out?.speaker.text).toBe('Senator Ruiz');
    expect(out?.content.text).toBe('the dredging plan');
    const participle = byCue(
      'Senator Ruiz toured the docks, protesting against the dredging plan.',
      'protesting against',
    );
    expect(participle?.speaker.text).toBe('Senator Ruiz');
    expect(participle?.content.text).toBe('the dredging plan');
    // a participle on a noun is no one's stance
    expect(stances('The ferry carried a crew protesting against the plan.')).toEqual([]);
  });

  it('an attitude adjective after a linking verb, adverbs between', () => {
    const c = byCue('The fishermen remain deeply skeptical of the quota deal.', 'skeptical of');
    expect(c?.speaker.text).toBe('The fishermen');
    expect(c?.content.text).toBe('the quota deal');
    expect(byCue('Mayor Lind was upbeat about the tourist season.', 'upbeat about')?.speaker.text).toBe('Mayor Lind');
  });

  it('a stance noun takes its possessor or the subject of a light verb', () => {
    const own = byCue("Mayor Lind's criticism of the toll bridge surprised nobody.", 'criticism of');
    expect(own?.speaker.text).toBe('Mayor Lind');
    expect(own?.content.text).toBe('the toll bridge');
    const light = byCue('Councillor Okafor raised new questions about the harbour budget.', 'questions about');
    expect(light?.speaker.text).toBe('Councillor Okafor');
    expect(light?.content.text).toBe('the harbour budget');
  });

  it('a subject with an aside before its linking verb, and a plural agent noun without an article', () => {
    const aside = byCue('Ann Ruiz, the harbour pilot, was openly critical of the quota deal.', 'critical of');
    expect(aside?.speaker.text).toBe('Ann Ruiz');
    expect(aside?.content.text).toBe('the quota deal');
    expect(byCue('The fishermen were supporters of the quota deal.', 'supporters of')?.speaker.text).toBe(
      'The fishermen',
    );
  });

  it('"in favor of" after a verb, and an agent noun in apposition', () => {
    const fav = byCue('Senator Ruiz voted in favor of the harbour levy.', 'in favor of');
    expect(fav?.speaker.text).toBe('Senator Ruiz');
    expect(fav?.content.text).toBe('the harbour levy');
    const agent = byCue('Ann Ruiz, a longtime critic of the quota deal, sailed on Monday.', 'critic of');
    expect(agent?.speaker.text).toBe('Ann Ruiz');
    expect(agent?.content.text).toBe('the quota deal');
  });

  it('"was asked about" is a question put to someone: the content without a named holder', () => {
    const c = byCue('The mayor was asked about the ferry strike on Monday.', 'asked about');
    expect(c?.content.text).toBe('the ferry strike');
    expect(c?.speaker.text).toBe('');
    // "when asked about" is read by the verb rule for questions, with the same content
    const when = byCue('The mayor smiled when asked about the ferry strike.', 'asked');
    expect(when?.content.text).toBe('the ferry strike');
    expect(when?.speaker.text).toBe('');
  });

  it('the object ends before a relative clause, a setting or a time', () => {
    expect(byCue('Councillor Okafor railed against the fees, which rose in May.', 'railed against')?.content.text).toBe(
      'the fees',
    );
    expect(byCue('Senator Ruiz railed against the quota at a rally in Oban.', 'railed against')?.content.text).toBe(
      'the quota',
    );
    // a restrictive relative clause stays with the object
    expect(byCue('Mayor Lind was skeptical of the claim that the ferry was safe.', 'skeptical of')?.content.text).toBe(
      'the claim that the ferry was safe',
    );
  });

  it('no holder, no claim: a stance noun without a possessor or light verb, a thing as subject', () => {
    expect(stances('Support for the bill grew over the summer.')).toEqual([]);
    expect(stances('The discussion focused on the ferry timetable.')).toEqual([]);
    expect(stances('The report was critical of the harbour board.')).toEqual([]);
    // a named possessor's stance as another verb's object is what that clause's subject reacts to
    expect(stances("The crowd cheered Mayor Lind's criticism of the toll bridge.")).toEqual([]);
  });

  it('no claim for passives, participles on a noun, bare pronoun objects or quoted words', () => {
    expect(stances('The levy was voted on in May.')).toEqual([]);
    expect(stances('She gave an interview to a magazine focused on sailing.')).toEqual([]);
    expect(stances('Mayor Lind talked about it.')).toEqual([]);
    expect(stances('“We are worried about the harbour,” the pilots wrote.')).toEqual([]);
  });

  it('no second claim where another rule already has the content or the stance sits inside its content', () => {
    const claims = claimsOf('Mayor Lind said that Okafor was skeptical of the quota deal.');
    expect(claims).toHaveLength(1);
    expect(claims[0]?.cue.text).toBe('said');
  });
});

describe('extractClaims: stance nouns and their holders, more shapes', () => {
  it('a singular attack and a light verb of launching or avoiding name the holder', () => {
    const one = byCue('Councillor Okafor made a sharp attack on the ferry operator.', 'attack on');
    expect(one?.speaker.text).toBe('Councillor Okafor');
    expect(one?.content.text).toBe('the ferry operator');
    expect(
      byCue('The fishermen unleashed withering attacks against the quota deal.', 'attacks against')?.speaker.text,
    ).toBe('The fishermen');
    const avoided = byCue('Councillor Okafor avoided direct criticism of the ferry operator.', 'criticism of');
    expect(avoided?.speaker.text).toBe('Councillor Okafor');
    expect(avoided?.content.text).toBe('the ferry operator');
    // the one who receives criticism does not hold it
    expect(stances('The pilots received harsh criticism of their safety record.')).toEqual([]);
  });

  it('a participle inside the noun phrase is passed over; "He\'s" before a participle is no possessive', () => {
    const c = byCue("Mayor Lind's repeated attacks on the harbour board annoyed the pilots.", 'attacks on');
    expect(c?.speaker.text).toBe('Mayor Lind');
    expect(c?.content.text).toBe('the harbour board');
    expect(stances("He's endured relentless questions about the harbour budget.")).toEqual([]);
  });

  it('an agent noun after "remains", "in favor of" after an adverb or a second verb of the subject', () => {
    const agent = byCue('Senator Ruiz remains a fierce critic of the dredging plan.', 'critic of');
    expect(agent?.speaker.text).toBe('Senator Ruiz');
    expect(agent?.content.text).toBe('the dredging plan');
    // a thing is no holder
    expect(stances('The harbour board remains a fierce critic of the dredging plan.')).toEqual([]);
    expect(byCue('Senator Ruiz was always in favor of the harbour levy.', 'in favor of')?.speaker.text).toBe(
      'Senator Ruiz',
    );
    const second = byCue(
      'Senator Ruiz toured the docks on Monday and voted in favor of the harbour levy.',
      'in favor of',
    );
    expect(second?.speaker.text).toBe('Senator Ruiz');
    expect(second?.content.text).toBe('the harbour levy');
  });

  it('an attitude adjective right after the people it describes, as a clause without its verb', () => {
    const c = byCue('Many fishermen wary of the quota deal stayed home.', 'wary of');
    expect(c?.speaker.text).toBe('Many fishermen');
    expect(c?.content.text).toBe('the quota deal');
    // a thing is no holder of an attitude
    expect(stances('The report angry about the cuts was published.')).toEqual([]);
  });

  it('allegations against, a stance against, hostility and references to', () => {
    const c = byCue('Councillor Okafor made serious allegations against the harbour board.', 'allegations against');
    expect(c?.speaker.text).toBe('Councillor Okafor');
    expect(c?.content.text).toBe('the harbour board');
    expect(byCue("Mayor Lind's hostility to the dredging plan is well known.", 'hostility to')?.content.text).toBe(
      'the dredging plan',
    );
    expect(byCue('Mayor Lind made a reference to the old pier.', 'reference to')?.speaker.text).toBe('Mayor Lind');
    // without a possessor or a light verb's subject nobody holds it
    expect(stances('The issue with the ferry is its age.')).toEqual([]);
    // "to" before a verb is an infinitive, not a preposition
    expect(stances("Mayor Lind's plan to build a pier was dropped.")).toEqual([]);
  });

  it('a participle with its agent stays with the object; a finite verb after it ends the object', () => {
    expect(
      byCue('Councillor Okafor commented on a levy approved by the harbour board.', 'commented on')?.content.text,
    ).toBe('a levy approved by the harbour board');
    expect(byCue("Mayor Lind's attacks on the harbour levy angered the pilots.", 'attacks on')?.content.text).toBe(
      'the harbour levy',
    );
  });

  it('a body of people (a union, an agency) holds a stance; a document does not', () => {
    expect(byCue('The dockers union is skeptical of the quota deal.', 'skeptical of')?.speaker.text).toBe(
      'The dockers union',
    );
    expect(stances('The harbour memo is skeptical of the quota deal.')).toEqual([]);
  });

  it('"in support of" after the verb\'s object speaks for the verb\'s subject', () => {
    const c = byCue('Senator Ruiz held a rally in support of the harbour levy.', 'in support of');
    expect(c?.speaker.text).toBe('Senator Ruiz');
    expect(c?.content.text).toBe('the harbour levy');
    // a passive verb names no holder
    expect(stances('A rally was held in support of the harbour levy.')).toEqual([]);
  });

  it("a name token that carries its possessive (the tagger's \"Ruiz's\") is the stance noun's holder", () => {
    const words: [string, string][] = [
      ["Ruiz's", 'PROPN'],
      ['attacks', 'NOUN'],
      ['on', 'ADP'],
      ['the', 'DET'],
      ['board', 'NOUN'],
      ['grew', 'VERB'],
      ['.', 'PUNCT'],
    ];
    const at = (list: [string, string][]) => {
      let pos = 0;
      return list.map(([text, tag], i) => {
        const t = { i, text, lower: text.toLowerCase(), pos: tag, type: 'word', lemma: text.toLowerCase() };
        const start = pos;
        pos += text.length + 1;
        return { ...t, start, end: start + text.length, sentence: 0 };
      });
    };
    const m = stanceAt(at(words), 2, 0, words.length);
    expect(m?.holder).toEqual({ from: 0, to: 1, head: 0 });
    expect(m?.content).toEqual([3, 5]);
    // a name without a possessive before the noun holds nothing
    const bare = stanceAt(at([['Ruiz', 'PROPN'], ...words.slice(1)]), 2, 0, words.length);
    expect(bare).toBeNull();
  });
});
