import { describe, expect, it } from 'vitest';
import { byCue, claimsOf, only } from '../../test/helpers/claims.js';
import type { Entity } from './contract.js';
import { extract } from './index.js';

describe('extractClaims: indirect speech', () => {
  it('reads "X said (that) C" without the "that"', () => {
    const c = only('The harbour master said that two ferries had been cancelled.');
    expect(c.speaker.text).toBe('The harbour master');
    expect(c.cue.text).toBe('said');
    expect(c.content.text).toBe('two ferries had been cancelled');
    expect(c.quote).toBe('indirect');
    expect(c.polarity).toBe('affirm');
    expect(c.hedged).toBe(false);
  });

  it('reads "X said on Friday C" without "that" after a time setting', () => {
    const c = only('The mill owner said on Friday he would close the eastern gate.');
    expect(c.speaker.text).toBe('The mill owner');
    expect(c.content.text).toBe('he would close the eastern gate');
  });

  it('takes an adjective after a determiner as the speaker head ("the incumbent said")', () => {
    const c = only('The incumbent said that the harbour levy was fair.');
    expect(c.speaker.text).toBe('The incumbent');
    expect(c.content.text).toBe('the harbour levy was fair');
  });

  it('takes the paragraph after "X added:" as its content, and the statement after "the following statement:"', () => {
    const text =
      'The ferry was late again.\n\nThe harbour master added:\n\nIt is the third delay this month. Nobody has explained it.\n\nThe mayor released the following statement:\n\n“We will review the timetable.”';
    const claims = claimsOf(text);
    const added = claims.find((c) => c.cue.text === 'added')!;
    expect(added.explanation?.rule).toBe('colon-paragraph');
    expect(added.speaker.text).toBe('The harbour master');
    expect(added.content.text).toBe('It is the third delay this month. Nobody has explained it.');
    const released = claims.find((c) => c.cue.text === 'released')!;
    expect(released.content.text).toBe('We will review the timetable.');
  });

  it('leaves an excerpt opened by an unbalanced quote mark after "X reports:" to its own claims', () => {
    const text = 'Ann Kerr reports:\n\n"The first time she saw the harbour, she was nine. Her father worked there.';
    expect(claimsOf(text).filter((c) => c.explanation?.rule === 'colon-paragraph')).toHaveLength(0);
  });

  it('reads no speaker into a headline label or a score line before a colon', () => {
    const leads = (t: string) => claimsOf(t).filter((c) => c.explanation?.rule === 'colon-lead');
    expect(leads('Exposed: The Harbour Board Just Made A Choice Nobody Expected')).toHaveLength(0);
    expect(leads('The ferry results are in.\n\nNorth Pier: 1,204')).toHaveLength(0);
    expect(leads('Survey: Most ferry riders want a later timetable')).toHaveLength(1);
    // a section heading of three words under a name is no statement of the name's
    expect(leads('The race tightened.\n\nReyes: A late surge\n\nThe mayor spent the week in the north.')).toHaveLength(
      0,
    );
    expect(leads('Mayor Reyes: The ferry must wait')).toHaveLength(1);
  });

  it('runs a quote on into the next paragraph when that paragraph is one quote without its own attribution', () => {
    const c = only('“The pier is closed,” the warden said.\n\n“Nobody may fish there until spring.”');
    expect(c.speaker.text).toBe('the warden');
    expect(c.content.text).toBe('The pier is closed,” the warden said.\n\n“Nobody may fish there until spring.');
    expect(c.explanation?.rule).toBe('quote-continuation');
    const two = claimsOf('“The pier is closed,” the warden said.\n\n“It is not,” a fisherman said.');
    expect(two).toHaveLength(2);
  });

  it('runs a quote on over "But" into the next quote of the same paragraph', () => {
    const c = only('“The levy is fair,” the treasurer said at the pier. But “nobody likes paying it.”');
    expect(c.content.text).toBe('The levy is fair,” the treasurer said at the pier. But “nobody likes paying it.');
  });

  it('runs a quote on after an attribution sentence ending on an abbreviation', () => {
    const c = only('“The pier is shut,” the warden said in Astoria, Ore. “Nobody may fish there.”');
    expect(c.content.text).toBe('The pier is shut,” the warden said in Astoria, Ore. “Nobody may fish there.');
    // a quoted name inside the attribution sentence is no continuation
    const d = only('“The pier is shut,” the warden told the “Harbor Times” on Monday.');
    expect(d.content.text).toBe('The pier is shut');
  });

  it('runs a quote on past a relative clause on the speaker with a speech verb of its own', () => {
    const c = byCue(
      '“The ferry will run,” said Ann Hale, a pilot who said she would strike. “We have no choice.”',
      'said',
    );
    expect(c?.content.text).toBe(
      'The ferry will run,” said Ann Hale, a pilot who said she would strike. “We have no choice.',
    );
    // a speech verb with a subject of its own hands the quote on
    const d = byCue(
      '“The ferry will run,” said Ann Hale, and Tom Reed said the pier was shut. “We have no choice.”',
      'said',
    );
    expect(d?.content.text).toBe('The ferry will run');
  });

  it('does not run a quote on into a title of a few words quoted inside a later narration sentence', () => {
    const c = only('“The ferry will run,” said Ann Hale, the harbour chief. She once ran the “Blue Star” line.');
    expect(c.content.text).toBe('The ferry will run');
    // a longer phrase quoted there is the speaker going on
    const d = only('“The ferry will run,” said Ann Hale. That is “not the same thing as a promise to run it daily.”');
    expect(d.content.text).toBe(
      'The ferry will run,” said Ann Hale. That is “not the same thing as a promise to run it daily.',
    );
  });

  it('reads what is "warned of" as the content', () => {
    const c = only('The harbour master warned of storms along the northern coast.');
    expect(c.cue.text).toBe('warned');
    expect(c.content.text).toBe('storms along the northern coast');
  });

  it('reads no claim into "favor" (a preference, rarely attributed on the training split)', () => {
    expect(claimsOf('Most ferry riders favor a later timetable.')).toHaveLength(0);
  });

  it('reads past a name tagged as a verb inside an appositive, and no time phrase as an outer appositive', () => {
    const a = only('Ann Kerr, a fisherman from the Concord area, said that the pier should stay open.');
    expect(a.speaker.text).toBe('Ann Kerr');
    const b = only('On Tuesday, Tom Reed, chairman of the Harbour Committee, said that the levy might rise.');
    expect(b.speaker.text).toBe('Tom Reed');
  });

  it('reads forward after a leading day and a quoted programme title ("Sunday on “Tides,” X said C")', () => {
    const c = only('Sunday on the harbour channel’s “Morning Tides,” Ann Kerr said the levy was unfair.');
    expect(c.speaker.text).toBe('Ann Kerr');
    expect(c.content.text).toBe('the levy was unfair');
  });

  it('skips a long addressee up to "that" ("told The Post and Courier of Charleston on Saturday that")', () => {
    const c = only('Kerr told The Ferry and Harbour Gazette of Dover on Saturday that she would run again.');
    expect(c.speaker.text).toBe('Kerr');
    expect(c.content.text).toBe('she would run again');
  });

  it('reads no stance into a yes/no question ("Do you support …?") but keeps the statement', () => {
    expect(claimsOf('Do you support the harbour levy?')).toHaveLength(0);
    expect(only('They support the harbour levy.').speaker.text).toBe('They');
  });

  it('reads no stance into a relative clause that names someone by an act ("a donor who endorsed X")', () => {
    expect(claimsOf('Tom Reed, who endorsed Ann Kerr last spring, left the party.')).toHaveLength(0);
    expect(only('The clerk, who said the levy was fair, left early.').cue.text).toBe('said');
    // challenging a candidate in a relative clause names the person too
    expect(claimsOf('Tom Reed, who is challenging the mayor in the spring primary, owns a bakery.')).toHaveLength(0);
  });

  it('reads no impression into a negated or locative "seem"/"appear"', () => {
    expect(claimsOf('The harbour master did not seem impressed with the new timetable.')).toHaveLength(0);
    expect(claimsOf('They met at the pier, where the two appeared to settle their quarrel.')).toHaveLength(0);
  });

  it('keeps a hyphenated age as the speaker after an inverted cue ("said the 46-year-old")', () => {
    const c = only('“The pier is good,” said the 46-year-old.');
    expect(c.speaker.text).toBe('the 46-year-old');
    expect(c.content.text).toBe('The pier is good');
  });

  it('takes no leading setting phrase as the content before the cue ("On Sunday, she disclosed")', () => {
    expect(claimsOf('On Sunday, she disclosed.')).toHaveLength(0);
    expect(only('The pier will close, she disclosed.').content.text).toBe('The pier will close');
  });

  it('reads "C, X said" and "C, said X"', () => {
    const a = only('The bridge will reopen on Friday, the mayor said.');
    expect(a.speaker.text).toBe('the mayor');
    expect(a.content.text).toBe('The bridge will reopen on Friday');
    const b = only('The bridge will reopen on Friday, said Anna Berg.');
    expect(b.speaker.text).toBe('Anna Berg');
    expect(b.content.text).toBe('The bridge will reopen on Friday');
  });

  it('keeps titles and roles in the speaker', () => {
    const c = only('Norwegian Fisheries Minister Lars Holm said the quota would be cut.');
    expect(c.speaker.text).toBe('Norwegian Fisheries Minister Lars Holm');
    expect(c.speaker.anonymous).toBe(false);
  });

  it('reads "according to X, C" and "C, according to X"', () => {
    const a = only('According to the port authority, nine ships were turned away.');
    expect(a.speaker.text).toBe('the port authority');
    expect(a.cue.text).toBe('According to');
    expect(a.content.text).toBe('nine ships were turned away');
    const b = only('Nine ships were turned away, according to the port authority.');
    expect(b.content.text).toBe('Nine ships were turned away');
    expect(b.speaker.text).toBe('the port authority');
  });

  it('skips the addressee and setting of "told reporters on Monday that"', () => {
    const c = only('The governor told reporters on Monday that the dam was safe.');
    expect(c.speaker.text).toBe('The governor');
    expect(c.cue.text).toBe('told');
    expect(c.content.text).toBe('the dam was safe');
  });

  it('passes over a time phrase with "past" between the subject and its cue, to the name before an appositive', () => {
    const c = byCue(
      'Ann Reyes, the party chairman, this past week announced a new website for delegates.',
      'announced',
    );
    expect(c?.speaker.text).toBe('Ann Reyes');
    // near miss: with no time phrase the appositive's name still speaks
    expect(byCue('Ann Reyes, the party chairman, announced a new website.', 'announced')?.speaker.text).toBe(
      'Ann Reyes',
    );
  });

  it('takes the subject a modifier hangs on when the phrase before the cue cannot hold a view', () => {
    const c = byCue('The pilots who backed his candidacy warned that the port would close.', 'warned');
    expect(c?.speaker.text).toBe('The pilots');
    // near miss: a person named right before the cue keeps it
    const d = byCue('His candidacy, the pilots warned, would split the party.', 'warned');
    expect(d?.speaker.text).toBe('the pilots');
  });

  it('reads no claim into the concession "That said,"', () => {
    expect(byCue('The ferry is late. That said, the crew is working hard.', 'said')).toBeUndefined();
    // near miss: "that" opening a subject that does say something
    expect(
      byCue('The ferry is late. That report said, in short, that the crew is tired.', 'said')?.speaker.text,
    ).toMatch(/report$/);
  });

  it('finds the speaker before an appositive', () => {
    const c = only('Maria Lopez, a lawyer for the union, said the strike would continue.');
    expect(c.speaker.text).toBe('Maria Lopez');
    expect(c.content.text).toBe('the strike would continue');
  });

  it('reads belief and announcement verbs', () => {
    const a = only('The ministry announced that the border crossing was closed.');
    expect(a.cue.text).toBe('announced');
    expect(a.content.text).toBe('the border crossing was closed');
    const b = only('The coast guard believes the vessel sank overnight.');
    expect(b.cue.text).toBe('believes');
    expect(b.content.text).toBe('the vessel sank overnight');
  });

  it('reads a nominal cue: "made a statement suggesting that C"', () => {
    const c = only('Later, Peter Novak made a statement suggesting that the talks had failed.');
    expect(c.speaker.text).toBe('Peter Novak');
    expect(c.cue.text).toBe('suggesting');
    expect(c.content.text).toBe('the talks had failed');
  });

  it('reads a possessive statement noun: "X\'s claim that C"', () => {
    const c = only("Nobody believed the council's claim that the water was clean.");
    expect(c.speaker.text).toBe('the council');
    expect(c.cue.text).toBe('claim');
    expect(c.content.text).toBe('the water was clean');
  });
});

