import { describe, expect, it } from 'vitest';
import type { Entity, EntityType } from './contract.js';
import { extractEvents } from './events.js';
import { analyse } from './nlp.js';
import { extractWarnings } from './warnings.js';

function entitiesFor(text: string, names: Record<string, EntityType>): Entity[] {
  return Object.entries(names).map(([name, type], i) => {
    const mentions: [number, number][] = [];
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      mentions.push([at, at + name.length]);
    }
    return { id: `e${i + 1}`, name, type, aliases: [], mentions };
  });
}

function run(text: string, names: Record<string, EntityType>, published = '2023-09-30') {
  const entities = entitiesFor(text, names);
  const a = analyse(text);
  const ctx = { id: 't', published, title: null };
  const events = extractEvents(a, entities, ctx);
  const warnings = extractWarnings(a, entities, events, [], ctx);
  const nameOf = (id: string | null | undefined) => entities.find((e) => e.id === id)?.name ?? null;
  return { events, warnings, nameOf };
}

const PARTIES: Record<string, EntityType> = {
  Norland: 'country',
  Ostavia: 'country',
  Kelm: 'location',
  'Grey Wolves Front': 'armed_group',
  'Harbour Stadium': 'facility',
};

describe('extractWarnings', () => {
  it('finds issuer, recipient and threat of "X warned Y of ..."', () => {
    const text = 'Norland warned Ostavia of a planned bombing in the port city of Kelm.';
    const { warnings, nameOf } = run(text, PARTIES);
    expect(warnings).toHaveLength(1);
    const [w] = warnings;
    expect(nameOf(w?.issuer)).toBe('Norland');
    expect(nameOf(w?.recipient)).toBe('Ostavia');
    expect(w?.threat).toContain('bombing');
    expect(w?.specificity.location).toBe('city');
    expect(w?.specificity.method).toBe(true);
    expect(w?.specificity.actor).toBe(false);
  });

  it('is also an event of type warning', () => {
    const text = 'Norland warned Ostavia of a planned bombing in the port city of Kelm.';
    const { events } = run(text, PARTIES);
    expect(events.filter((e) => e.type === 'warning')).toHaveLength(1);
  });

  it('reads "shared information with" and names the group behind the threat', () => {
    const text =
      'Weeks before the attack, Norland shared information with Ostavia about a possible attack on the Harbour Stadium. ' +
      'Officials said the Grey Wolves Front was behind the plot. On September 2, gunmen opened fire at the Harbour Stadium.';
    const { warnings, nameOf } = run(text, PARTIES);
    const [w] = warnings;
    expect(nameOf(w?.issuer)).toBe('Norland');
    expect(nameOf(w?.recipient)).toBe('Ostavia');
    expect(nameOf(w?.threat_actor)).toBe('Grey Wolves Front');
    expect(w?.issued).toBe('2023-09');
    expect(w?.specificity).toMatchObject({ actor: true, location: 'site', target: true });
  });

  it('takes a capital and its country for one party and merges the mentions', () => {
    const text =
      'France warned Spain about a threat on its territory. ' +
      'Days later, Paris alerted Madrid again about the bomb threat.';
    const { warnings, nameOf } = run(text, {
      France: 'country',
      Spain: 'country',
      Paris: 'location',
      Madrid: 'location',
    });
    expect(warnings).toHaveLength(1);
    expect(nameOf(warnings[0]?.issuer)).toBe('France');
    expect(nameOf(warnings[0]?.recipient)).toBe('Spain');
    expect(warnings[0]?.specificity.location).toBe('country');
  });

  it('reads what the text says about the detail of the warning', () => {
    const text =
      'Norland warned Ostavia of an attack on the Harbour Stadium on September 2. ' +
      'The warning did not contain specific details about the timing or the exact target.';
    const { warnings } = run(text, PARTIES);
    expect(warnings[0]?.specificity.time).toBe('none');
    expect(warnings[0]?.specificity.target).toBe(false);
  });

  it('sees an exact time when the threat gives a day', () => {
    const text = 'Norland warned Ostavia of an attack planned for September 2 in Kelm.';
    const { warnings } = run(text, PARTIES);
    expect(warnings[0]?.specificity.time).toBe('exact');
  });

  it('sees a time window when the threat gives a month or "the coming days"', () => {
    const text = 'Norland warned Ostavia of an attack in the coming days.';
    expect(run(text, PARTIES).warnings[0]?.specificity.time).toBe('window');
  });

  it('gives the basis of the warning', () => {
    const text = 'Norland warned Ostavia about a bomb plot, based on intercepted phone calls between militants.';
    expect(run(text, PARTIES).warnings[0]?.basis).toBe('based on intercepted phone calls between militants');
  });

  it('reads a passive warning', () => {
    const text = 'Ostavia was warned by Norland about an imminent attack.';
    const { warnings, nameOf } = run(text, PARTIES);
    expect(nameOf(warnings[0]?.issuer)).toBe('Norland');
    expect(nameOf(warnings[0]?.recipient)).toBe('Ostavia');
  });

  it('ignores a denied warning and warnings about no threat', () => {
    expect(run('Norland did not warn Ostavia about the attack.', PARTIES).warnings).toEqual([]);
    expect(run('Norland warned Ostavia that tariffs would rise.', PARTIES).warnings).toEqual([]);
  });
});

