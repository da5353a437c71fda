import { describe, expect, it } from 'vitest';
import { claimsOf, only } from '../../test/helpers/claims.js';
import type { Entity } from './contract.js';

/** Content spans, speakers and where a claim ends: the error classes beyond missing cue words. */

describe('extractClaims: speakers and cues', () => {
  it('reads an adverb of any kind between the speaker and the cue ("have long said", "now says")', () => {
    const a = only('Harbour pilots have long said the channel is too shallow.');
    expect(a.speaker.text).toBe('Harbour pilots');
    expect(a.cue.text).toBe('said');
    expect(a.content.text).toBe('the channel is too shallow');
    const b = only('The port authority now says the dredging will end in May.');
    expect(b.speaker.text).toBe('The port authority');
    expect(b.content.text).toBe('the dredging will end in May');
    // a quantifier the tagger reads as an adverb is still the speaker
    expect(only('Most believe the ferry will run again.').speaker.text).toBe('Most');
  });

  it('never takes the one told for the speaker: "“C,” X, 49, told The Post"', () => {
    const text =
      '“The nets came up empty,” Okafor, 52, told The Harbour Gazette. “Nobody remembers a worse year.”\n\nThe season ended early.';
    const c = claimsOf(text).find((x) => x.cue.text === 'told')!;
    expect(c.speaker.text).toBe('Okafor');
    expect(c.content.text).toBe(
      'The nets came up empty,” Okafor, 52, told The Harbour Gazette. “Nobody remembers a worse year.',
    );
    expect(c.quote).toBe('direct');
  });

  it('gives a participle after what a subject sends or runs to that subject ("sent a press release saying C")', () => {
    const a = claimsOf('The Okafor campaign sent out a press release saying the mayor owes the harbour an answer.');
    const saying = a.find((x) => x.cue.text === 'saying')!;
    expect(saying.speaker.text).toBe('The Okafor campaign');
    expect(saying.content.text).toBe('the mayor owes the harbour an answer');
    const b = claimsOf('The ferry union is making a pitch to local voters saying the new rota is unsafe.');
    expect(b.find((x) => x.cue.text === 'saying')!.speaker.text).toBe('The ferry union');
    const c = claimsOf('Fishermen have launched petitions calling on the council to reopen the quay.');
    expect(c.find((x) => x.cue.text === 'calling')!.speaker.text).toBe('Fishermen');
    // near miss: what one holds up or receives speaks for itself
    const d = claimsOf('The pilots received letters saying the channel would close.');
    expect(d.find((x) => x.cue.text === 'saying')?.speaker.text).not.toBe('The pilots');
    const e = claimsOf('Mara Diaz held up a sign saying the quay must stay open.');
    expect(e.find((x) => x.cue.text === 'saying')?.speaker.text).not.toBe('Mara Diaz');
  });

  it('looks past a setting or a time phrase for the subject of a participle ("…, at one point calling X a liar")', () => {
    const a = claimsOf(
      'The harbour master has feuded with the council for years, at one point calling its chairman a liar.',
    );
    const calling = a.find((x) => x.cue.text === 'calling')!;
    expect(calling.speaker.text).toBe('The harbour master');
    expect(calling.content.text).toBe('its chairman a liar');
    const b = claimsOf('Okafor on Thursday stepped up his attacks on the council, saying it is weak on safety.');
    expect(b.find((x) => x.cue.text === 'saying')!.speaker.text).toBe('Okafor');
    // near miss: with an absolute phrase the noun phrase before the participle is its speaker
    const c = claimsOf('The vote was close, with the harbour master calling the result a disgrace.');
    expect(c.find((x) => x.cue.text === 'calling')!.speaker.text).toBe('the harbour master');
  });

  it('leaves a focus adverb out of the speaker it stresses ("Even Okafor, a critic, said")', () => {
    const a = claimsOf('Even Okafor, a longtime harbour pilot, said the ferry plan was sound.');
    expect(a.find((x) => x.cue.text === 'said')!.speaker.text).toBe('Okafor');
    // near miss: a name is kept whole
    expect(only('Justin Okafor said the ferry plan was sound.').speaker.text).toBe('Justin Okafor');
  });

  it('keeps who made a source after "according to" ("according to a report from X", "a memo released Friday by X")', () => {
    const a = only('Ferry fares rose 12 percent last year, according to a recent report from the Harbour Trust.');
    expect(a.speaker.text).toBe('a recent report from the Harbour Trust');
    expect(a.content.text).toBe('Ferry fares rose 12 percent last year');
    const b = only('The quay will close in May, according to a memo released Friday by the port authority.');
    expect(b.speaker.text).toBe('a memo released Friday by the port authority');
    // near miss: a time phrase after "by" is no author
    const c = only('The levy will pass, according to a count by Friday.');
    expect(c.speaker.text).toBe('a count');
  });

  it('passes over a past participle with its agent on an object for the subject of a participle ("the forum hosted by X, predicting")', () => {
    const a = claimsOf('Okafor went first at the forum hosted by the union, predicting a close vote.');
    expect(a.find((x) => x.cue.text === 'predicting')!.speaker.text).toBe('Okafor');
    // near miss: a finite verb after a subject in a subordinate clause is the clause's own verb
    const b = claimsOf('The row broke out after the ferry company entered the market, calling the levy unfair.');
    expect(b.find((x) => x.cue.text === 'calling')?.speaker.text).toBe('the ferry company');
  });

  it('finds who sent the object past an appositive or a row of coordinated verbs ("X, who …, issued a statement saying")', () => {
    const a = claimsOf(
      'The coalition, which opposed the merger from the start, issued a statement Tuesday saying the deal was a mistake.',
    );
    expect(a.find((x) => x.cue.text === 'saying')!.speaker.text).toBe('The coalition');
    const b = claimsOf(
      'Okafor led the protest, and within weeks the coalition had hired lawyers and placed newspaper ads calling the deal a mistake.',
    );
    expect(b.find((x) => x.cue.text === 'calling')!.speaker.text).toBe('the coalition');
  });

  it('takes who makes it clear for the speaker, not the "it" ("X made it clear that C")', () => {
    const a = claimsOf('Okafor made it clear that the quay would stay open.').find((x) => x.cue.text === 'clear')!;
    expect(a.speaker.text).toBe('Okafor');
    expect(a.content.text).toBe('the quay would stay open');
    const b = claimsOf('But the mayor, making it clear that safety came first, closed the quay.');
    expect(b.find((x) => x.cue.text === 'clear')?.speaker.text).toBe('the mayor');
    // near miss: an "it" that is no object of "make" names no one
    const c = claimsOf('It is clear that the ferry will run late.');
    expect(c.filter((x) => x.speaker.text !== '')).toHaveLength(0);
  });
});