describe('extractClaims: quotes', () => {
  it('reads "“C,” X said" without the marks and the comma', () => {
    const c = only('“We are not leaving,” the farmer said.');
    expect(c.content.text).toBe('We are not leaving');
    expect(c.quote).toBe('direct');
    expect(c.speaker.text).toBe('the farmer');
  });

  it('reads straight quotes and "X says “C”"', () => {
    const c = only('A senior police officer says "the checkpoint stays open."');
    expect(c.content.text).toBe('the checkpoint stays open.');
    expect(c.quote).toBe('direct');
    expect(c.speaker.text).toBe('A senior police officer');
    expect(c.speaker.anonymous).toBe(true);
  });

  it('joins the two halves of "“C1,” X said. “C2”" into one claim', () => {
    const text = '“The road is flooded,” said Tom Reed. “Nobody can pass.”';
    const c = only(text);
    expect(c.content.span[0]).toBe(text.indexOf('The road'));
    expect(c.content.span[1]).toBe(text.indexOf('pass.') + 'pass.'.length);
    expect(c.quote).toBe('direct');
    expect(c.speaker.text).toBe('Tom Reed');
  });

  it('reads "X: “C”"', () => {
    const c = only('Okafor: “The vote was rigged.”');
    expect(c.speaker.text).toBe('Okafor');
    expect(c.cue.text).toBe(':');
    expect(c.content.text).toBe('The vote was rigged.');
  });

  it('follows a quote over several paragraphs', () => {
    const text = 'The engineer said:\n“The pumps failed first.\n“Then the power went out,” she added later.';
    const claims = claimsOf(text);
    const said = claims.find((c) => c.cue.text === 'said');
    expect(said).toBeDefined();
    expect(said!.content.text.startsWith('The pumps failed first.')).toBe(true);
    expect(said!.content.text.endsWith('Then the power went out')).toBe(true);
    expect(said!.quote).toBe('direct');
  });

  it('marks partly quoted content as mixed', () => {
    const c = only('The mayor said the plan was "a disaster for everyone".');
    expect(c.quote).toBe('mixed');
    expect(c.content.text).toBe('the plan was "a disaster for everyone"');
  });
});

