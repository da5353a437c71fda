import { describe, expect, it } from 'vitest';
import { byCue, claimsOf } from '../../test/helpers/claims.js';

describe('extractClaims: cue shapes the verb rule missed', () => {
  it('a participle cue after "before"/"after" speaks for the clause subject', () => {
    const c = byCue('The mayor thanked the crews before adding that the bridge would reopen in May.', 'adding');
    expect(c?.speaker.text).toBe('The mayor');
    expect(c?.content.text).toBe('the bridge would reopen in May');
    expect(c?.explanation?.rule).toBe('participle-cue');
  });

  it('a preposed participle phrase takes the subject of the main clause and ends at its comma', () => {
    const c = byCue(
      'Two days after denying the rumours, which had spread in Oban, the ferry company cut three routes.',
      'denying',
    );
    expect(c?.speaker.text).toBe('the ferry company');
    // "deny" with a plain object ends it like any object's, before the relative clause
    expect(c?.content.text).toBe('the rumours');
  });

  it('a cue that shows a clause after it is a verb even where the tagger read a noun', () => {
    const c = byCue('Some pilots claim it will close the harbour.', 'claim');
    expect(c?.speaker.text).toBe('Some pilots');
    expect(c?.content.text).toBe('it will close the harbour');
  });

  it('an aside between the cue and "that" is passed over', () => {
    const a = byCue('The mayor said, however, that the bridge would reopen in May.', 'said');
    expect(a?.speaker.text).toBe('The mayor');
    expect(a?.content.text).toBe('the bridge would reopen in May');
    const b = byCue('The pilots believe, for example, that the tides moved the buoys.', 'believe');
    expect(b?.content.text).toBe('the tides moved the buoys');
  });

  it('"As X noted, C": the clause after the "as" phrase is the content', () => {
    const a = byCue('As the harbour master noted, the new buoys are brighter.', 'noted');
    expect(a?.speaker.text).toBe('the harbour master');
    expect(a?.content.text).toBe('the new buoys are brighter');
    expect(a?.explanation?.rule).toBe('as-clause');
    const b = byCue('But as the report pointed out, ferries and barges still run late.', 'pointed');
    expect(b?.speaker.text).toBe('the report');
    expect(b?.content.text).toBe('ferries and barges still run late');
    expect(claimsOf('As the mayor left, the crews cheered.')).toHaveLength(0);
  });

  it('a coordinated cue with a nominal object speaks for a named subject, not for "it"', () => {
    const c = byCue('Mr. Okafor praised the crews and blamed the tides for the delays.', 'blamed');
    expect(c?.speaker.text).toBe('Mr. Okafor');
    expect(c?.content.text).toBe('the tides for the delays');
    expect(c?.explanation?.rule).toBe('coordinated-cue');
    expect(byCue('The ferry left at noon and backed by the council it will run again.', 'backed')).toBeUndefined();
  });

  it('a name with an appositive before the cue is its subject, not an inverted content', () => {
    const c = byCue('Ann Ruiz, a pilot from Leith, criticized the harbour fees.', 'criticized');
    expect(c?.speaker.text).toBe('Ann Ruiz');
    expect(c?.content.text).toBe('the harbour fees');
    expect(c?.explanation?.rule).toBe('verb-cue');
    // a real inversion keeps its content before the cue
    const d = byCue('The ferries will run late all winter, said Ann Ruiz.', 'said');
    expect(d?.speaker.text).toBe('Ann Ruiz');
    expect(d?.content.text).toBe('The ferries will run late all winter');
  });

  it('"said of X: C": whom the words are about is passed over', () => {
    const a = byCue('Ann Ruiz said of the mayor: “She is careful with money.”', 'said');
    expect(a?.speaker.text).toBe('Ann Ruiz');
    expect(a?.content.text).toBe('She is careful with money.');
    expect(a?.quote).toBe('direct');
    const b = byCue('Ann Ruiz wrote of the mayor that she is careful with money.', 'wrote');
    expect(b?.content.text).toBe('she is careful with money');
  });

  it('a clause-only cue takes its prepositional object as content, unless a "that" clause follows it', () => {
    const a = byCue('She agreed with the survey.', 'agreed');
    expect(a?.speaker.text).toBe('She');
    expect(a?.content.text).toBe('the survey');
    const b = byCue('The pilots complained about the noise.', 'complained');
    expect(b?.content.text).toBe('the noise');
    const c = byCue('The judge agreed with the pilots that the fees were too high.', 'agreed');
    expect(c?.content.text).toBe('the fees were too high');
  });

  it('a participle after a noun phrase is a reduced relative: its "by" agent speaks, about the noun phrase', () => {
    const c = byCue('Some ports charge a landing fee, a practice criticized by the pilots as unfair.', 'criticized');
    expect(c?.speaker.text).toBe('the pilots');
    expect(c?.content.text).toBe('a practice');
    expect(c?.explanation?.rule).toBe('passive-agent');
    // a means is no agent: "by telephone" leaves the speaker before the cue
    const d = byCue('“The ferry will run late,” the captain said by telephone.', 'said');
    expect(d?.speaker.text).toBe('the captain');
  });

  it('a participle after a thing that cannot hold a view speaks for the subject of the clause it hangs on', () => {
    const c = byCue('The mayor was heard on a microphone telling the crews that the pier would close.', 'telling');
    expect(c?.speaker.text).toBe('The mayor');
    // near miss: a person in the same place speaks for themself
    const d = byCue('The crews heard a captain telling the mayor that the pier would close.', 'telling');
    expect(d?.speaker.text).toBe('a captain');
  });

  it('a participle after a clause whose subject ends on a thing takes the appositive naming that subject', () => {
    const c = byCue(
      'The other pilot on the boat, Captain Ann Reyes, disagreed, saying that the tides were safe.',
      'saying',
    );
    expect(c?.speaker.text).toBe('Captain Ann Reyes');
    // near miss: a subject that can hold a view keeps it over its appositive
    const d = byCue('The mayor, a former pilot, disagreed, saying that the tides were safe.', 'saying');
    expect(d?.speaker.text).toBe('The mayor');
  });

  it('a participle after a comma passes over a subject that cannot hold a view to the clause subject', () => {
    const c = byCue(
      'The mayor, Ann Reyes, threw the kitchen sink at the board on Monday, accusing it of neglect.',
      'accusing',
    );
    expect(c?.speaker.text).toBe('The mayor');
    // near miss: a person subject stays
    const d = byCue('The mayor threw a party for the crews on Monday, thanking them for their work.', 'thanking');
    expect(d?.speaker.text).toBe('The mayor');
  });

  it('a noun phrase that cannot hold a view, before a participle that modifies it, gives no claim', () => {
    // "a move" is an act: nobody in the text intends it
    expect(
      byCue('Ms. Hale will lead the board for now, a move intended as a signal of calm.', 'intended'),
    ).toBeUndefined();
    expect(byCue('The fishermen joined a protest movement called the Harbour League.', 'called')).toBeUndefined();
    // a name given to a group or person is no claim of theirs either
    expect(byCue('The pilots formed a group called the Harbour League.', 'called')).toBeUndefined();
    expect(byCue('The pilots hired a lawyer named Ann Reyes.', 'named')).toBeUndefined();
    // near miss: a group that is the subject of its own clause calls something a name
    expect(byCue('The pilots formed a group, and the group called the plan reckless.', 'called')?.speaker.text).toBe(
      'the group',
    );
    // near miss: a person or group noun in the same place still speaks
    const c = byCue('The levy was raised again, a committee warned that the docks would close.', 'warned');
    expect(c?.speaker.text).toBe('a committee');
  });

  it('a passive with a "by" agent: the agent holds the stance about the subject', () => {
    const c = byCue('The harbour levy was rejected by most pilots.', 'rejected');
    expect(c?.speaker.text).toBe('most pilots');
    expect(c?.content.text).toBe('The harbour levy');
    expect(c?.explanation?.rule).toBe('passive-agent');
    expect(byCue('It was rejected by most pilots.', 'rejected')).toBeUndefined();
  });

  it('an undertaking after a clause-only cue runs from its "to"', () => {
    const c = byCue('The port authority agreed to pay for the new buoys.', 'agreed');
    expect(c?.speaker.text).toBe('The port authority');
    expect(c?.content.text).toBe('to pay for the new buoys');
  });

  it('a cue in a "who" clause ends its content where the antecedent\'s verb comes', () => {
    const claims = claimsOf('The mayor, who backed the toll last year, said the bridge would reopen.');
    const inner = claims.find((c) => c.cue.text === 'backed');
    expect(inner?.content.text).toBe('the toll last year');
    expect(claims.find((c) => c.cue.text === 'said')?.speaker.text).toBe('The mayor');
    // a clause content keeps a comma-bounded subject: the verb after it is the content's own
    const c = byCue('The pilots, who said that the crews, in their view, must act, left early.', 'said');
    expect(c?.content.text).toBe('the crews, in their view, must act');
  });

  it('a cue in a "who" clause with no comma before it ends its object where the antecedent\'s verb comes', () => {
    const claims = claimsOf('Pilots who opposed the levy warned on Monday that fares would rise.');
    expect(claims.find((c) => c.cue.text === 'opposed')?.content.text).toBe('the levy');
    // a verb that takes a clause keeps it: what was said runs on to its own verb
    const said = byCue('Pilots who said the levy would pass were wrong.', 'said');
    expect(said?.content.text).toBe('the levy would pass were wrong');
  });

  it('a clause content in a "who" clause ends at the comma before the antecedent\'s past-tense verb', () => {
    const c = byCue('Ann Hale, who said the mayor misled her in May, recounted the meeting.', 'said');
    expect(c?.content.text).toBe('the mayor misled her in May');
    // the object stays whole when the comma closes a quote: the mark is part of it
    const q = byCue('Ruiz, who has called himself the "ferry candidate," has taken a hard line.', 'called');
    expect(q?.content.text).toBe('himself the "ferry candidate,"');
  });

  it('a base-form cue the tagger read as a noun after a plural subject is a verb', () => {
    const a = byCue('Most ferry pilots support the new levy.', 'support');
    expect(a?.speaker.text).toBe('Most ferry pilots');
    expect(a?.content.text).toBe('the new levy');
    const b = byCue('Harbour records show the ferry ran late on most days.', 'show');
    expect(b?.speaker.text).toBe('Harbour records');
    expect(b?.content.text).toBe('the ferry ran late on most days');
    expect(byCue('Most skippers support background checks for deckhands.', 'support')?.content.text).toBe(
      'background checks for deckhands',
    );
    // a noun compound ("support group") and a preposition after a plural ("maps like") are no cues
    expect(claimsOf('The fishermen support group met on Monday.')).toHaveLength(0);
    expect(claimsOf('The rangers keep maps like the one on the wall.')).toHaveLength(0);
  });

  it('a bare clause after a clause-only cue may have a subject with prepositional phrases', () => {
    const c = byCue('The pilots think the progress on harbour safety is real.', 'think');
    expect(c?.speaker.text).toBe('The pilots');
    expect(c?.content.text).toBe('the progress on harbour safety is real');
    // a plain object with a modifier is no clause
    expect(claimsOf('The pilots know the harbour in Leith very well.')).toHaveLength(0);
  });

  it('a verb of judging with "as" or a predicate reports a stance, without a holder in the passive', () => {
    const a = byCue('The pier is widely seen as unsafe.', 'seen');
    expect(a?.speaker.text).toBe('');
    expect(a?.content.text).toBe('The pier is widely seen as unsafe');
    expect(a?.explanation?.rule).toBe('source-less');
    expect(byCue('Leith and Oban are considered safe harbours.', 'considered')?.content.text).toBe(
      'Leith and Oban are considered safe harbours',
    );
    const b = byCue('Most pilots see the new levy as unfair.', 'see');
    expect(b?.speaker.text).toBe('Most pilots');
    expect(b?.content.text).toBe('the new levy as unfair');
    // no predicate, a wish to be seen, a relative clause about its antecedent, a reduced participle
    expect(claimsOf('She considered the offer for a week.')).toHaveLength(0);
    expect(claimsOf('The plan was considered by the council on Monday.')).toHaveLength(0);
    expect(byCue('The mayor wants to be seen as a reformer.', 'seen')).toBeUndefined();
    expect(claimsOf('The pier, which is seen as unsafe, was closed.')).toHaveLength(0);
    expect(claimsOf('The ferry records considered unreliable were thrown away.')).toHaveLength(0);
  });

  it('a participle after a comma speaks for the subject of the finite verb, past gerunds and infinitives', () => {
    const a = byCue(
      'Several pilots cautioned against drawing lessons from the storm, saying the harbour was never safe.',
      'saying',
    );
    expect(a?.speaker.text).toBe('Several pilots');
    expect(a?.content.text).toBe('the harbour was never safe');
    const b = byCue('The pilots used the storm to justify the closure, saying the pier is unsafe.', 'saying');
    expect(b?.speaker.text).toBe('The pilots');
    // with no finite verb before the comma there is no speaker to find
    expect(byCue('Drawing lessons from the storm, saying little.', 'saying')).toBeUndefined();
  });

  it('a cue after "more likely to" or a progressive "is continuing to" is its subject\'s', () => {
    const a = byCue('Older pilots were slightly more likely to say the pier is unsafe.', 'say');
    expect(a?.speaker.text).toBe('Older pilots');
    expect(a?.content.text).toBe('the pier is unsafe');
    const b = byCue('The mayor is continuing to insist the pier is safe.', 'insist');
    expect(b?.speaker.text).toBe('The mayor');
    expect(b?.content.text).toBe('the pier is safe');
    // a plain "likely to say" guesses at what will be said
    expect(byCue('The mayor is likely to say the pier is unsafe.', 'say')).toBeUndefined();
  });

  it('a study, poll or inquiry "found" a plain object: its finding', () => {
    const a = byCue('The inquiry found virtually nothing about the harbour fees.', 'found');
    expect(a?.speaker.text).toBe('The inquiry');
    expect(a?.content.text).toBe('nothing about the harbour fees');
    expect(byCue('Researchers found little evidence of harm.', 'found')?.content.text).toBe('little evidence of harm');
    // a person who finds a thing states nothing
    expect(claimsOf('The pilot found a coat on the pier.')).toHaveLength(0);
  });

  it('the question after "asked" past a setting or an agent, with the agent as the one who asks', () => {
    const a = byCue('Asked at a briefing on Monday about the levy, the mayor laughed.', 'Asked');
    expect(a?.content.text).toBe('the levy');
    expect(a?.speaker.text).toBe('');
    const b = byCue('"It is fine," the mayor said when asked whether the pier was safe.', 'asked');
    expect(b?.content.text).toBe('whether the pier was safe');
    const c = byCue('The mayor was asked by a pilot whether the pier was safe.', 'asked');
    expect(c?.speaker.text).toBe('a pilot');
    expect(c?.content.text).toBe('whether the pier was safe');
    // a request is no question, and an "asked" with nothing after it has no content
    expect(byCue('Asked to leave on Monday, the pilots refused.', 'Asked')).toBeUndefined();
    expect(byCue('When asked, the mayor laughed.', 'asked')).toBeUndefined();
  });

  it('a share of those polled before a clause is a subject and its cue ("six in 10 say C")', () => {
    const a = byCue('Nearly a third say they do not know.', 'say');
    expect(a?.speaker.text).toBe('a third');
    expect(a?.content.text).toBe('they do not know');
    expect(byCue('About one in five say the pier is unsafe.', 'say')?.content.text).toBe('the pier is unsafe');
    // after a number, other words are nouns: "the four states that voted"
    expect(claimsOf('The four states that voted on Tuesday were small.')).toHaveLength(0);
  });

  it('what is tweeted is a statement even as a plain object', () => {
    const a = byCue('The harbour master tweeted her thanks to the crews.', 'tweeted');
    expect(a?.speaker.text).toBe('The harbour master');
    expect(a?.content.text).toBe('her thanks to the crews');
    // a plain object of another clause-only cue stays no claim
    expect(claimsOf('The harbour master read the report on Monday.')).toHaveLength(0);
  });

  it('a participle after a comma finds its clause subject before an appositive', () => {
    const c = byCue(
      'The mayor, clearly frustrated, responded by pointing at the pier, saying the union was wrong.',
      'saying',
    );
    expect(c?.speaker.text).toBe('The mayor');
    expect(c?.content.text).toBe('the union was wrong');
    // a clause whose subject is a bare comma-bounded phrase with no name before it gives no speaker
    expect(byCue('Clearly frustrated, responded by pointing, saying little.', 'saying')).toBeUndefined();
  });

  it('a name with a relative clause before the cue is its subject, and a quote after the noun phrase no inversion', () => {
    const a = byCue('Ann Ruiz, who runs the ferry at Leith, said the new fees "were unfair to everyone."', 'said');
    expect(a?.speaker.text).toBe('Ann Ruiz');
    expect(a?.content.text).toContain('the new fees');
    const b = byCue(
      'The harbour master, a sailor who retired in May, criticized the new fees, which start in June.',
      'criticized',
    );
    expect(b?.speaker.text).toBe('The harbour master');
    expect(b?.content.text).toBe('the new fees');
    const c = byCue(
      "Maria Lund, the head of the pilots' union, endorsed the new timetable Friday, saying it would help.",
      'endorsed',
    );
    expect(c?.speaker.text).toBe('Maria Lund');
    const e = byCue(
      'Jo Reyes will back the toll, while Ann Ruiz, the harbour chief, proposed we "close the pier at night."',
      'proposed',
    );
    expect(e?.speaker.text).toBe('Ann Ruiz');
    expect(e?.content.text).toContain('close the pier');
    // a relative clause inside a content that has a main verb of its own still ends an inversion
    const d = byCue('The plan, which the crews dislike, will fail, said Ann Ruiz.', 'said');
    expect(d?.speaker.text).toBe('Ann Ruiz');
    expect(d?.content.text).toBe('The plan, which the crews dislike, will fail');
  });

  it('a retort with "back" before its that-clause or quote: "shot back that C", "wrote back: “C”"', () => {
    const a = byCue('Asked about the fees, Ann Ruiz shot back that the council had never asked the crews.', 'shot');
    expect(a?.speaker.text).toBe('Ann Ruiz');
    expect(a?.content.text).toBe('the council had never asked the crews');
    const b = byCue('Tom Reed fired back: "We will not close the pier."', 'fired');
    expect(b?.speaker.text).toBe('Tom Reed');
    expect(b?.content.text).toBe('We will not close the pier.');
    expect(b?.quote).toBe('direct');
    const c = byCue('The mayor then writes back, “See you on Monday.”', 'writes');
    expect(c?.speaker.text).toBe('The mayor');
    expect(c?.content.text).toBe('See you on Monday.');
    // no retort without a clause or quote after the particle
    expect(byCue('The ferry shot back into the harbour at noon.', 'shot')).toBeUndefined();
    expect(byCue('The crews hit back at the council on Friday.', 'hit')).toBeUndefined();
  });

  it('a phrasal stance verb finds its subject past an appositive or a time phrase', () => {
    const a = byCue('Ruiz, a longtime sailor, lashed out at the harbour council.', 'lashed out at');
    expect(a?.speaker.text).toBe('Ruiz');
    expect(a?.content.text).toBe('the harbour council');
    const b = byCue('Ann Ruiz on Monday lashed out at the harbour council.', 'lashed out at');
    expect(b?.speaker.text).toBe('Ann Ruiz');
    // a participle after a comma still needs a sentence subject, and a bare time phrase is no holder
    expect(byCue('On Monday, lashing out at the harbour council, the crowd left.', 'lashing out at')).toBeUndefined();
    expect(byCue('On Monday lashed out at the harbour council.', 'lashed out at')).toBeUndefined();
  });

  it('a hyphenated word in the setting before "that" is no verb: "wrote in a Gazette op-ed that C"', () => {
    const a = byCue('Tom Reed, a former aide, wrote in a Leith Gazette op-ed that he drafted the speech.', 'wrote');
    expect(a?.speaker.text).toBe('Tom Reed');
    expect(a?.content.text).toBe('he drafted the speech');
    // a verb in the setting still ends it: what follows is no content of the cue
    expect(byCue('Tom Reed wrote in a notebook he kept that winter.', 'wrote')).toBeUndefined();
  });

  it('"came out against X" states a stance; a thing that comes out against something holds none', () => {
    const a = byCue('Ann Ruiz came out against the harbour toll.', 'came out against');
    expect(a?.speaker.text).toBe('Ann Ruiz');
    expect(a?.content.text).toBe('the harbour toll');
    expect(byCue('The final tally came out against the harbour toll.', 'came out against')).toBeUndefined();
  });

  it('a base-form cue the tagger read as a noun after a plural subject takes a that-clause: "records show that C"', () => {
    const a = byCue('Harbour records show that the ferry ran late all winter.', 'show');
    expect(a?.speaker.text).toBe('Harbour records');
    expect(a?.content.text).toBe('the ferry ran late all winter');
    // after a singular noun the word heads a compound, and its "that" opens a relative clause
    expect(byCue('The road show that the council planned was cancelled.', 'show')).toBeUndefined();
  });

  it('a correlative may open the content: "showed that either crew would win"', () => {
    const a = byCue('The harbour poll showed that either crew would win the race.', 'showed');
    expect(a?.speaker.text).toBe('The harbour poll');
    expect(a?.content.text).toBe('either crew would win the race');
    // a conjunction alone opens no content
    expect(byCue('The harbour poll showed and the crews left.', 'showed')).toBeUndefined();
  });

  it('a time setting before a clause without "that" may end on a day, the clause opening with its determiner', () => {
    const a = byCue('The mayor said on Wednesday the harbour had closed.', 'said');
    expect(a?.speaker.text).toBe('The mayor');
    expect(a?.content.text).toBe('the harbour had closed');
    // a time phrase with no clause after it gives no content
    expect(byCue('The mayor spoke on Wednesday the whole day.', 'spoke')).toBeUndefined();
  });
});

