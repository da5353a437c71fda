/**
 * Event stage: attacks, kidnappings, arrests, detentions, warnings,
 * responsibility claims and court actions, with date, place, actors,
 * targets and casualty counts. Triggers come from a lexicon
 * (events/lexicon.ts); each mention takes the date, place and names of its
 * own clause first, then of its sentence; mentions of one event (a headline,
 * "the attack" later on, a repeat with the same date) are merged.
 */

import type { ExtractionContext } from './context.js';
import type { Count, Entity, EntityType, Event, EventType, Explanation, Span } from './contract.js';
import type { DateMention } from './dates.js';
import { normKey } from './entities/lexicon.js';
import {
  buildDocContext,
  type DocContext,
  datesIn,
  inside,
  mentionsIn,
  type PlacedMention,
  sentenceSpan,
} from './events/context.js';
import { countsByPlace, findCasualties, findCustody, VICTIMS_OF } from './events/counts.js';
import { type EventMention, findEventMentions } from './events/mentions.js';
import {
  type AnchorEvent,
  demonymsOf,
  findWarningMentions,
  type WarningMention,
  warningExplanationParts,
} from './events/warning-cues.js';
import type { Analysis } from './nlp.js';

// The town or region is the event's place; a building named with it is what was hit (a target), so the
// town ranks first and the facility stands in only when no town is named.
const PLACE_RANK: Partial<Record<EntityType, number>> = { location: 3, facility: 2, country: 1 };
const PLACE_TYPES: EntityType[] = ['facility', 'location', 'country'];
const AGENT_TYPES: EntityType[] = ['armed_group', 'organization', 'person', 'country'];
const TARGET_TYPES: EntityType[] = ['person', 'organization', 'facility', 'media'];
const CASUALTY_TYPES = new Set<EventType>(['attack', 'kidnapping']);
// subtypes that tell what came of an attack, not how it was done: any means may have led to them
const OUTCOMES = new Set(['killing', 'assassination', 'massacre']);
const COURT = /\b(court|courts|judge|judges|tribunal|magistrate|prosecutors?)\b/i;
const CLASH =
  /\b(clash|clashes|combat|fighting|skirmish(es)?|battles?|confrontations?|engagements?|firefights?|shootouts?)\b/i;
const COMBATANTS =
  /\b(subversives?|guerrillas?|rebels?|terrorists?|extremists?|insurgents?|militants?|attackers?|gunmen|assailants?|bandits?|suspects?|fighters?)\b/i;

const STATE_FORCES =
  /\b(army|troops|soldiers|security forces|armed forces|police|policemen|military|patrols?|battalions?|brigades?|units)\b/i;

export interface EventDraft {
  mention: EventMention;
  type: EventType;
  subtype?: string;
  date: DateMention | null;
  /** where the date came from: the mention's own words, its sentence, or the context */
  dateSource: 'own' | 'sentence' | 'context' | null;
  location: PlacedMention | null;
  /** where the place came from ("the clause", "the sentence", "the dateline's country"), for explanations */
  locationSource: string | null;
  actors: Entity[];
  targets: Entity[];
  /** how actors and targets were found ("the subject before the verb"), for explanations */
  partiesHow: string[];
  killed: Count | null;
  injured: Count | null;
  /** the words the counts were read from */
  countsSaid: { killed?: string; injured?: string };
  evidence: Span;
  /** the rule that produced the draft (`trigger:attack`, `warning-cue:warn`) and what else it is worth saying */
  rule: string;
  notes: string[];
  /** the other mentions folded into this one */
  merged: EventMention[];
  /** drafts split from one clause naming several places ("in A, B and C"): never merged back together */
  splitFrom?: EventMention;
}

function nearestTo(pos: number, items: { span: Span }[]): number {
  let best = -1;
  let bestDistance = Number.POSITIVE_INFINITY;
  items.forEach((item, i) => {
    const d = item.span[0] >= pos ? item.span[0] - pos : pos - item.span[1];
    // earlier mentions are preferred on ties: a date or place usually leads its clause
    const weighted = item.span[0] >= pos ? d * 1.5 : d;
    if (weighted < bestDistance) {
      bestDistance = weighted;
      best = i;
    }
  });
  return best;
}

/** Regions of the other mentions in the sentence: their own dates and places are theirs. */
function claimedElsewhere(m: EventMention, all: EventMention[]): Span[] {
  return all.filter((o) => o !== m && o.sentence === m.sentence && o.kind === 'noun').map((o) => o.region);
}