describe('extractClaims: speakers', () => {
  it('marks unnamed sources and officials as anonymous, named people not', () => {
    const a = only('One of the sources said the convoy left at dawn.');
    expect(a.speaker.text).toBe('One of the sources');
    expect(a.speaker.anonymous).toBe(true);
    const b = only('A person familiar with the matter said the deal was off.');
    expect(b.speaker.anonymous).toBe(true);
    const c = only('Spokesman Jan Kral said the deal was off.');
    expect(c.speaker.anonymous).toBe(false);
  });

  it('resolves "he" to the last person entity before it', () => {
    const text = 'Omar Haddad arrived late. He said the meeting had been moved.';
    const haddad: Entity = { id: 'e1', name: 'Omar Haddad', type: 'person', aliases: [], mentions: [[0, 11]] };
    const c = only(text, [haddad]);
    expect(c.speaker.text).toBe('He');
    expect(c.speaker.entity).toBe('e1');
  });

  it('resolves "the agency" to the organisation named before', () => {
    const text = 'The Weather Agency issued an alert. The agency said more rain was coming.';
    const agency: Entity = { id: 'e7', name: 'Weather Agency', type: 'organization', aliases: [], mentions: [[4, 18]] };
    const c = claimsOf(text, [agency]).find((x) => x.cue.text === 'said')!;
    expect(c.speaker.text).toBe('The agency');
    expect(c.speaker.entity).toBe('e7');
  });

  it('links a named speaker to the entity mentioned inside it', () => {
    const text = 'Finance Minister Lena Dahl said taxes would rise.';
    const dahl: Entity = { id: 'e3', name: 'Lena Dahl', type: 'person', aliases: [], mentions: [[17, 26]] };
    expect(only(text, [dahl]).speaker.entity).toBe('e3');
  });

  it('gives a source-less "it is believed that" an empty speaker', () => {
    const c = only('It is believed that the hostages are alive.');
    expect(c.speaker.text).toBe('');
    expect(c.content.text).toBe('the hostages are alive');
  });

  it("gives a cue coordinated inside a relative clause or a later main clause that clause's own subject", () => {
    const relative = byCue('Tom Reed greeted Ann Cole, who opened the gate and said the ferry was late.', 'said')!;
    expect(relative.speaker.text).toBe('who');
    expect(relative.content.text).toBe('the ferry was late');
    const pronoun = byCue(
      'The pilot was asked whether the pier would close, and he smiled and said it would not.',
      'said',
    )!;
    expect(pronoun.speaker.text).toBe('he');
    const asked = byCue('Asked whether the pier would close, Ann Cole shook her head and said it would not.', 'said')!;
    expect(asked.speaker.text).toBe('Ann Cole');
    // a relative clause on an object leaves the verbs joined to the sentence's subject
    const object = byCue('The mayor praised those who left but said the port was safe.', 'said')!;
    expect(object.speaker.text).toBe('The mayor');
    // a pronoun inside a subordinate clause does not take the coordination from the sentence's subject
    const subordinate = byCue('Tom Reed smiled after he won the vote and said the port was safe.', 'said')!;
    expect(subordinate.speaker.text).toBe('Tom Reed');
  });

  it('gives a relative "that" on what someone released the one who released it', () => {
    const video = byCue('The mayor released a video on Friday that said the port was safe.', 'said')!;
    expect(video.speaker.text).toBe('The mayor');
    expect(video.content.text).toBe('the port was safe');
    // what was only handed out speaks for itself
    expect(byCue('Fans passed out bottles that said the port was safe.', 'said')!.speaker.text).toBe('that');
    // what a released thing shows is its own evidence
    expect(byCue('The mayor released the records, which showed the port was safe.', 'showed')?.speaker.text).not.toBe(
      'The mayor',
    );
  });

  it('passes over a year before the cue, as over other time phrases, to the subject', () => {
    expect(byCue('Hale, who in 2010 said the pier was unsafe, has since changed her mind.', 'said')!.speaker.text).toBe(
      'who',
    );
    // a content may well end on a year
    expect(only('The mayor said the pier opened in 2010.').content.text).toBe('the pier opened in 2010');
  });

  it("gives a perfect participle opening the sentence the main clause's subject", () => {
    const text = 'Having announced that he would retire, the mayor said the port needed a younger leader.';
    const announced = byCue(text, 'announced')!;
    expect(announced.speaker.text).toBe('the mayor');
    expect(announced.content.text).toBe('he would retire');
    expect(byCue('After having warned that the port would close, Ann Cole left.', 'warned')!.speaker.text).toBe(
      'Ann Cole',
    );
    // a concession says nothing
    expect(claimsOf('Having said that, the mayor left.')).toHaveLength(0);
  });

  it('finds the subject heading a clause a conjunction opens when a modifier stands before the cue', () => {
    const c = byCue('The port grew, while Jim Hale in a blog post said the fees were too high.', 'said')!;
    expect(c.speaker.text).toBe('Jim Hale');
    expect(c.content.text).toBe('the fees were too high');
    // the sentence's own subject still comes first
    expect(only('Jim Hale in a blog post said the fees were too high.').speaker.text).toBe('Jim Hale');
  });

  it('gives a participle after a cue nobody voices the subject of its clause', () => {
    const text = 'Ann Cole seemed to be ready to fight, telling the crowd that the port would close.';
    const telling = byCue(text, 'telling')!;
    expect(telling.speaker.text).toBe('Ann Cole');
    expect(telling.content.text).toBe('the port would close');
    // after a cue with a speaker, the participle shares it
    const shared = byCue('Ann Cole said the fees were high, adding that the port would close.', 'adding')!;
    expect(shared.speaker.text).toBe('Ann Cole');
  });

  it('runs a described speaker over the name in apposition after it and links the name', () => {
    const text = 'The head of the pilots union, Jim Hale, praised the new rules.';
    const hale: Entity = { id: 'e5', name: 'Jim Hale', type: 'person', aliases: [], mentions: [[30, 38]] };
    const c = only(text, [hale]);
    expect(c.speaker.text).toBe('The head of the pilots union, Jim Hale');
    expect(c.speaker.entity).toBe('e5');
    expect(c.content.text).toBe('the new rules');
    // a name first keeps its own place; the description after it is an aside
    const named = 'Jim Hale, the head of the pilots union, praised the new rules.';
    const first: Entity = { id: 'e5', name: 'Jim Hale', type: 'person', aliases: [], mentions: [[0, 8]] };
    expect(only(named, [first]).speaker.text).toBe('Jim Hale');
    // an aside the entity stage did not name is no name
    expect(only('The head of the pilots union, in truth, praised the new rules.').speaker.text).toBe(
      'The head of the pilots union',
    );
  });
});