describe('extractClaims: a cue in an infinitive speaks for the doer its clause names', () => {
  it('a purpose infinitive: the subject of the clause it hangs on', () => {
    const c = byCue('The mayor went on the radio to declare that the ferry was safe.', 'declare');
    expect(c?.speaker.text).toBe('The mayor');
    expect(c?.content.text).toBe('the ferry was safe');
    expect(c?.explanation?.rule).toBe('infinitive-cue');
  });

  it('"the first N to V": the subject of the copula', () => {
    const c = byCue('Ann Ruiz was the first councillor to endorse the toll.', 'endorse');
    expect(c?.speaker.text).toBe('Ann Ruiz');
    expect(c?.content.text).toBe('the toll');
  });

  it('a verb that brings its object to act: the object speaks, not the subject', () => {
    const c = byCue('The flood led some residents to warn that the pier would close.', 'warn');
    expect(c?.speaker.text).toBe('some residents');
    expect(c?.content.text).toBe('the pier would close');
  });

  it('a quantifier or pronoun object, and a question as the content', () => {
    const c = byCue('The ferry was sold, leaving some to question whether the price was fair.', 'question');
    expect(c?.speaker.text).toBe('some');
    expect(c?.content.text).toBe('whether the price was fair');
  });

  it('a purpose after a comma is no complement of the cue before it', () => {
    const c = byCue('The mayor agreed to a meeting, but only to tell the pilots that the pier would close.', 'tell');
    expect(c?.speaker.text).toBe('The mayor');
    expect(c?.content.text).toBe('the pier would close');
  });

  it('"for X to V": X', () => {
    const c = byCue('It was a good day for the mayor to announce that the bridge would reopen.', 'announce');
    expect(c?.speaker.text).toBe('the mayor');
    expect(c?.content.text).toBe('the bridge would reopen');
  });

  it('a headline line "X to V Y": X', () => {
    const c = byCue('Fishermen to oppose new quota\n\nThe vote is on Monday.', 'oppose');
    expect(c?.speaker.text).toBe('Fishermen');
    expect(c?.content.text).toBe('new quota');
  });

  it('no claim from a purpose infinitive whose verb is no cue, nor from "to" as a preposition', () => {
    expect(claimsOf('The mayor went to the harbour to open the bridge.')).toHaveLength(0);
    expect(claimsOf('The mayor looked to support from the unions.')).toHaveLength(0);
  });

  it('no claim from what someone must, can or will likely do, nor from a deed with a plain object', () => {
    expect(claimsOf('The fishermen had to defend their catch.')).toHaveLength(0);
    expect(claimsOf('The mayor is likely to announce a new timetable.')).toHaveLength(0);
    expect(claimsOf('The minister flew to Oslo to sign the treaty.')).toHaveLength(0);
    // an infinitive after a question word asks what to do
    expect(claimsOf('The mayor spent the night working out how to criticize the ferry company.')).toHaveLength(0);
  });

  it('no second claim when a cue governs the infinitive or reports the clause it sits in', () => {
    expect(byCue('The mayor urged residents to back the toll.', 'back')).toBeUndefined();
    const claims = claimsOf('Ann Ruiz said she went to Oban to tell the crews that the route was closed.');
    expect(claims.map((c) => c.cue.text)).toEqual(['said']);
  });
});