describe('why a warning was found (--explain)', () => {
  const why = (text: string) => {
    const { warnings, events } = run(text, PARTIES);
    return { w: warnings[0], event: events.find((e) => e.type === 'warning') };
  };

  it('names the warning cue and how issuer and recipient were found', () => {
    const { w, event } = why('Norland warned Ostavia of a planned bombing in the port city of Kelm.');
    expect(w?.explanation).toMatchObject({ stage: 'warnings', rule: 'warning-cue:warn-verb' });
    expect(w?.explanation?.detail).toContain('cue "warned"');
    expect(w?.explanation?.detail).toContain('issuer "Norland": the name before the cue');
    expect(w?.explanation?.detail).toContain('recipient "Ostavia": the name right after the cue');
    // the warning event says the same
    expect(event?.explanation?.rule).toBe('warning-cue:warn-verb');
    expect(event?.explanation?.detail).toContain('issuer "Norland"');
  });

  it('reads the parties of a passive cue the other way round, and says so', () => {
    const { w } = why('Ostavia was warned by Norland about an imminent attack.');
    expect(w?.explanation?.detail).toContain('issuer "Norland": the agent after "by"');
    expect(w?.explanation?.detail).toContain('recipient "Ostavia": the subject of the passive cue');
  });

  it('names the information-sharing cue, the issued date anchored on the attack and the threat actor', () => {
    const { w } = why(
      'Weeks before the attack, Norland shared information with Ostavia about a possible attack on the Harbour Stadium. ' +
        'Officials said the Grey Wolves Front was behind the plot. On September 2, gunmen opened fire at the Harbour Stadium.',
    );
    expect(w?.explanation?.rule).toBe('warning-cue:shared-information');
    expect(w?.explanation?.detail).toContain('cue "shared information with"');
    expect(w?.explanation?.detail).toContain('issued 2023-09 relative to the attack it preceded');
    expect(w?.explanation?.detail).toContain('threat actor Grey Wolves Front');
  });

  it('names the "told … of a plot" and "tipped off" cues', () => {
    expect(why('Norland had told Ostavia of a plot to bomb the Harbour Stadium.').w?.explanation?.rule).toBe(
      'warning-cue:told-of',
    );
    expect(why('Norland tipped off Ostavia about a bomb plot.').w?.explanation?.rule).toBe('warning-cue:tipped-off');
  });

  it('says when several mentions make one warning', () => {
    const text =
      'France warned Spain about a threat on its territory. Days later, Paris alerted Madrid again about the bomb threat.';
    const { warnings } = run(text, { France: 'country', Spain: 'country', Paris: 'location', Madrid: 'location' });
    expect(warnings[0]?.explanation?.detail).toContain('2 mentions of one warning');
  });
});