describe('extractClaims: nesting, coordination, responsibility', () => {
  it('gives two claims for "X said that Y told him C"', () => {
    const claims = claimsOf('The captain said that a crew member told him the engine was burning.');
    expect(claims).toHaveLength(2);
    const outer = claims.find((c) => c.cue.text === 'said')!;
    const inner = claims.find((c) => c.cue.text === 'told')!;
    expect(outer.content.text).toBe('a crew member told him the engine was burning');
    expect(inner.speaker.text).toBe('a crew member');
    expect(inner.content.text).toBe('the engine was burning');
  });

  it("folds a belief or wish told inside another claim's content into that claim", () => {
    const wish = claimsOf('Mr. Lind said that the ferry owners who want a new pier have misread the tide tables.');
    expect(wish.map((c) => c.cue.text)).toEqual(['said']);
    expect(wish[0]!.content.text).toBe('the ferry owners who want a new pier have misread the tide tables');
    const belief = claimsOf(
      'The mayor argued that if voters thought the levy was unfair, they would have rejected it.',
    );
    expect(belief.find((c) => c.cue.text === 'thought')).toBeUndefined();
    expect(belief.find((c) => c.cue.text === 'argued')!.content.text).toBe(
      'that if voters thought the levy was unfair, they would have rejected it',
    );
    // beside the report, not inside it, the wish is a claim of its own
    const beside = claimsOf('The mayor said the plan was sound, and residents want it finished by May.');
    const want = beside.find((c) => c.cue.text === 'want')!;
    expect(want.speaker.text).toBe('residents');
    expect(want.content.text).toBe('it finished by May');
  });

  it("folds a side taken inside another claim's content into that claim", () => {
    const inside = claimsOf('The harbour master said the captains who backed the strike had lost their licences.');
    expect(inside.map((c) => c.cue.text)).toEqual(['said']);
    expect(inside[0]!.content.text).toBe('the captains who backed the strike had lost their licences');
    // in a sentence of its own, beside another claim, the side taken stays a claim
    const beside = claimsOf('The union backed the strike, and the mayor said the port would close.');
    const backed = beside.find((c) => c.cue.text === 'backed')!;
    expect(backed.speaker.text).toBe('The union');
    expect(backed.content.text).toBe('the strike');
  });

  it("folds a refusal inside another claim's content into that claim", () => {
    const inside = claimsOf('The mayor argued that if the captains refuse to pay the levy, the port will close.');
    expect(inside.map((c) => c.cue.text)).toEqual(['argued']);
    expect(inside[0]!.content.text).toBe('that if the captains refuse to pay the levy, the port will close');
    // told by the report itself, the refusal stays a claim
    const own = only('The captains refused to pay the levy on Monday.');
    expect(own.cue.text).toBe('refused');
    expect(own.speaker.text).toBe('The captains');
  });

  it("folds a cue whose speaker is the object of a preposition inside another claim's content", () => {
    const letter = claimsOf(
      'The mayor said the letter she sent to the harbour board criticizing the levy had been lost.',
    );
    expect(letter.map((c) => c.cue.text)).toEqual(['said']);
    const clip = claimsOf(
      'The mayor said that a clip of the captain saying the pier was unsafe had been shared widely.',
    );
    expect(clip.map((c) => c.cue.text)).toEqual(['said']);
    expect(clip[0]!.content.text).toBe('a clip of the captain saying the pier was unsafe had been shared widely');
    // a subject of its own inside the content still speaks
    const told = claimsOf('The mayor said the captains told the harbour board the levy was unfair.');
    const inner = told.find((c) => c.cue.text === 'told')!;
    expect(inner.speaker.text).toBe('the captains');
    expect(inner.content.text).toBe('the levy was unfair');
    // outside another claim, a phrase before the subject is no reason to drop it
    const own = only('Writing to the harbour board, the captains called the levy unfair.');
    expect(own.speaker.text).toBe('the captains');
  });

  it("folds a claim told in the reporter's words into what a source is cited for, not a quotation", () => {
    const survey = only('According to the harbour survey, most fishermen said the levy was unfair.');
    expect(survey.speaker.text).toBe('the harbour survey');
    expect(survey.content.text).toBe('most fishermen said the levy was unfair');
    const quoted = claimsOf('“The levy is unfair,” the captain said, according to the harbour gazette.');
    const captain = quoted.find((c) => c.cue.text === 'said')!;
    expect(captain.speaker.text).toBe('the captain');
    expect(captain.content.text).toBe('The levy is unfair');
  });

  it("folds a cue in a clause of reason, condition or question inside another claim's content into it", () => {
    const reason = claimsOf('The mayor said she closed the port because the captains told her the pier was unsafe.');
    expect(reason.map((c) => c.cue.text)).toEqual(['said']);
    expect(reason[0]!.content.text).toBe('she closed the port because the captains told her the pier was unsafe');
    const question = only('The mayor asked whether the captains supported the levy.');
    expect(question.cue.text).toBe('asked');
    // a clause telling when is told as it happened: the inner claim stays
    const time = claimsOf('The mayor said she closed the port after the captains told her the pier was unsafe.');
    const told = time.find((c) => c.cue.text === 'told')!;
    expect(told.speaker.text).toBe('the captains');
    expect(told.content.text).toBe('the pier was unsafe');
  });

  it("folds an impression nobody holds inside another claim's content into that claim", () => {
    const inside = claimsOf('The mayor said the port was quiet and the captains seemed to accept the new levy.');
    expect(inside.map((c) => c.cue.text)).toEqual(['said']);
    expect(inside[0]!.content.text).toBe('the port was quiet and the captains seemed to accept the new levy');
    // told by the report itself, the impression stays
    const own = only('The captains appeared to accept the new levy.');
    expect(own.cue.text).toBe('appeared');
    expect(own.content.text).toBe('The captains appeared to accept the new levy');
    // a question put to the speaker is no impression: it stays beside the answer
    const asked = claimsOf('“It is fair,” the mayor said when asked about the levy.');
    expect(asked.map((c) => c.cue.text)).toEqual(['said', 'asked']);
  });

  it('folds a habit or generality told inside a quotation into it, not a past statement', () => {
    const people = claimsOf(
      '“People say the pier is safe, but I have seen the cracks myself,” the harbour master said.',
    );
    expect(people.map((c) => c.cue.text)).toEqual(['said']);
    expect(people[0]!.content.text).toBe('People say the pier is safe, but I have seen the cracks myself');
    const telling = claimsOf("“I'm telling you, the levy will ruin the fleet,” the captain said.");
    expect(telling.map((c) => c.cue.text)).toEqual(['said']);
    // a statement made at some past time, told inside the quotation, stays a claim of its own
    const board = claimsOf('“The board said the pier was safe last spring,” the harbour master said.');
    const inner = board.find((c) => c.speaker.text === 'The board')!;
    expect(inner.content.text).toBe('the pier was safe last spring');
    expect(board.find((c) => c.speaker.text === 'the harbour master')!.content.text).toBe(
      'The board said the pier was safe last spring',
    );
  });

  it("folds a thing's relative clause inside another claim's content into it, not a person's", () => {
    const survey = claimsOf('The mayor said the harbour board had ignored a survey that found the pier was unsafe.');
    expect(survey.map((c) => c.cue.text)).toEqual(['said']);
    expect(survey[0]!.content.text).toBe('the harbour board had ignored a survey that found the pier was unsafe');
    const which = claimsOf('The mayor said the harbour board had ignored a survey which showed the pier was unsafe.');
    expect(which.map((c) => c.cue.text)).toEqual(['said']);
    // a person's relative clause speaks for that person
    const captain = claimsOf('The mayor said the harbour board had ignored a captain who said the pier was unsafe.');
    expect(captain.find((c) => c.speaker.text === 'who')!.content.text).toBe('the pier was unsafe');
  });

  it("ends a relative clause on the speaker where the speaker's own cue comes, with or without commas", () => {
    const claims = claimsOf('The captain who said the pier was unsafe told reporters the levy was unfair.');
    const relative = claims.find((c) => c.cue.text === 'said')!;
    expect(relative.content.text).toBe('the pier was unsafe');
    const main = claims.find((c) => c.cue.text === 'told')!;
    expect(main.speaker.text).toBe('The captain');
    expect(main.content.text).toBe('the levy was unfair');
    // a relative clause at the end of the sentence runs to its end
    const last = claimsOf('The mayor thanked the captain who said the pier was unsafe.');
    expect(last.find((c) => c.cue.text === 'said')!.content.text).toBe('the pier was unsafe');
  });

  it('splits "X confirmed A and denied B" into an affirmation and a denial', () => {
    const claims = claimsOf('The embassy confirmed the arrest and denied any role in the raid.');
    expect(claims).toHaveLength(2);
    const [a, b] = claims;
    expect(a!.content.text).toBe('the arrest');
    expect(a!.polarity).toBe('affirm');
    expect(b!.cue.text).toBe('denied');
    expect(b!.content.text).toBe('any role in the raid');
    expect(b!.polarity).toBe('deny');
    expect(b!.speaker.text).toBe('The embassy');
  });

  it('treats "rejected claims that C" as a denial of C', () => {
    const c = only('The army rejected claims that civilians were hit.');
    expect(c.polarity).toBe('deny');
    expect(c.content.text).toBe('civilians were hit');
  });

  it('reads a responsibility claim', () => {
    const c = only('The Red Dawn group claimed responsibility for the bombing.');
    expect(c.cue.text).toBe('claimed responsibility');
    expect(c.content.text).toBe('responsibility for the bombing');
    expect(c.speaker.text).toBe('The Red Dawn group');
  });
});