describe('extractClaims: a progressive intention the tagger read as an adjective', () => {
  it('"is promising to V" is an intention like "promised to V", "promising" before a noun or preposition is not', () => {
    const c = byCue('The mayor is promising to rebuild the pier.', 'promising');
    expect(c?.speaker.text).toBe('The mayor');
    expect(c?.content.text).toBe('to rebuild the pier');
    expect(claimsOf('The early results are promising to the crews.')).toHaveLength(0);
    expect(claimsOf('The pier is a promising site.')).toHaveLength(0);
  });
});

describe('extractClaims: "To X, C" gives C as the view of X', () => {
  it('a name, a pronoun, a quantifier or someone with a relative clause, then a clause', () => {
    const a = byCue('To many, the pier is a symbol of the town.', 'To');
    expect(a?.speaker.text).toBe('many');
    expect(a?.content.text).toBe('the pier is a symbol of the town');
    expect(a?.explanation?.rule).toBe('view-of');
    expect(byCue('But to others, the mayor is a hero.', 'to')?.speaker.text).toBe('others');
    expect(byCue('To Ann Ruiz, the toll is a mistake.', 'To')?.content.text).toBe('the toll is a mistake');
    expect(byCue('To anyone who follows the tides, the flood is no surprise.', 'To')?.speaker.text).toBe('anyone');
  });

  it('no view after a setting, a time, a demonstrative, an infinitive or an idiom', () => {
    for (const text of [
      'To the east, the hills rise.',
      'To date, the pier has cost two million.',
      'To that, the mayor added nothing.',
      'To be sure, the pier is old.',
      'To a person, the crews backed the plan.',
      '“The pier is old. To many, it is a symbol of the town,” the mayor said.',
    ])
      expect(claimsOf(text).filter((c) => c.explanation?.rule === 'view-of')).toHaveLength(0);
  });

  it('no one knows in a participle describing a noun ("a think tank known for X") or in a filler "you know"', () => {
    const cited = claimsOf('He cited a poll by the Harbour Institute, a think tank known for its surveys.');
    expect(cited.map((c) => c.cue.text)).toEqual(['cited']);
    expect(
      claimsOf('The ferry was late again and, you know, nobody was surprised.').map((c) => c.cue.text),
    ).not.toContain('know');
    // near miss: knowing with a clause is a claim
    expect(byCue('The pilots know the harbour will close.', 'know')?.content.text).toBe('the harbour will close');
  });
});