/** "the \"9 May\" Liberation Forces": a date in quotation marks is (part of) a name, not a time. */
function quotedName(text: string, span: Span): boolean {
  return (
    /["\u201c]\s*$/.test(text.slice(Math.max(0, span[0] - 2), span[0])) &&
    /^\s*["\u201d]/.test(text.slice(span[1], span[1] + 2))
  );
}

function pickDate(doc: DocContext, m: EventMention, all: EventMention[]): Pick<EventDraft, 'date' | 'dateSource'> {
  const own = datesIn(doc, m.region).filter((d) => !quotedName(doc.a.text, d.span));
  if (m.kind === 'noun') {
    // "the January 3 bombings": a date just before the trigger belongs to it
    const before = own.filter((d) => d.span[1] <= m.trigger[0]);
    const pick = before.at(-1) ?? own[0];
    if (pick) return { date: pick, dateSource: 'own' };
  } else if (own.length > 0) {
    const i = nearestTo(m.trigger[0], own);
    return { date: own[i] ?? null, dateSource: 'own' };
  }
  const claimed = claimedElsewhere(m, all);
  const text = doc.a.text;
  const inSentence = datesIn(doc, sentenceSpan(doc, m.sentence)).filter(
    (d) =>
      !claimed.some((c) => inside(d.span, c)) &&
      !quotedName(text, d.span) &&
      !datesSomethingElse(
        text.slice(Math.max(sentenceSpan(doc, m.sentence)[0], d.span[0] - 80), d.span[0]) +
          (DATE_PREPOSITION.exec(d.text)?.[0] ?? ''),
      ),
  );
  if (inSentence.length > 0) {
    const i = nearestTo(m.trigger[0], inSentence);
    return { date: inSentence[i] ?? null, dateSource: 'sentence' };
  }
  return { date: null, dateSource: null };
}

/**
 * A date outside the event's own clause that the words before it give to something else: "the revolution
 * of 1979", "the worst since 2015", a relative clause ("the government, which took office in 1986") or a
 * participle ("the process begun on 14 January 1986"). "The evening of 24 May" is still a date of the day.
 */
function datesSomethingElse(before: string): boolean {
  if (/\b(of|since)\s+$/i.test(before)) return !/\b(evening|morning|night|afternoon|dawn|day)\s+of\s+$/i.test(before);
  const clause = before.split(/[,;:()]/).at(-1) ?? '';
  return /\b(which|whose)\b/i.test(clause) || /\b(\w+(ed|en|un)|began|born|held)\s+(on|in)\s+$/i.test(clause);
}
// a date told with its preposition ("on 14 January 1986") is judged by the words before the preposition
const DATE_PREPOSITION = /^(on|in)\s+/i;

function rankPlace(p: PlacedMention): number {
  return PLACE_RANK[p.entity.type] ?? 0;
}

function pickPlace(doc: DocContext, all: PlacedMention[], pos: number): PlacedMention | null {
  // "an Afghanistan-based branch", "Iranian-born": the place describes someone, it is not where the event was
  const candidates = all.filter(
    (p) => !/^-(based|born|backed|linked|made|led)\b/i.test(doc.a.text.slice(p.span[1], p.span[1] + 8)),
  );
  if (candidates.length === 0) return null;
  const top = Math.max(...candidates.map(rankPlace));
  const best = candidates.filter((c) => rankPlace(c) === top);
  return best[nearestTo(pos, best)] ?? null;
}

/**
 * "a commando trained in Nicaragua", "refugees who had been in Honduras": a
 * place inside a relative or participle clause after the trigger tells of
 * someone's past, not of where the event happened.
 */
function inDescriptiveClause(doc: DocContext, m: EventMention, p: PlacedMention): boolean {
  if (p.span[0] < m.trigger[1]) return false;
  const between = doc.a.text.slice(m.trigger[1], p.span[0]);
  return /\b(who|which|whose)\b/i.test(between) || /\b\w+ed\s+(in|from|to|at)\s+(the\s+)?$/i.test(between);
}

/**
 * "killing Barillas", "kidnapped Ayala": the object of a verb of killing or abduction is a person, so a
 * name there that the entity stage read as a town is the victim, not where it happened.
 */
function victimNamedAsPlace(doc: DocContext, m: EventMention, p: PlacedMention): boolean {
  if (m.kind !== 'verb' || m.passive || p.entity.type !== 'location') return false;
  if (!(m.type === 'kidnapping' || (m.subtype && OUTCOMES.has(m.subtype)))) return false;
  return /^\s+$/.test(doc.a.text.slice(m.trigger[1], p.span[0]));
}

/**
 * "500 km northwest of Bogota", "located 355 km from the capital": a place a distance is measured from is
 * where the event did not happen.
 */
function isDistanceReference(doc: DocContext, p: PlacedMention): boolean {
  return DISTANCE_FROM.test(doc.a.text.slice(Math.max(0, p.span[0] - 60), p.span[0]));
}
const DISTANCE_FROM =
  /\b(km|kms|kilometers|kilometres|miles)\b(\s+(to\s+the\s+)?(north|south|east|west|northeast|northwest|southeast|southwest)(ern)?)?\s+(of|from)\s+(the\s+)?(city\s+of\s+|town\s+of\s+)?$/i;

function pickLocation(
  doc: DocContext,
  m: EventMention,
  all: EventMention[],
): Pick<EventDraft, 'location' | 'locationSource'> {
  const ownPlaces = mentionsIn(doc, m.region, PLACE_TYPES).filter(
    (p) => !inDescriptiveClause(doc, m, p) && !victimNamedAsPlace(doc, m, p) && !isDistanceReference(doc, p),
  );
  const own = pickPlace(doc, ownPlaces, m.trigger[0]);
  if (own) return { location: own, locationSource: placeHow(ownPlaces, own, 'the clause') };
  const claimed = claimedElsewhere(m, all);
  const home = documentCountry(doc);
  const inSentence = mentionsIn(doc, sentenceSpan(doc, m.sentence), PLACE_TYPES).filter(
    (p) =>
      // the dateline shares the first sentence but says where the report was filed
      !(doc.dateline && inside(p.span, doc.dateline.span)) &&
      !claimed.some((c) => inside(p.span, c)) &&
      !inDescriptiveClause(doc, m, p) &&
      !isDistanceReference(doc, p) &&
      // in wire copy a foreign country elsewhere in the sentence is background ("left Panama after the attack")
      !(doc.dateline && p.entity.type === 'country' && home && p.entity.id !== home.id),
  );
  const picked = pickPlace(doc, inSentence, m.trigger[0]);
  return { location: picked, locationSource: picked ? placeHow(inSentence, picked, 'the sentence') : null };
}

/** "the clause, ranked before 1 other place": where a place was found; a town ranks before a building, a building before a country. */
function placeHow(candidates: PlacedMention[], chosen: PlacedMention, where: string): string {
  const others = new Set(
    candidates
      .filter((c) => c.entity.id !== chosen.entity.id && rankPlace(c) < rankPlace(chosen))
      .map((c) => c.entity.id),
  );
  return others.size > 0 ? `${where}, ranked before ${others.size} other place${others.size > 1 ? 's' : ''}` : where;
}

/**
 * The country a wire report is about: the one named most (a city counts for
 * its country), the dateline's country breaking ties. Only for wire copy,
 * whose dateline says where it was filed but not always where things happened.
 */
export function documentCountry(doc: DocContext): Entity | null {
  const known = homeCountry.get(doc);
  if (known !== undefined) return known;
  const home = rankCountries(doc);
  homeCountry.set(doc, home);
  return home;
}
// asked for each event placed in a wire report; the answer depends on the document alone
const homeCountry = new WeakMap<DocContext, Entity | null>();
// compiled once per demonym (String.match with a global pattern starts at 0 and leaves lastIndex at 0)
const DEMONYM_PATTERNS = new Map<string, RegExp>();
function demonymPattern(demonym: string): RegExp {
  let re = DEMONYM_PATTERNS.get(demonym);
  if (!re) {
    re = new RegExp(`\\b${demonym}s?\\b`, 'gi');
    DEMONYM_PATTERNS.set(demonym, re);
  }
  return re;
}

function rankCountries(doc: DocContext): Entity | null {
  const line = doc.dateline;
  if (!line) return null;
  const countries = new Map<string, { entity: Entity; score: number }>();
  for (const p of doc.mentions) {
    if (p.entity.type === 'country') {
      const c = countries.get(p.entity.id) ?? { entity: p.entity, score: 0 };
      c.score += 1;
      countries.set(p.entity.id, c);
    }
  }
  const byCode = (code: string | undefined) =>
    [...countries.values()].find((c) => code && c.entity.geo?.country === code);
  for (const p of doc.mentions) {
    if (p.entity.type !== 'country') {
      const c = byCode(p.entity.geo?.country);
      if (c) c.score += 0.5;
    }
  }
  // "Salvadoran army", "Colombian police": the people of a country name it too
  for (const c of countries.values()) {
    const code = c.entity.geo?.country;
    for (const demonym of code ? demonymsOf(code) : []) {
      c.score += 0.5 * (doc.a.text.match(demonymPattern(demonym))?.length ?? 0);
    }
  }
  const atDateline = doc.mentions.find((p) => p.span[0] >= line.placeSpan[0] && p.span[1] <= line.span[1]);
  const named = line.country?.toLowerCase();
  const dated =
    (atDateline?.entity.type === 'country' ? countries.get(atDateline.entity.id) : undefined) ??
    [...countries.values()].find(
      (c) => named && [c.entity.name, ...c.entity.aliases].some((n) => n.toLowerCase() === named),
    ) ??
    byCode(atDateline?.entity.geo?.country);
  if (dated) dated.score += 0.75;
  const ranked = [...countries.values()].sort((x, y) => y.score - x.score);
  return ranked[0]?.entity ?? null;
}

function isAgentOrTargetType(e: Entity, types: EntityType[]): boolean {
  return types.includes(e.type);
}

function unique(entities: Entity[]): Entity[] {
  return [...new Map(entities.map((e) => [e.id, e])).values()];
}

function pickParties(doc: DocContext, m: EventMention): Pick<EventDraft, 'actors' | 'targets' | 'partiesHow'> {
  const text = doc.a.text;
  const clause: Span = m.evidence;
  const inClause = mentionsIn(doc, [clause[0], Math.max(clause[1], m.region[1])]).filter(
    (p) => !PLACE_TYPES.includes(p.entity.type) || p.entity.type === 'country' || p.entity.type === 'facility',
  );
  const before = inClause.filter((p) => p.span[1] <= m.trigger[0]);
  const after = inClause.filter((p) => p.span[0] >= m.trigger[1]);
  const byAgent = after.filter((p) => /\bby\s+(the\s+)?$/i.test(text.slice(Math.max(0, p.span[0] - 12), p.span[0])));
  let actors: Entity[] = [];
  let targets: Entity[] = [];
  let actorsHow = '';
  let targetsHow = '';
  if (m.type === 'responsibility_claim') {
    actors = before.map((p) => p.entity).filter((e) => isAgentOrTargetType(e, AGENT_TYPES));
    actorsHow = 'the claimant before the verb';
  } else if (m.kind === 'verb' && !m.passive) {
    actors = before.map((p) => p.entity).filter((e) => isAgentOrTargetType(e, AGENT_TYPES));
    targets = after.map((p) => p.entity).filter((e) => isAgentOrTargetType(e, [...TARGET_TYPES, 'armed_group']));
    actorsHow = 'the subject before the verb';
    targetsHow = 'the object after the verb';
  } else {
    actors = byAgent.map((p) => p.entity).filter((e) => isAgentOrTargetType(e, AGENT_TYPES));
    const rest = m.passive ? before : after.filter((p) => !byAgent.includes(p));
    targets = rest.map((p) => p.entity).filter((e) => isAgentOrTargetType(e, TARGET_TYPES));
    actorsHow = 'the agent after "by"';
    targetsHow = m.passive ? 'the subject of the passive verb' : 'names after the noun';
  }
  if (actors.length === 0 && (m.type === 'attack' || m.type === 'kidnapping' || m.type === 'responsibility_claim')) {
    // an armed group named in the sentence is the likeliest perpetrator
    actors = mentionsIn(doc, sentenceSpan(doc, m.sentence), ['armed_group']).map((p) => p.entity);
    actorsHow = 'an armed group named in the sentence';
  }
  const actorIds = new Set(actors.map((e) => e.id));
  const kept = unique(targets.filter((e) => !actorIds.has(e.id)));
  const partiesHow = [
    ...(actors.length > 0 ? [`actors: ${actorsHow}`] : []),
    ...(kept.length > 0 ? [`targets: ${targetsHow}`] : []),
  ];
  return { actors: unique(actors), targets: kept, partiesHow };
}

function draftOf(doc: DocContext, m: EventMention, all: EventMention[]): EventDraft {
  const text = doc.a.text;
  let type = m.type;
  let subtype = m.subtype;
  const notes: string[] = [];
  if ((type === 'arrest' || type === 'detention') && COURT.test(text.slice(m.evidence[0], m.trigger[0]))) {
    // a court "arresting" someone is a court order, not a police arrest
    type = 'court_action';
    subtype = 'order';
    notes.push('a court ordered it: a court action');
  }
  let killed: Count | null = null;
  let injured: Count | null = null;
  let countsSaid: EventDraft['countsSaid'] = {};
  if (CASUALTY_TYPES.has(type)) {
    // another incident told in the sentence bounds the count to this clause; not a word of the same telling
    // ("a bomb exploded": two triggers side by side, joined into one mention when merging)
    const sameTelling = (o: EventMention) =>
      o.type === m.type && (Math.abs(o.first - m.last) <= 6 || Math.abs(m.first - o.last) <= 6);
    const others = all.filter(
      (o) => o !== m && o.sentence === m.sentence && CASUALTY_TYPES.has(o.type) && !sameTelling(o),
    );
    const s = doc.a.sentences[m.sentence];
    const scope = others.length === 0 && s ? s.text : text.slice(m.evidence[0], m.region[1]);
    const counts = findCasualties(scope);
    ({ killed, injured } = counts);
    countsSaid = counts.said ?? {};
  }
  const parties = pickParties(doc, m);
  if (!killed && type === 'attack' && (subtype === 'assassination' || subtype === 'killing')) {
    const named = victimsWithoutNumber(doc, m, parties.targets);
    if (named) {
      killed = named.count;
      countsSaid.killed = named.said;
    }
  }
  return {
    mention: m,
    type,
    ...(subtype ? { subtype } : {}),
    ...pickDate(doc, m, all),
    ...pickLocation(doc, m, all),
    ...parties,
    killed,
    injured,
    countsSaid,
    evidence: m.evidence,
    rule: `trigger:${m.phrase.replace(/\s+/g, '-')}`,
    notes,
    merged: [],
  };
}

/**
 * A killing whose victims are named rather than counted: "the mayor was murdered", "gunmen assassinated
 * Judge X" (one death), "the murders of Judge A, Colonel B and Senator C" (three).
 */
function victimsWithoutNumber(
  doc: DocContext,
  m: EventMention,
  targets: Entity[],
): { count: Count; said: string } | null {
  const text = doc.a.text;
  if (m.kind === 'noun') {
    // the mention's region stops after the first name: the list runs on to the end of the sentence
    const listed = namedVictimsOfNoun(doc, m.trigger[1], sentenceSpan(doc, m.sentence)[1]);
    if (listed)
      return {
        count: listed,
        said: listed.value === 1 ? 'one victim named' : `${listed.value} victims named in a list`,
      };
  }
  const one = { count: { value: 1, qualifier: 'exact' } as Count, said: 'one victim named or singular' };
  if (m.kind === 'noun' && singleVictimOfNoun(text.slice(m.trigger[1], m.region[1]), targets)) return one;
  const victimText = m.passive ? text.slice(m.evidence[0], m.trigger[0]) : text.slice(m.trigger[1], m.region[1]);
  if (PLURAL_VICTIMS.test(victimText)) return null;
  const people = targets.filter((e) => e.type === 'person');
  const singular = /^\s*(a|an|the|his|her)\s+[a-z-]+(\s+[a-z-]+)?\s*$/i.test(
    victimText.split(/\b(in|at|on|by|with|near|while)\b/i)[0] ?? '',
  );
  return people.length === 1 || singular ? one : null;
}

const PLURAL_VICTIMS =
  /\b(and|two|three|four|five|six|seven|eight|nine|ten|\d+|several|many|dozens|people|persons|members|families|civilians|peasants)\b/i;

/**
 * "the murders of Judge A, Colonel B and Senator C": a killing noun followed by named people counts them,
 * one name behind any titles ("the assassination of Senator and party candidate A") being one victim. The names must follow one another joined by commas or "and" with at most a few title
 * words between them, so that "the murder of A, a friend of B" stays one victim.
 */
function namedVictimsOfNoun(doc: DocContext, from: number, to: number): Count | null {
  const text = doc.a.text;
  const of = VICTIMS_OF.exec(text.slice(from, to));
  if (!of) return null;
  const listStart = from + of[0].length;
  // every person named in the list, not only the targets the parties picked (the first of a list)
  const people = mentionsIn(doc, [listStart, to], ['person'])
    .map((x) => x.span)
    .sort((x, y) => x[0] - y[0]);
  if (people.length === 0) return null;
  // the first name comes right after "of" and its titles
  if (!TITLES_ONLY.test(text.slice(listStart, people[0]![0]))) return null;
  let count = 1;
  for (let k = 1; k < people.length; k++) {
    const between = text.slice(people[k - 1]![1], people[k]![0]);
    if (!LIST_JOIN.test(between)) break;
    count++;
  }
  // "of Velt's supporters" names their leader, "of Velt and his wife" more than the names: no count
  const after = text.slice(people[count - 1]![1], people[count - 1]![1] + 12);
  if (/^(?:'s|\u2019s)\b|^\s*(?:,\s*)?(?:and|&)\s/i.test(after)) return null;
  return { value: count, qualifier: 'exact' };
}

// title words before a name: "Senator and presidential candidate", "Colonel"; no article, no "of"
const TITLE_WORDS = "(?:(?!(?:of|a|an|the|his|her|their|who|which|whose|in|at|by|with|on)\\b)[A-Za-z.'-]+\\s+){0,6}";
const TITLES_ONLY = new RegExp(`^\\s*${TITLE_WORDS}$`);
const LIST_JOIN = new RegExp(`^\\s*(?:,\\s*(?:and\\s+)?|and\\s+)${TITLE_WORDS}$`, 'i');

/**
 * "the murder of another congressman", "the assassination of Judge X": a killing told as a noun names its
 * victim after "of"; one named person or one singular noun phrase is one death.
 */
function singleVictimOfNoun(after: string, targets: Entity[]): Count | null {
  const of = VICTIMS_OF.exec(after);
  if (!of) return null;
  const phrase =
    after
      .slice(of[0].length)
      .split(
        /,|\b(?:in|at|on|by|with|near|while|has|have|had|was|were|is|are|that|which|who|last|yesterday|today)\b/i,
      )[0] ?? '';
  // "of Velt's supporters": the name heads other victims
  if (PLURAL_VICTIMS.test(phrase) || /['\u2019]s\b/i.test(phrase)) return null;
  const one: Count = { value: 1, qualifier: 'exact' };
  if (targets.filter((e) => e.type === 'person').length === 1) return one;
  // "of the judges" is several
  if (/s$/i.test(phrase.trim().split(/\s+/).at(-1) ?? '')) return null;
  return /^\s*(a|an|the|his|her|another|one)\s+[a-z-]+(\s+[a-z-]+)?\s*$/i.test(phrase) ? one : null;
}

// words that can be a violent act or a figure of speech ("Trump attacked Clinton", "Clinton blasts Trump")
const FIGURATIVE_HEADS =
  /^(attack|attacks|attacked|attacking|assault|assaults|assaulted|blast|blasts|stormed|shelled)$/i;
const VIOLENCE =
  /\b(kill\w*|dead|deaths?|died|wound\w*|injur\w*|bomb\w*|explos\w*|gun\w*|shot|shoot\w*|fire|armed|terror\w*|hostages?|militants?|rockets?|missiles?|weapons?|casualt\w*|victims?|military|garrisons?|barracks|police|army|troops|soldiers|commandos?|guerrillas?|rebels?|insurgents?|subversives?|extremists?|jihad\w*|security forces|massacre\w*|drones?|air ?strikes?|grenades?|knife|stabb\w*|mortars?|raid\w*|dynamit\w*|burn\w*|arson\w*|perpetrat\w*)\b/i;

/** An attack word with no violence around it is a verbal attack: politics, not an incident. */
function isFigurative(doc: DocContext, m: EventMention): boolean {
  if (m.type !== 'attack') return false;
  const head = doc.a.text.slice(m.trigger[0], m.trigger[1]).split(/\s+/)[0] ?? '';
  if (!FIGURATIVE_HEADS.test(head)) return false;
  const s = doc.a.sentences[m.sentence];
  if (!s) return false;
  const armedGroup = mentionsIn(doc, [s.start, s.end], ['armed_group']).length > 0;
  const rest = s.text.slice(0, m.trigger[0] - s.start) + s.text.slice(m.trigger[1] - s.start);
  // the sentences around it in the paragraph count too: "the attack occurred at noon" follows the bombing
  const around = [m.sentence - 1, m.sentence + 1]
    .filter((i) => doc.paragraphOf[i] === doc.paragraphOf[m.sentence])
    .map((i) => doc.a.sentences[i]?.text ?? '')
    .join(' ');
  return !armedGroup && !VIOLENCE.test(rest) && !VIOLENCE.test(around);
}

/** Secondary triggers ("were killed") stand alone only outside combat and away from a primary trigger. */
function keepSecondary(doc: DocContext, m: EventMention, all: EventMention[]): boolean {
  const s = doc.a.sentences[m.sentence];
  if (!s) return false;
  const primaryNear = all.some(
    (o) =>
      !o.secondary &&
      CASUALTY_TYPES.has(o.type) &&
      (o.sentence === m.sentence ||
        (o.sentence === m.sentence - 1 && doc.paragraphOf[o.sentence] === doc.paragraphOf[m.sentence])),
  );
  if (primaryNear) return false;
  if (CLASH.test(s.text)) return false;
  const lead = doc.a.text.slice(Math.max(s.start, m.trigger[0] - 60), m.trigger[0]);
  if (m.passive && COMBATANTS.test(lead)) return false;
  // soldiers or police killing fighters is a combat report, not an attack
  const object = doc.a.text.slice(m.trigger[1], Math.min(s.end, m.trigger[1] + 40));
  if (!m.passive && (COMBATANTS.test(object) || STATE_FORCES.test(lead))) return false;
  return true;
}

function weight(d: EventDraft): number {
  return (
    (d.mention.kind === 'verb' ? 2 : 0) +
    (d.date ? 1 : 0) +
    (d.location ? 1 : 0) +
    (d.killed || d.injured ? 1 : 0) +
    (d.mention.anaphoric ? -2 : 0)
  );
}

function sameOrNear(a: Entity, b: Entity): boolean {
  if (a.id === b.id) return true;
  if (a.type === 'country' || b.type === 'country') return true;
  const wa = a.name.toLowerCase();
  const wb = b.name.toLowerCase();
  if (wa.includes(wb) || wb.includes(wa)) return true;
  if (a.geo && b.geo) {
    const dLat = a.geo.lat - b.geo.lat;
    const dLon = (a.geo.lon - b.geo.lon) * Math.cos((a.geo.lat * Math.PI) / 180);
    if (Math.sqrt(dLat * dLat + dLon * dLon) * 111 < 60) return true;
  }
  return false;
}

function locationsCompatible(doc: DocContext, x: EventDraft, y: EventDraft): boolean {
  if (!x.location || !y.location) return true;
  if (sameOrNear(x.location.entity, y.location.entity)) return true;
  // a place named in the other event's sentence: "in Krasnogorsk, Moscow Region" vs "in Moscow region"
  const named = (d: EventDraft, e: Entity) =>
    [d.mention, ...d.merged].some((m) =>
      mentionsIn(doc, sentenceSpan(doc, m.sentence)).some((p) => p.entity.id === e.id),
    );
  return named(x, y.location.entity) || named(y, x.location.entity);
}

function sameDay(x: EventDraft, y: EventDraft): boolean {
  return !!x.date && !!y.date && x.date.precision === 'day' && x.date.value === y.date.value;
}

function absorb(into: EventDraft, from: EventDraft): void {
  into.merged.push(from.mention, ...from.merged);
  if (!into.killed && from.killed) into.countsSaid.killed = from.countsSaid.killed;
  if (!into.injured && from.injured) into.countsSaid.injured = from.countsSaid.injured;
  into.killed ??= from.killed;
  into.injured ??= from.injured;
  if (!into.location && from.location) into.locationSource = `${from.locationSource} of another mention`;
  into.location ??= from.location;
  // the other mention's way of finding parties is worth telling only when it gave the first of them
  const firstOf = (kind: 'actors' | 'targets') =>
    into[kind].length === 0 && from[kind].length > 0
      ? from.partiesHow.filter((h) => h.startsWith(`${kind}:`)).map((h) => `${h} (another mention)`)
      : [];
  into.partiesHow.push(...firstOf('actors'), ...firstOf('targets'));
  into.actors = unique([...into.actors, ...from.actors]);
  into.targets = unique([...into.targets, ...from.targets]);
  if ((!into.subtype || into.subtype === 'armed attack') && from.subtype && from.subtype !== 'killing')
    into.subtype = from.subtype;
}

const INCIDENTS = new Set<EventType>(['attack', 'kidnapping']);
const ANOTHER = /\b(another|second|third|fourth|new|separate|other|earlier|previous|later)\s+(\w+\s+){0,2}$/i;
// "gunmen in another vehicle opened fire": the word qualifies a thing in a phrase of its own, not the event
const ANOTHER_THING =
  /\b(in|on|at|from|with|by|of|into|near|inside)\s+(the\s+)?(another|second|third|fourth|new|separate|other|earlier|previous|later)\s+(\w+\s+){0,2}$/i;

/**
 * Two mentions tell of one event when nothing tells them apart: the same
 * type, dates that agree (or one not given) and places that agree. Claims,
 * arrests and court actions merge only on the same day: two of them in one
 * story are usually two acts.
 */
function sameEvent(doc: DocContext, e: EventDraft, d: EventDraft): boolean {
  if (e.type !== d.type) return false;
  if (e.splitFrom && e.splitFrom === d.splitFrom) return false;
  // "other attacks", "a second bomb": told apart by the text itself, even on the same day
  const lead = doc.a.text.slice(Math.max(0, d.mention.trigger[0] - 40), d.mention.trigger[0]);
  if (INCIDENTS.has(d.type) && ANOTHER.test(lead) && !ANOTHER_THING.test(lead)) return false;
  if (INCIDENTS.has(d.type) && toldApart(doc, e, d)) return false;
  if (sameDay(e, d)) return locationsCompatible(doc, e, d);
  if (!INCIDENTS.has(d.type)) return false;
  if (e.date && d.date && e.date.value !== d.date.value) return false;
  return locationsCompatible(doc, e, d);
}

/**
 * Two incidents each told with a verb of its own in different paragraphs of a wire report, neither dated
 * in its own words (both have the dateline's day) nor placed in the same town: nothing says they are one,
 * and wire copy tells one incident after another ("guerrillas attacked the garrison ... someone shot at a
 * car ...").
 */
function toldApart(doc: DocContext, e: EventDraft, d: EventDraft): boolean {
  if (e.mention.kind !== 'verb' || d.mention.kind !== 'verb' || e.mention.anaphoric || d.mention.anaphoric)
    return false;
  if (doc.paragraphOf[e.mention.sentence] === doc.paragraphOf[d.mention.sentence]) return false;
  if (e.dateSource !== 'context' || d.dateSource !== 'context') return false;
  // told by different means ("attacked the garrison", "set a vehicle on fire"); a killing may be told by any
  if (!e.subtype || !d.subtype || e.subtype === d.subtype) return false;
  if (OUTCOMES.has(e.subtype) || OUTCOMES.has(d.subtype)) return false;
  const placed = (x: EventDraft) =>
    x.location &&
    x.locationSource &&
    !/country the wire|dateline|another mention|event told before/.test(x.locationSource);
  if (placed(e) && placed(d) && e.location?.entity.id === d.location?.entity.id) return false;
  return true;
}

/** A mention that adds nothing but its type: "terror attacks for years", "a terrorist attack". */
function isVague(d: EventDraft): boolean {
  const dated = d.date && d.dateSource !== 'context';
  return d.mention.kind === 'noun' && !dated && !d.location && !d.killed && !d.injured && d.actors.length === 0;
}

/** Fold repeated mentions of one event into the best-described one. */
export function mergeDrafts(doc: DocContext, drafts: EventDraft[]): EventDraft[] {
  // 1. triggers of one type side by side in a sentence ("a bomb exploded") are one mention
  const joined: EventDraft[] = [];
  for (const d of drafts) {
    const prev = joined.at(-1);
    if (
      prev &&
      prev.type === d.type &&
      !(prev.splitFrom && prev.splitFrom === d.splitFrom) &&
      prev.mention.sentence === d.mention.sentence &&
      d.mention.first - prev.mention.last <= 6 &&
      (!prev.date || !d.date || prev.date.value === d.date.value)
    ) {
      const keep = weight(d) > weight(prev) ? d : prev;
      const other = keep === d ? prev : d;
      absorb(keep, other);
      keep.evidence = [Math.min(prev.evidence[0], d.evidence[0]), Math.max(prev.evidence[1], d.evidence[1])];
      keep.date ??= other.date;
      keep.dateSource ??= other.dateSource;
      if (keep === d) joined[joined.length - 1] = d;
      continue;
    }
    joined.push(d);
  }
  // 2. strong mentions first: own date, verb, or counts
  const strong = joined.filter((d) => !(d.mention.anaphoric && d.dateSource !== 'own') && !isVague(d));
  const weak = joined.filter((d) => !strong.includes(d));
  const events: EventDraft[] = [];
  const byWeight = [...strong].sort((x, y) => weight(y) - weight(x) || x.mention.first - y.mention.first);
  for (const d of byWeight) {
    const same = events.find((e) => sameEvent(doc, e, d));
    if (same) absorb(same, d);
    else events.push(d);
  }
  // 3. "the attack": the event of that type it points back to
  for (const d of weak) {
    const candidates = events.filter((e) => e.type === d.type);
    if (candidates.length === 0) {
      if (!d.mention.anaphoric || d.killed || d.location) events.push(d);
      continue;
    }
    const byPlace = d.location
      ? candidates.find(
          (e) => e.location && locationsCompatible(doc, e, d) && e.location.entity.id === d.location?.entity.id,
        )
      : undefined;
    const preceding = candidates
      .filter((e) => e.mention.first < d.mention.first)
      .sort((x, y) => y.mention.first - x.mention.first)[0];
    const target = byPlace ?? preceding;
    if (target) absorb(target, d);
  }
  return events.sort((x, y) => x.evidence[0] - y.evidence[0]);
}

/** Wire copy: an event told without a date of its own is the news of the dateline's day. */
function contextDate(doc: DocContext, d: EventDraft): void {
  // a date after the report for something already done is a misreading ("on 31 December" of a plan)
  if (d.date && doc.reference && d.date.value > doc.reference && d.type !== 'warning') {
    d.date = null;
    d.dateSource = null;
  }
  if (d.date || !doc.dateline?.date) return;
  d.date = {
    span: doc.dateline.span,
    text: doc.a.text.slice(doc.dateline.span[0], doc.dateline.span[1]),
    value: doc.dateline.date,
    precision: 'day',
    relative: true,
  };
  d.dateSource = 'context';
}

/** An event with no place of its own happened where its paragraph last was, or (wire copy) where the dateline says. */
function contextLocation(doc: DocContext, d: EventDraft, earlier: EventDraft[]): void {
  if (d.location) return;
  const paragraph = doc.paragraphOf[d.mention.sentence];
  const before = earlier.filter((e) => e.location && doc.paragraphOf[e.mention.sentence] === paragraph);
  // the same kind of event just told ("arrested 35 people ... arrested one of the commanders") first
  const previous = before.filter((e) => e.type === d.type).at(-1) ?? before.at(-1);
  // (wire copy jumps from incident to incident within a paragraph: its country is safer than the last town;
  // a piece split off a sentence is somewhere else than the piece told before it)
  if (previous?.location && !doc.dateline && !d.splitFrom) {
    d.location = previous.location;
    d.locationSource = 'the event told before it in the paragraph';
    return;
  }
  if (doc.dateline) {
    // a wire report's dateline names where it was filed: its country is the safe place, its city a guess
    const home = documentCountry(doc);
    const at = doc.mentions.find(
      (p) => inside(p.span, doc.dateline?.placeSpan ?? [0, 0]) && PLACE_TYPES.includes(p.entity.type),
    );
    const country = home ? doc.mentions.find((p) => p.entity.id === home.id) : undefined;
    const chosen = country ?? at;
    if (chosen) {
      d.location = chosen;
      d.locationSource = country ? 'the country the wire report is about' : 'the dateline';
    }
  }
}

/** What the warning stage needs of the events: dated attacks to anchor "days before the attack". */
export function anchorsOf(drafts: EventDraft[]): AnchorEvent[] {
  return drafts.map((d) => ({
    type: d.type,
    date: d.date,
    location: d.location?.entity ?? null,
    start: d.evidence[0],
  }));
}

function warningDraft(doc: DocContext, w: WarningMention): EventDraft {
  const m: EventMention = {
    type: 'warning',
    kind: 'verb',
    first: w.first,
    last: w.first,
    trigger: w.cue,
    phrase: w.rule,
    sentence: w.sentence,
    evidence: w.evidence,
    region: w.evidence,
    anaphoric: false,
    secondary: false,
    passive: false,
  };
  return {
    mention: m,
    type: 'warning',
    date: w.issued,
    dateSource: w.issued ? 'own' : null,
    location: null,
    locationSource: null,
    actors: w.issuer ? [w.issuer.entity] : [],
    targets: w.recipient ? [w.recipient.entity] : [],
    partiesHow: [],
    killed: null,
    injured: null,
    countsSaid: {},
    evidence: w.evidence,
    rule: w.rule,
    notes: warningExplanationParts(doc, w).slice(1),
    merged: [],
  };
}

/**
 * "attacked public buildings in A, B, C and D", "shot in the capital and in
 * the east": one incident per place, as an analyst would count them. Only a
 * true list (closed by "and"/"or") of towns splits; "in Krasnogorsk, Moscow
 * Region" is one place and its region. A count told for the whole list is
 * the list's: no single place keeps it.
 */
function splitByPlace(doc: DocContext, d: EventDraft): EventDraft[] {
  if (!INCIDENTS.has(d.type) || !d.location || d.location.entity.type !== 'location') return [d];
  const byCount = splitByCount(doc, d);
  if (byCount.length > 1) return byCount;
  const text = doc.a.text;
  const places = mentionsIn(doc, sentenceSpan(doc, d.mention.sentence), ['location']).filter(
    (p) => p.span[0] >= d.location!.span[0],
  );
  const list: PlacedMention[] = [d.location];
  let closed = false;
  for (const p of places.slice(1)) {
    const last = list.at(-1);
    if (!last) break;
    const gap = text.slice(last.span[1], p.span[0]);
    if (/^\s*,\s*$/.test(gap)) list.push(p);
    else if (/^\s*,?\s+(and|or)\s+$/i.test(gap) || AND_AGAIN_IN.test(gap)) {
      list.push(p);
      closed = true;
      break;
    } else break;
  }
  if (!closed || list.length < 2 || new Set(list.map((p) => p.entity.id)).size < list.length) return [d];
  return list.map((place) => ({
    ...d,
    location: place,
    locationSource: `one of ${list.length} places listed in the sentence`,
    killed: null,
    injured: null,
    countsSaid: {},
    merged: [],
    splitFrom: d.mention,
  }));
}

// "in the capital and in the eastern department of X": the preposition said again before the second place
const AND_AGAIN_IN = /^\s*,?\s+(and|or)\s+(in|at|near)\s+(the\s+)?([a-z]+\s+)?$/i;

/**
 * "murdered three peasants in A, two in B, and three in C": the verb told once, then a count and a place
 * for each further incident. Each piece keeps its own count and place (a place the entity stage did not
 * name is left to the context, never the first piece's).
 */
function splitByCount(doc: DocContext, d: EventDraft): EventDraft[] {
  const place = d.location;
  if (!place || place.span[0] < d.mention.trigger[1] || (!d.killed && !d.injured)) return [d];
  const text = doc.a.text;
  const end = sentenceSpan(doc, d.mention.sentence)[1];
  const segments = countsByPlace(text.slice(place.span[1], end));
  if (segments.length === 0) return [d];
  const kind = d.killed ? 'killed' : 'injured';
  const pieces: EventDraft[] = [{ ...d, splitFrom: d.mention }];
  for (const seg of segments) {
    const at = place.span[1] + seg.placeAt;
    const own = doc.mentions.find(
      (p) =>
        p.span[0] >= at &&
        p.span[0] <= at + 30 &&
        PLACE_TYPES.includes(p.entity.type) &&
        !/[,;]/.test(text.slice(at, p.span[0])),
    );
    pieces.push({
      ...d,
      location: own ?? null,
      locationSource: own ? 'its own count and place, the verb told before it' : null,
      killed: kind === 'killed' ? seg.count : null,
      injured: kind === 'injured' ? seg.count : null,
      countsSaid: {
        [kind]: text
          .slice(place.span[1] + seg.start, at)
          .replace(/^[,;]\s*/, '')
          .trim(),
      },
      // from the count to the end of its place's words
      evidence: [
        place.span[1] + seg.start + 1,
        own ? own.span[1] : at + (/^[^,;.]*/.exec(text.slice(at, end))?.[0].trimEnd().length ?? 0),
      ],
      merged: [],
      splitFrom: d.mention,
    });
  }
  return pieces;
}

/** Event drafts before ids are given: the warning stage reads them too. */
export function eventDrafts(doc: DocContext): EventDraft[] {
  const skip: Span[] = doc.dateline ? [doc.dateline.span] : [];
  const all = findEventMentions(doc.a, skip);
  const kept = all.filter((m) => (!m.secondary || keepSecondary(doc, m, all)) && !isFigurative(doc, m));
  const drafts = kept.map((m) => draftOf(doc, m, kept)).flatMap((d) => splitByPlace(doc, d));
  drafts.forEach((d, i) => {
    contextLocation(doc, d, drafts.slice(0, i));
  });
  // dated before merging: in wire copy an undated report is the dateline's news, not a repeat of an older event
  for (const d of drafts) contextDate(doc, d);
  return mergeDrafts(doc, drafts);
}

export interface Groundwork {
  entities: Entity[];
  ctx: ExtractionContext;
  doc: DocContext;
  drafts: EventDraft[];
  /** the warnings told, found once for the event and the warning stage (see warningMentions) */
  warnings?: WarningMention[];
}
const groundwork = new WeakMap<Analysis, Groundwork>();

/**
 * The document context and event drafts of one analysis, built once: the warning stage needs the same
 * (its issued dates lean on the events) and building them twice was a tenth of the extraction time,
 * most of it chrono reading the dates. Nothing changes the drafts once made, so they can be shared.
 */
export function eventGroundwork(a: Analysis, entities: Entity[], ctx: ExtractionContext): Groundwork {
  const known = groundwork.get(a);
  if (known && known.entities === entities && known.ctx === ctx) return known;
  const doc = buildDocContext(a, entities, ctx);
  const made = { entities, ctx, doc, drafts: eventDrafts(doc) };
  groundwork.set(a, made);
  return made;
}

/**
 * The warnings told in the document, anchored on its event drafts: the event stage makes warning events
 * of them and the warning stage the warnings, from the same mentions (neither changes them).
 */
export function warningMentions(g: Groundwork): WarningMention[] {
  g.warnings ??= findWarningMentions(g.doc, anchorsOf(g.drafts));
  return g.warnings;
}

export function extractEvents(a: Analysis, entities: Entity[], ctx: ExtractionContext): Event[] {
  const g = eventGroundwork(a, entities, ctx);
  const { doc, drafts } = g;
  const warnings = warningMentions(g).map((w) => warningDraft(doc, w));
  const all = [...drafts, ...warnings].sort((x, y) => x.evidence[0] - y.evidence[0]);
  return all.map((d, i) => ({
    id: `ev${i + 1}`,
    type: d.type,
    date: d.date?.value ?? null,
    location: d.location?.entity.id ?? null,
    actors: d.actors.map((e) => e.id),
    targets: d.targets.map((e) => e.id),
    killed: d.killed,
    injured: d.injured,
    // producer extension: how many were arrested or detained, for arrest and detention events
    ...custodyOf(doc, d),
    evidence: d.evidence,
    ...(d.subtype ? { subtype: d.subtype } : {}),
    explanation: explanationOf(doc, d),
  }));
}

/** Arrested / detained counts of an arrest or detention event, read in its sentence (only those found). */
function custodyOf(doc: DocContext, d: EventDraft): Pick<Event, 'arrested' | 'detained'> {
  const { said: _said, ...counts } = findCustody(d.type, doc.a.sentences[d.mention.sentence]?.text ?? '');
  return counts;
}

/**
 * How a date was resolved: written out with its year (`explicit`), counted from the date told just before
 * ("two days later"), or placed against the reference (`relative to published`, `relative to dateline`).
 */
function dateHow(doc: DocContext, date: DateMention): string {
  const said = date.text;
  if (!date.relative && (/\b\d{4}\b/.test(said) || /\p{L}{3}\.?\s+\d{2}$/u.test(said))) return 'explicit';
  if (
    /\b(later|afterwards?|earlier|before|after)\b/i.test(said) &&
    /\b\w+\s+(hours?|days?|weeks?|months?)\b/i.test(said)
  )
    return 'relative to the date told before it';
  return `relative to ${doc.dateline?.date ? 'dateline' : 'published'}`;
}

/**
 * Why an event: the trigger lexicon entry (or warning cue) that announced it, then how its date, place,
 * parties and counts were found. Dates say whether they were written out (`explicit`), resolved against the
 * publication date or the dateline (`relative to published`, `relative to dateline`), or are the dateline's.
 */
function explanationOf(doc: DocContext, d: EventDraft): Explanation {
  const text = doc.a.text;
  const triggerText = text.slice(d.mention.trigger[0], d.mention.trigger[1]).replace(/\s+/g, ' ');
  const warning = d.type === 'warning';
  const parts = [warning ? `cue "${triggerText}"` : `trigger "${triggerText}" (${d.mention.kind})`, ...d.notes];
  // (a warning's notes say how its issued date was found)
  if (d.date && !warning) {
    const where = d.dateSource === 'own' ? 'in the clause' : d.dateSource === 'sentence' ? 'in the sentence' : '';
    const said = d.date.text.replace(/\s+/g, ' ');
    if (d.dateSource === 'context') parts.push(`date ${d.date.value} from the dateline`);
    else parts.push(`date ${d.date.value} ${dateHow(doc, d.date)} ("${said}", ${where})`);
  }
  if (d.location) {
    const surface = text.slice(d.location.span[0], d.location.span[1]).replace(/\s+/g, ' ');
    // a demonym or "the capital" stands for a place it does not name: give the name too
    const said =
      normKey(surface) === normKey(d.location.entity.name)
        ? `"${surface}"`
        : `${d.location.entity.name} ("${surface}")`;
    parts.push(`place ${said} from ${d.locationSource ?? 'the text'}`);
  }
  parts.push(...d.partiesHow);
  for (const kind of ['killed', 'injured'] as const) {
    const c = d[kind];
    if (c) parts.push(`${kind} ${c.qualifier} ${c.value}${d.countsSaid[kind] ? ` from "${d.countsSaid[kind]}"` : ''}`);
  }
  if (d.merged.length > 0) {
    const others = [
      ...new Set(d.merged.map((m) => `"${text.slice(m.trigger[0], m.trigger[1]).replace(/\s+/g, ' ')}"`)),
    ];
    parts.push(`${d.merged.length + 1} mentions merged (also ${others.join(', ')})`);
  }
  return { stage: 'events', rule: d.rule, detail: parts.join('; ') };
}