describe('extractClaims: hedges and outlets', () => {
  it('records hedges in the content', () => {
    const c = only('The prosecutor said the suspects allegedly planned to flee.');
    expect(c.hedged).toBe(true);
    expect(c.hedges).toContain('allegedly');
    const plain = only('The prosecutor said the suspects planned to flee.');
    expect(plain.hedged).toBe(false);
  });

  it('records "may" as a hedge', () => {
    const c = only('Doctors said the outbreak may spread further.');
    expect(c.hedges).toContain('may');
  });

  it('gives anonymous sources the outlet the document cites', () => {
    const text = 'The talks collapsed, according to Reuters.\nA diplomat said the delegations left early.';
    const claims = claimsOf(text);
    const diplomat = claims.find((c) => c.speaker.text === 'A diplomat')!;
    expect(diplomat.speaker.anonymous).toBe(true);
    expect(diplomat.via).toEqual(['Reuters']);
    const reuters = claims.find((c) => c.speaker.text === 'Reuters')!;
    expect(reuters.via).toBeUndefined();
  });

  it('records "told CNN" as the outlet', () => {
    const c = only('The senator told CNN that the bill would pass.');
    expect(c.via).toEqual(['CNN']);
    expect(c.content.text).toBe('the bill would pass');
  });

  it('finds nothing in text without attribution', () => {
    expect(claimsOf('The river rose two metres overnight and the road was closed.')).toHaveLength(0);
    expect(claimsOf('')).toHaveLength(0);
  });
});

