import { describe, expect, it } from 'vitest';
import { extract } from './index.js';
import { detectLanguage } from './language.js';

describe('language identification', () => {
  it('recognises English prose and upper-case English wire copy', () => {
    expect(detectLanguage('The minister said on Tuesday that the border would stay closed for a week.').language).toBe(
      'en',
    );
    expect(
      detectLanguage('POLICE SAID THAT THE BOMB WAS PLACED NEAR THE ENTRANCE OF THE BANK IN THE CAPITAL.').language,
    ).toBe('en');
  });

  it('names other languages with the statistical detector', () => {
    const spanish = detectLanguage(
      'Las autoridades dijeron que el ataque fue perpetrado por un grupo armado desconocido.',
    );
    expect(spanish).toEqual({ language: 'es', method: 'eld' });
    expect(detectLanguage('Die Polizei teilte mit, dass der Anschlag in der Nacht verübt worden sei.').language).toBe(
      'de',
    );
    expect(detectLanguage('Полиция сообщила, что нападение было совершено ночью у вокзала.').language).toBe('ru');
  });

  it('counts the same with curly quotes, dashes, accented names and odd case mappings in English text', () => {
    const en = { language: 'en', method: 'function-words' };
    expect(detectLanguage('“We will not leave,” the mayor said — and the crowd at the gate cheered.')).toEqual(en);
    expect(detectLanguage('José Núñez said that the talks in Bogotá had been cut short by the army.')).toEqual(en);
    // İ lower-cases to two code units, and the Kelvin sign to an ASCII k: the slower, regex-based count
    expect(detectLanguage('İzmir is where the ships of the navy were seen at the port on Monday.')).toEqual(en);
    expect(detectLanguage('At 300 \u212A the sample that was in the tube had not changed at all.')).toEqual(en);
  });

  it('says und for text too short to tell', () => {
    expect(detectLanguage('OK 12')).toEqual({ language: 'und', method: 'too-short' });
  });

  it('a report not in English gets its language, empty sections and a notice', () => {
    const x = extract({
      id: 'fr',
      text: "Le ministre a déclaré lundi que l'attaque avait été revendiquée par un groupe armé.",
      published: null,
    });
    expect(x.document.language).toBe('fr');
    expect([x.entities, x.events, x.claims, x.warnings]).toEqual([[], [], [], []]);
    expect(x.notices?.[0]).toMatch(/not in English/);
  });
});
