import { describe, expect, it } from 'vitest';
import { expandYear, findDateline, referenceDate, resolveDates } from './dates.js';

const values = (text: string, reference: string | null) => resolveDates(text, reference).map((d) => d.value);

describe('findDateline', () => {
  it('reads a wire dateline with a two-digit year and a source', () => {
    const text = '   QUITO, 14 FEB 91 (REUTER) -- [TEXT] A GROUP OF ARMED MEN STORMED A BANK.';
    const line = findDateline(text);
    expect(line?.place).toBe('QUITO');
    expect(line?.date).toBe('1991-02-14');
    expect(text.slice(...(line?.placeSpan ?? [0, 0]))).toBe('QUITO');
  });

  it('keeps the country given in parentheses after the place', () => {
    const line = findDateline('CUZCO (PERU), 2 SEP 88 -- [TEXT] SOMETHING HAPPENED.');
    expect(line?.country).toBe('PERU');
    expect(line?.date).toBe('1988-09-02');
  });

  it('reads a dateline without a date as a place only', () => {
    const line = findDateline('MANAGUA, NO DATE (RADIO SANDINO) -- [TEXT] THE SPEECH CONTINUES.');
    expect(line?.place).toBe('MANAGUA');
    expect(line?.date).toBeNull();
  });

  it('finds nothing in ordinary prose', () => {
    expect(findDateline('The minister spoke to reporters on Friday about the budget.')).toBeNull();
  });

  it('expands two-digit years around the middle of the century', () => {
    expect(expandYear('89')).toBe(1989);
    expect(expandYear('07')).toBe(2007);
    expect(expandYear('1975')).toBe(1975);
  });
});

describe('referenceDate', () => {
  it('prefers the dateline of wire copy over the publication date', () => {
    expect(referenceDate('BOGOTA, 5 MAY 90 -- [TEXT] IT RAINED.', '1990-05-09')).toBe('1990-05-05');
    expect(referenceDate('It rained in the capital.', '2021-06-01')).toBe('2021-06-01');
  });
});

describe('resolveDates', () => {
  it('resolves a month and day to this year when the report is later in the year', () => {
    expect(values('Gunmen struck on April 9.', '2023-05-02')).toEqual(['2023-04-09']);
  });

  it('puts a bare month in the past, at month precision', () => {
    // published in February: "in November" is last year's November, not the coming one
    const [d] = resolveDates('In November, the ministry said it had made arrests.', '2022-02-10');
    expect(d?.value).toBe('2021-11');
    expect(d?.precision).toBe('month');
  });

  it('resolves relative days against the reference', () => {
    expect(values('The bridge was bombed yesterday.', '2020-07-15')).toEqual(['2020-07-14']);
    expect(values('Police raided the flat last Tuesday.', '2020-07-15')).toEqual(['2020-07-14']);
  });

  it('puts a weekday in the week before the report, unless the text looks ahead', () => {
    // 2024-05-06 is a Monday: the Tuesday of a past-tense report is the one before it
    expect(values('Gunmen seized a lorry on Tuesday.', '2024-05-06')).toEqual(['2024-04-30']);
    expect(values('Gunmen seized a lorry on Saturday.', '2024-05-06')).toEqual(['2024-05-04']);
    expect(values('The court will rule on Tuesday.', '2024-05-06')).toEqual(['2024-05-07']);
    expect(values('The envoys meet next Tuesday.', '2024-05-06')[0]! > '2024-05-06').toBe(true);
  });

  it('anchors "a few days later" on the date told before it', () => {
    const ds = resolveDates('The convoy was hit on June 3. A few days later, the group spoke.', '2019-08-01');
    expect(ds.map((d) => d.value)).toEqual(['2019-06-03', '2019-06']);
    expect(ds[1]?.relative).toBe(true);
  });

  it('counts exact offsets from the date told before', () => {
    expect(values('The first blast was on May 5. Two days later a second bomb went off.', '2019-08-01')).toEqual([
      '2019-05-05',
      '2019-05-07',
    ]);
  });

  it('reads bare years that chrono leaves alone', () => {
    expect(values('The party has ruled since 1999.', '2010-01-01')).toEqual(['1999']);
  });

  it('resolves a wire date with a two-digit year and today against the dateline', () => {
    const text = 'SANTIAGO, 8 OCT 88 -- [TEXT] A BOMB WENT OFF TODAY NEAR THE STATION. ON 2 OCTOBER ANOTHER EXPLODED.';
    const ref = referenceDate(text, null);
    const ds = resolveDates(text, ref).map((d) => d.value);
    expect(ds).toContain('1988-10-08');
    expect(ds).toContain('1988-10-02');
  });

  it('does not read the modal "MAY" in upper-case copy as a month', () => {
    expect(values('OFFICIALS SAID THE REBELS MAY ATTACK AGAIN.', '1989-06-01')).toEqual([]);
    expect(values('THE VOTE WAS HELD IN MAY 1988.', '1989-06-01')).toEqual(['1988-05']);
  });

  it('drops relative dates when there is no reference date', () => {
    expect(values('They were seen yesterday.', null)).toEqual([]);
    expect(values('They were seen on 4 March 2001.', null)).toEqual(['2001-03-04']);
  });

  it('gives the span of each expression in the text', () => {
    const text = 'Fighting resumed on March 30 near the border.';
    const [d] = resolveDates(text, '2018-04-02');
    expect(text.slice(...(d?.span ?? [0, 0]))).toBe('March 30');
  });
});