describe('extractClaims: issue #3 phenomena', () => {
  it('keeps a title with the name and resolves "she" to the last person named', () => {
    const text = 'Chilean Energy Minister Rosa Vidal visited the mine. She said the shafts were safe.';
    const vidal: Entity = { id: 'e2', name: 'Rosa Vidal', type: 'person', aliases: [], mentions: [[24, 34]] };
    const claims = claimsOf(text, [vidal]);
    const c = claims.find((x) => x.cue.text === 'said')!;
    expect(c.speaker.text).toBe('She');
    expect(c.speaker.entity).toBe('e2');
    const titled = only('Chilean Energy Minister Rosa Vidal said the shafts were safe.', [
      { ...vidal, mentions: [[24, 34]] },
    ]);
    expect(titled.speaker.text).toBe('Chilean Energy Minister Rosa Vidal');
    expect(titled.speaker.entity).toBe('e2');
  });

  it('keeps "the source" anonymous when it takes up a source introduced before', () => {
    const claims = claimsOf(
      'A source close to the talks said the deal was near. The source added that a signing was planned.',
    );
    expect(claims).toHaveLength(2);
    expect(claims[1]!.speaker.text).toBe('The source');
    expect(claims[1]!.speaker.anonymous).toBe(true);
    expect(claims[1]!.content.text).toBe('a signing was planned');
  });

  it('joins a quote split around its cue by commas: "“C1,” she said, “C2”"', () => {
    const text = '“The pumps failed first,” the engineer said, “and then the power went out.”';
    const c = only(text);
    expect(c.speaker.text).toBe('the engineer');
    expect(c.content.span[0]).toBe(text.indexOf('The pumps'));
    expect(c.content.span[1]).toBe(text.indexOf('went out.') + 'went out.'.length);
  });

  it('keeps the quote as content when only a setting follows the cue', () => {
    const c = only('“We will not give up,” Ines Moreau said at a rally in Lyon on Sunday.');
    expect(c.content.text).toBe('We will not give up');
    expect(c.speaker.text).toBe('Ines Moreau');
    expect(c.quote).toBe('direct');
  });

  it('finds the name before stacked appositives', () => {
    const c = only(
      '“The ruling is wrong,” Paul Ortiz, the attorney general of Nevada, one of the states suing the agency, said.',
    );
    expect(c.speaker.text).toBe('Paul Ortiz');
    expect(c.content.text).toBe('The ruling is wrong');
  });

  it('reads beliefs and intentions as claims of their holder', () => {
    expect(only('The union wants the pension age lowered.').content.text).toBe('the pension age lowered');
    expect(only('The ministry plans to close three hospitals.').content.text).toBe('to close three hospitals');
    expect(only('Farmers fear that the drought will last.').content.text).toBe('the drought will last');
    const bare = only('Most economists believe the rate will fall.');
    expect(bare.speaker.text).toBe('Most economists');
    expect(bare.content.text).toBe('the rate will fall');
  });

  it('does not split "said she thinks C" into a second claim', () => {
    const c = only('The governor said she thinks the budget will pass.');
    expect(c.cue.text).toBe('said');
    expect(c.content.text).toBe('she thinks the budget will pass');
  });

  // polnear annotates the inner stance apart in about one case in ten, even when it has a subject of its own
  it('keeps a stance with its own subject inside the report that carries it', () => {
    const fear = only('The harbourmaster said the pilots fear that the levy will ruin them.');
    expect(fear.speaker.text).toBe('The harbourmaster');
    expect(fear.content.text).toBe('the pilots fear that the levy will ruin them');
    const want = only('A survey found that most ferry crews want a shorter shift.');
    expect(want.cue.text).toBe('found');
    expect(want.content.text).toBe('most ferry crews want a shorter shift');
    const plans = only('The union says Ms. Okafor plans to strike in May.');
    expect(plans.speaker.text).toBe('The union');
    expect(plans.content.text).toBe('Ms. Okafor plans to strike in May');
    // near miss: outside a report the same stances are claims of their subjects
    const own = only('The pilots fear that the levy will ruin them.');
    expect(own.speaker.text).toBe('The pilots');
    expect(own.content.text).toBe('the levy will ruin them');
    const intent = only('Ms. Okafor plans to strike in May.');
    expect(intent.speaker.text).toBe('Ms. Okafor');
    expect(intent.content.text).toBe('to strike in May');
  });

  it('gives source-less expectations, impressions and questions an empty speaker', () => {
    const a = only('The final vote is expected to be close.');
    expect(a.speaker.text).toBe('');
    expect(a.speaker.anonymous).toBe(true);
    expect(a.content.text).toBe('The final vote is expected to be close');
    const b = only('The candidate seemed tired after the debate.');
    expect(b.speaker.text).toBe('');
    expect(b.content.text).toBe('The candidate seemed tired after the debate');
    const claims = claimsOf('Asked whether the plan would pass, the senator said she did not know.');
    const asked = claims.find((x) => x.cue.text === 'Asked')!;
    expect(asked.speaker.text).toBe('');
    expect(asked.content.text).toBe('whether the plan would pass');
    expect(claims.find((x) => x.cue.text === 'said')!.content.text).toBe('she did not know');
  });

  it('starts an impression after a reporting verb before it, at the subject of "seemed"', () => {
    const after = only('As the clerk noted after the captains seemed to accept the levy, the pier stayed open.');
    expect(after.cue.text).toBe('seemed');
    expect(after.content.text).toBe('the captains seemed to accept the levy');
    // the reported clause is the speaker's content, not a second, longer impression
    const said = only('The mayor said the captains seemed to accept the levy.');
    expect(said.cue.text).toBe('said');
    expect(said.content.text).toBe('the captains seemed to accept the levy');
    // near miss: a verb that reports nothing leaves the clause start where the clause begins
    const left = claimsOf('The mayor left early and the captains seemed to accept the levy.');
    expect(left.map((c) => c.content.text)).toEqual(['the captains seemed to accept the levy']);
  });

  it('gives a holderless impression to a speaker who states it ("…seemed to …, the mayor said")', () => {
    const said = only('The captains seemed to accept the levy, the mayor said.');
    expect(said.speaker.text).toBe('the mayor');
    expect(said.cue.text).toBe('said');
    expect(said.content.text).toBe('The captains seemed to accept the levy');
    // near miss: with nobody stating it, the impression keeps no speaker
    const alone = only('The captains seemed to accept the levy.');
    expect(alone.speaker.text).toBe('');
    expect(alone.cue.text).toBe('seemed');
  });

  it('gives an impression of someone holding a view to that someone', () => {
    const c = only('The mayor seemed hopeful that the ferry would return in May.');
    expect(c.speaker.text).toBe('The mayor');
    expect(c.cue.text).toBe('seemed');
    // near misses: a thing's impression, and "it seems", keep no speaker
    expect(only('The old pier seemed ready to collapse that winter.').speaker.text).toBe('');
    expect(only('It seems that the ferry will return in May.').speaker.text).toBe('');
  });

  it('gives an impression "to" someone, or a judgement "by" someone, to that someone', () => {
    const a = only('To the harbour master, the new timetable seemed rushed.');
    expect(a.speaker.text).toBe('the harbour master');
    expect(a.content.text).toBe('the new timetable seemed rushed');
    const b = claimsOf('The old pier is considered unsafe by most pilots.').find((x) => x.cue.text === 'considered');
    expect(b?.speaker.text).toBe('most pilots');
    // near misses: a place the impression is "to" and a time "by" keep no speaker
    expect(only('To the east, the new pier seemed rushed.').speaker.text).toBe('');
    const c = claimsOf('The old pier is considered unsafe by now.').find((x) => x.cue.text === 'considered');
    expect(c?.speaker.text ?? '').toBe('');
  });

  it('reads a passive verdict ("was declared the winner") as a claim about its subject, by its agent if named', () => {
    const claims = claimsOf('Shortly after Ruiz was declared the winner in Oban, the mayor thanked the crews.');
    const verdict = claims.find((x) => x.cue.text === 'declared')!;
    expect(verdict.speaker.text).toBe('');
    expect(verdict.content.text).toBe('Ruiz was declared the winner in Oban');
    const agent = only('Ruiz was declared the winner by the returning officer.');
    expect(agent.speaker.text).toBe('the returning officer');
    // a passive without a predicate, or in a relative clause, gives none
    expect(claimsOf('The new timetable was announced on Monday.')).toHaveLength(0);
    expect(byCue('Ann Ruiz, who was declared the winner last week, thanked the crews.', 'declared')).toBeUndefined();
  });

  it('hedges a cue after "appeared to"', () => {
    const c = only('The director appeared to blame the staff for the delay.');
    expect(c.speaker.text).toBe('The director');
    expect(c.cue.text).toBe('blame');
    expect(c.hedges).toContain('appeared');
  });

  it('takes the sentence subject for "X did A and said C"', () => {
    const claims = claimsOf('The police arrested two men on Friday and said a curfew would stay in force.');
    const said = claims.find((x) => x.cue.text === 'said')!;
    expect(said.speaker.text).toBe('The police');
    expect(said.content.text).toBe('a curfew would stay in force');
  });

  it('reads "…, CNN reported" with the outlet as speaker and in via of anonymous claims', () => {
    const text = 'The ceasefire broke down overnight, CNN reported.\nAn official said shelling resumed at dawn.';
    const claims = claimsOf(text);
    const cnn = claims.find((x) => x.speaker.text === 'CNN')!;
    expect(cnn.content.text).toBe('The ceasefire broke down overnight');
    const official = claims.find((x) => x.speaker.text === 'An official')!;
    expect(official.speaker.anonymous).toBe(true);
    expect(official.via).toEqual(['CNN']);
  });

  it('reads a headline signed by its source: "…, Reuters reports"', () => {
    const text = 'Port strike spreads to the north, Reuters reports\nDock workers walked out in two more cities.';
    const c = claimsOf(text).find((x) => x.speaker.text === 'Reuters')!;
    expect(c.cue.text).toBe('reports');
    expect(c.content.text).toBe('Port strike spreads to the north');
  });

  it('keeps a sentence split by its attribution whole', () => {
    const c = only('The new bridge, the engineer said, would carry twice the traffic.');
    expect(c.speaker.text).toBe('the engineer');
    expect(c.content.text).toBe('The new bridge, the engineer said, would carry twice the traffic');
  });

  it('reads a transcript turn to the end of its paragraph, and no editorial label as a speaker', () => {
    const text =
      'The interview aired on Sunday.\n\nHOST: Let us begin. What happened at the border?\n\nCorrection: An earlier version gave the wrong date.';
    const claims = claimsOf(text);
    expect(claims).toHaveLength(1);
    expect(claims[0]!.speaker.text).toBe('HOST');
    expect(claims[0]!.content.text).toBe('Let us begin. What happened at the border?');
    expect(claims[0]!.quote).toBe('direct');
  });

  it('takes no byline, clickbait label or place heading a list for a speaker before a colon', () => {
    const text =
      'BYLINE: Anna Berg.\n\nEXCLUSIVE: The harbour will close for a month.\n\nNorth Dakota: Ann Hale, Tom Reyes, Joe Park.';
    const at = text.indexOf('North Dakota');
    const place: Entity = { id: 'e1', name: 'North Dakota', type: 'location', aliases: [], mentions: [[at, at + 12]] };
    expect(claimsOf(text, [place])).toHaveLength(0);
    // near miss: a name heading a headline speaks
    const lead = claimsOf('Mayor Hale: Most ferry riders want a later timetable').find((c) => c.cue.text === ':');
    expect(lead?.speaker.text).toBe('Mayor Hale');
  });

  it('reads "according to police" although the tagger takes the bare noun for a verb', () => {
    const c = only('According to police, the driver had fled on foot.');
    expect(c.speaker.text).toBe('police');
    expect(c.content.text).toBe('the driver had fled on foot');
    expect(c.explanation?.rule).toBe('according-to');
  });

  it('marks a denial and a hedge', () => {
    const d = only('The company denied that it had dumped waste.');
    expect(d.polarity).toBe('deny');
    expect(d.content.text).toBe('it had dumped waste');
    const h = only('Witnesses said the driver allegedly fled the scene.');
    expect(h.polarity).toBe('affirm');
    expect(h.hedges).toEqual(['allegedly']);
  });
});