describe('extractClaims: where the content ends', () => {
  it('ends content in a clause put before its main clause at the comma where the main clause begins', () => {
    const c = only('If the council says the bridge is safe, the ferry company will cut its timetable.');
    expect(c.speaker.text).toBe('the council');
    expect(c.content.text).toBe('the bridge is safe');
    // without the subordinator the comma does not end a reported clause
    const d = only('The council says the bridge is safe, the inspectors found no cracks.');
    expect(d.content.text).toBe('the bridge is safe, the inspectors found no cracks');
  });

  it('ends an object content before a relative clause, a participle adjunct or a second verb', () => {
    const a = claimsOf('The mayor praised the harbour pilot, who has worked the channel for thirty years.');
    const praised = a.find((c) => c.cue.text === 'praised')!;
    expect(praised.speaker.text).toBe('The mayor');
    expect(praised.content.text).toBe('the harbour pilot');
    const b = only('The union opposed the new rota, leaving the night shift short again.');
    expect(b.content.text).toBe('the new rota');
    const c = only('The council mentioned the levy twice and moved on to the budget.');
    expect(c.content.text).toBe('the levy twice');
    // a reported clause keeps its relative clause
    const d = claimsOf('The mayor said the pilot, who has worked the channel for years, is retiring.');
    expect(d.find((x) => x.cue.text === 'said')!.content.text).toBe(
      'the pilot, who has worked the channel for years, is retiring',
    );
  });

  it('runs a quotation on over its attribution sentence into the next quote', () => {
    const a = claimsOf(
      '“The nets came up empty,” he tweeted on May 2. “Nobody remembers a worse year.”\n\nThe season ended.',
    );
    expect(a).toHaveLength(1);
    expect(a[0]!.content.text).toBe('The nets came up empty,” he tweeted on May 2. “Nobody remembers a worse year.');
    // a quoted programme title in the attribution sentence does not stop the run
    const b = claimsOf(
      "''It is nonsense,'' Mr. Okafor said on the channel's ''Morning Show.'' ''The harbour is open.''\n\nThe season ended.",
    );
    expect(b).toHaveLength(1);
    expect(b[0]!.speaker.text).toBe('Mr. Okafor');
    expect(b[0]!.content.text).toBe(
      "It is nonsense,'' Mr. Okafor said on the channel's ''Morning Show.'' ''The harbour is open.",
    );
  });

  it('takes a relative clause from its pronoun: "what X called “Y”", "which she said was C"', () => {
    const a = claimsOf('Before what the surveyor called “the old harbour model,” the club charged a large fee.');
    const called = a.find((c) => c.cue.text === 'called')!;
    expect(called.speaker.text).toBe('the surveyor');
    expect(called.content.text).toBe('what the surveyor called “the old harbour model');
    const b = claimsOf('The levy, which the mayor has repeatedly said was a mistake, cost her the election.');
    const said = b.find((c) => c.cue.text === 'said')!;
    expect(said.speaker.text).toBe('the mayor');
    expect(said.content.text).toBe('which the mayor has repeatedly said was a mistake');
  });

  it('takes no scene-setting phrase before "X said" for content, unless the sentence goes on after it', () => {
    expect(claimsOf('Thus, in the council debate last week, the mayor referred to the harbour.')).toHaveLength(0);
    expect(claimsOf('As has been the case at other ports, the union agreed.')).toHaveLength(0);
    const c = only('After all, she argued, the ferry had never run on time.');
    expect(c.speaker.text).toBe('she');
    expect(c.content.text).toBe('After all, she argued, the ferry had never run on time');
  });

  it('ends a participle phrase after a subject where the sentence goes on with its own verb', () => {
    const a = claimsOf('A group backing the harbour plan began the month with a large fund.');
    const backing = a.find((c) => c.cue.text === 'backing')!;
    expect(backing.speaker.text).toBe('A group');
    expect(backing.content.text).toBe('the harbour plan');
    // a speech participle keeps its clause
    const b = claimsOf('The union issued a notice saying the ferry crews had voted to strike.');
    expect(b.find((c) => c.cue.text === 'saying')!.content.text).toBe('the ferry crews had voted to strike');
  });

  it('passes over a person whose title gives the other gender when resolving "he" or "she"', () => {
    const text = 'Ms. Okafor met Mr. Brandt at the quay. She said the nets were empty.';
    const at = (name: string) => text.indexOf(name);
    const okafor: Entity = {
      id: 'e1',
      name: 'Okafor',
      type: 'person',
      aliases: [],
      mentions: [[at('Okafor'), at('Okafor') + 6]],
    };
    const brandt: Entity = {
      id: 'e2',
      name: 'Brandt',
      type: 'person',
      aliases: [],
      mentions: [[at('Brandt'), at('Brandt') + 6]],
    };
    const c = only(text, [okafor, brandt]);
    expect(c.speaker.text).toBe('She');
    expect(c.speaker.entity).toBe('e1');
  });

  it('passes over a person the text calls "he" when resolving "she", and the other way round', () => {
    const text =
      'Dana Okafor said she would back the levy. Tom Brandt said he opposed it, and Brandt said he would fight it. ' +
      'Okafor met Brandt at the quay. She said the levy would pass.';
    const all = (name: string) =>
      [...text.matchAll(new RegExp(name, 'g'))].map((m) => [m.index, m.index + name.length] as [number, number]);
    const person = (id: string, name: string): Entity => ({
      id,
      name,
      type: 'person',
      aliases: [],
      mentions: all(name),
    });
    const okafor = person('e1', 'Okafor');
    const brandt = person('e2', 'Brandt');
    const said = claimsOf(text, [okafor, brandt]).find((c) => c.speaker.text === 'She')!;
    expect(said.speaker.entity).toBe('e1');
    // near miss: with one "he" only, the text does not settle it and the last person named is taken
    const once =
      'Dana Okafor said the levy was fair. Tom Brandt said he opposed it. Okafor met Brandt. She said it would pass.';
    const at = (name: string) =>
      [...once.matchAll(new RegExp(name, 'g'))].map((m) => [m.index, m.index + name.length] as [number, number]);
    const c = claimsOf(once, [
      { id: 'e1', name: 'Okafor', type: 'person', aliases: [], mentions: at('Okafor') },
      { id: 'e2', name: 'Brandt', type: 'person', aliases: [], mentions: at('Brandt') },
    ]).find((x) => x.speaker.text === 'She')!;
    expect(c.speaker.entity).toBe('e2');
  });

  it('ends content before "before/after <verb>-ing" and at a main clause the tagger reads as a noun phrase', () => {
    const a = claimsOf('The mayor endorsed the harbour levy before backing the bridge toll.');
    expect(a.find((c) => c.cue.text === 'endorsed')!.content.text).toBe('the harbour levy');
    // the "before" phrase is a claim of its own by the same subject (claims.cuesense.test.ts)
    expect(a.find((c) => c.cue.text === 'backing')!.speaker.text).toBe('The mayor');
    const b = claimsOf('While the pilots partly blame the tides for delays, Okafor points to the dredging.');
    expect(b.find((c) => c.cue.text === 'blame')!.content.text).toBe('the tides for delays');
  });

  it('finds the "that" past a recipient, a gerund after "called for", and no time for content', () => {
    const a = only('A pilot wrote the local paper, The Harbour Chief, that the buoys had been moved.');
    expect(a.speaker.text).toBe('A pilot');
    expect(a.content.text).toBe('the buoys had been moved');
    const b = only('In her letter, Ms. Okafor told members of the port-users committee that the fees would rise.');
    expect(b.content.text).toBe('the fees would rise');
    const c = only('The mayor called for closing the harbour at night.');
    expect(c.content.text).toBe('closing the harbour at night');
    const d = only('Ferry bookings rose by a third this spring, the port authority reported last week.');
    expect(d.speaker.text).toBe('the port authority');
    expect(d.content.text).toBe('Ferry bookings rose by a third this spring');
  });

  it('reads "X was quick to point out that C" and an aside right after "that"', () => {
    const a = only('The harbour master was quick to point out that the storm had done little damage.');
    expect(a.speaker.text).toBe('The harbour master');
    expect(a.content.text).toBe('the storm had done little damage');
    const b = only('The survey found that, on average, ferry fares rose faster than wages.');
    expect(b.speaker.text).toBe('The survey');
    expect(b.content.text).toBe('that, on average, ferry fares rose faster than wages');
  });

  it('reads "“C,” said X of the Y" and keeps a title stop inside the speaker ("the Rev. …")', () => {
    const a = only('“The tide tables are wrong,” said Peter Okafor of the harbour trust.');
    expect(a.speaker.text).toBe('Peter Okafor');
    expect(a.content.text).toBe('The tide tables are wrong');
    const b = only('“The chapel will stay open,” said the Rev. Anna Brandt.');
    expect(b.speaker.text).toBe('the Rev. Anna Brandt');
  });

  it('runs a quotation on over narration without a cue to the next quote in the paragraph', () => {
    const text =
      '“The nets came up empty,” said Okafor, half smiling. She has fished the bay for years. “Nobody remembers a worse year.”\n\nThe season ended.';
    const c = claimsOf(text).find((x) => x.cue.text === 'said')!;
    expect(c.speaker.text).toBe('Okafor');
    expect(c.content.text).toBe(
      'The nets came up empty,” said Okafor, half smiling. She has fished the bay for years. “Nobody remembers a worse year.',
    );
  });
});