describe('extract: claim explanations', () => {
  const text = 'Anna Berg said the bridge would reopen. “It is safe,” he said.';

  it('carries the rule and how it matched only with explain: true', () => {
    const explained = extract({ id: 'x', text }, { explain: true }).claims;
    expect(explained.length).toBeGreaterThan(0);
    for (const c of explained) {
      expect(c.explanation?.stage).toBe('claims');
      expect(c.explanation?.rule).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(c.explanation?.detail).toContain(`cue "${c.cue.text}"`);
    }
    const quoted = explained.find((c) => c.quote === 'direct')!;
    expect(quoted.explanation?.rule).toBe('verb-cue');
    expect(quoted.explanation?.detail).toContain('speaker by pronoun "he"');
    expect(quoted.explanation?.detail).toContain('content before the cue');
    const plain = extract({ id: 'x', text }).claims;
    expect(plain.length).toBe(explained.length);
    for (const c of plain) expect(c.explanation).toBeUndefined();
  });

  it('names the rule of each construction', () => {
    const rules = (t: string) => claimsOf(t).map((c) => c.explanation?.rule);
    expect(rules('According to the port authority, nine ships were turned away.')).toEqual(['according-to']);
    expect(rules('Okafor: “The vote was rigged.”')).toEqual(['colon-quote']);
    expect(rules('The Red Dawn group claimed responsibility for the bombing.')).toEqual(['responsibility-claim']);
    expect(rules('It is believed that the hostages are alive.')).toEqual(['source-less']);
    expect(rules('“The road is flooded,” said Tom Reed. “Nobody can pass.”')).toEqual(['quote-continuation']);
  });
});

describe('extractClaims: verb cues after modified and quantified subjects', () => {
  it('reads a base-form cue after a plural subject and its prepositional modifier as the verb', () => {
    const c = only('Most fishermen in the harbour towns support the new quota.');
    expect(c.speaker.text).toBe('Most fishermen');
    expect(c.cue.text).toBe('support');
    expect(c.content.text).toBe('the new quota');
    // a singular noun before the word heads a compound, not a clause
    expect(claimsOf('The harbour support crew left early.')).toHaveLength(0);
  });

  it('reads "C, records show" and "records show, C" as the records\' statement', () => {
    const c = only('The ferry was sold for $2 million, records show.');
    expect(c.speaker.text).toBe('records');
    expect(c.content.text).toBe('The ferry was sold for $2 million');
  });

  it('takes a quantifier opening its clause as the speaker ("Both said C", "they all said C")', () => {
    const both = only('Both said the levy was too high.');
    expect(both.speaker.text).toBe('Both');
    expect(both.content.text).toBe('the levy was too high');
    const all = only('They all said the levy was too high.');
    expect(all.speaker.text).toBe('They all');
    // a quantifier before a noun starts a compound subject: no cue in "most state parties"
    expect(claimsOf('However, most state parties release their delegates.')).toHaveLength(0);
  });

  it('reads "see him as Y" with a pronoun object as a judgement', () => {
    const c = only('Many dockworkers see him as the stronger candidate.');
    expect(c.speaker.text).toBe('Many dockworkers');
    expect(c.cue.text).toBe('see');
    expect(c.content.text).toBe('him as the stronger candidate');
    // "saw her as she left": a time clause, no judgement
    expect(claimsOf('I saw her as she left the hall.')).toHaveLength(0);
  });

  it('reads a clause with "reportedly" as a report without a named source', () => {
    const c = only('The ferry company has reportedly cancelled its winter timetable.');
    expect(c.speaker.text).toBe('');
    expect(c.cue.text).toBe('reportedly');
    expect(c.content.text).toBe('The ferry company has reportedly cancelled its winter timetable');
    const opening = claimsOf('Reportedly, the ferry company cancelled the timetable.').find(
      (x) => x.cue.text === 'Reportedly',
    )!;
    expect(opening.content.text).toBe('the ferry company cancelled the timetable');
    // a relative clause's "reportedly" reports on its antecedent, outside the clause
    expect(
      claimsOf('The captain, who reportedly lives on the island, sailed at dawn.').filter(
        (x) => x.cue.text === 'reportedly',
      ),
    ).toHaveLength(0);
  });
});

describe('extractClaims: "made it clear"', () => {
  it('reads "X made (it) clear (to Y) that C" with the whole phrase as the cue and C after it', () => {
    const c = only('The harbour master made it clear to the crews that the pier would stay shut.');
    expect(c.speaker.text).toBe('The harbour master');
    expect(c.cue.text).toBe('made it clear');
    expect(c.content.text).toBe('the pier would stay shut');
    const bare = only('The mayor has made clear she will not run again.');
    expect(bare.cue.text).toBe('made clear');
    expect(bare.content.text).toBe('she will not run again');
    // "made the roads clear": a result, not a statement
    expect(claimsOf('The plough made the roads clear of snow.')).toHaveLength(0);
  });
});

describe('extractClaims: phrasal verb cues', () => {
  it('reads "laid out", "brushed off", "pointed out" with their particle as the cue and the object as content', () => {
    const laid = only('The harbour master laid out his plan for the winter.');
    expect(laid.speaker.text).toBe('The harbour master');
    expect(laid.cue.text).toBe('laid out');
    expect(laid.content.text).toBe('his plan for the winter');
    const brushed = only('The mayor brushed off the complaints.');
    expect(brushed.cue.text).toBe('brushed off');
    expect(brushed.content.text).toBe('the complaints');
    const pointed = only('The skipper pointed out the crack in the hull.');
    expect(pointed.cue.text).toBe('pointed out');
    expect(pointed.content.text).toBe('the crack in the hull');
    // the particle without an object after it is a movement, not a stance
    expect(claimsOf('The skipper walked back to the quay.')).toHaveLength(0);
  });
});

describe('extractClaims: curly contractions', () => {
  it('skips a curly "n’t" between the speaker and the cue as it does a straight one', () => {
    const curly = only('The harbour master didn\u2019t think the ferry would sail.');
    expect(curly.speaker.text).toBe('The harbour master');
    expect(curly.cue.text).toBe('think');
    expect(curly.content.text).toBe('the ferry would sail');
    // no cue, no claim
    expect(claimsOf('The pier didn\u2019t open on time.')).toHaveLength(0);
  });
});
