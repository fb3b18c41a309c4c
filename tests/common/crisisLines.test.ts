import { describe, expect, it } from 'vitest';
import {
  defaultCrisisLines,
  defaultCrisisLinesEs,
  defaultCrisisLinesFor,
  essentialCrisisLines,
  essentialCrisisLinesEs,
  mergeCrisisLines,
  nationalHelplines,
  nationalHelplinesEs,
} from '../../common/crisisLines';

const own = { name: 'Clínica Esperanza', contact: '555-0100', detail: 'De lunes a viernes.' };

describe('mergeCrisisLines in Spanish', () => {
  it('puts 988 and 911, named in Spanish, first, then the Spanish national helpline when the clinic lists none', () => {
    expect(mergeCrisisLines(undefined, [], 'es')).toEqual([...essentialCrisisLinesEs, ...nationalHelplinesEs]);
    expect(defaultCrisisLinesEs).toEqual([...essentialCrisisLinesEs, ...nationalHelplinesEs]);
    expect(essentialCrisisLinesEs.map((l) => l.contact)).toEqual([
      'Llame al 988 y oprima 2, o envíe AYUDA por texto al 988',
      'Llame al 911',
    ]);
  });

  it("keeps the clinic's own lines after them, and drops a clinic line that repeats 988 or 911", () => {
    const repeats = [
      { name: 'Crisis', contact: '988', detail: '' },
      { name: 'Emergencia', contact: '9-1-1', detail: '' },
    ];
    expect(mergeCrisisLines([...repeats, own], [], 'es')).toEqual([...essentialCrisisLinesEs, own]);
    expect(mergeCrisisLines([own], [], 'en')).toEqual([...essentialCrisisLines, own]);
  });
});

/**
 * The built-in lines, word for word: a slip in a number or an instruction here
 * reaches every screen and printed page, so a change must be made on purpose
 * (and checked against 988lifeline.org and SAMHSA) rather than slip through.
 */
describe('the built-in crisis lines', () => {
  it('are 988 and 911 in English, then SAMHSA', () => {
    expect(defaultCrisisLines).toEqual([
      {
        name: '988 Suicide & Crisis Lifeline',
        contact: 'Call or text 988',
        detail: 'Free and open 24/7, also by chat at 988lifeline.org. In Spanish: press 2, or text AYUDA to 988.',
      },
      { name: 'Emergency', contact: 'Call 911', detail: 'If you or someone else is in danger right now.' },
      {
        name: 'SAMHSA National Helpline',
        contact: '1-800-662-4357',
        detail: 'Free, private help finding treatment, 24/7, in English and Spanish.',
      },
    ]);
    expect(nationalHelplines).toEqual(defaultCrisisLines.slice(2));
  });

  it('are 988 and 911 in Spanish, then SAMHSA', () => {
    expect(defaultCrisisLinesEs).toEqual([
      {
        name: '988 Línea de Prevención del Suicidio y Crisis',
        contact: 'Llame al 988 y oprima 2, o envíe AYUDA por texto al 988',
        detail: 'Gratis, las 24 horas, todos los días. También hay chat en español en 988lineadevida.org.',
      },
      { name: 'Emergencias', contact: 'Llame al 911', detail: 'Si usted u otra persona está en peligro ahora mismo.' },
      {
        name: 'Línea Nacional de Ayuda de SAMHSA',
        contact: '1-800-662-4357',
        detail: 'Ayuda gratis y confidencial para encontrar tratamiento, las 24 horas. Atiende en español.',
      },
    ]);
  });

  it('are chosen by language', () => {
    expect(defaultCrisisLinesFor('es')).toBe(defaultCrisisLinesEs);
    expect(defaultCrisisLinesFor('en')).toBe(defaultCrisisLines);
  });
});

describe('mergeCrisisLines', () => {
  const local = { name: 'Front desk', contact: '(555) 010-0199', detail: 'Weekdays 9 to 5.' };

  it('is in English unless asked, with the national helpline when the clinic lists none, and local numbers last', () => {
    expect(mergeCrisisLines(undefined)).toEqual(defaultCrisisLines);
    expect(mergeCrisisLines(undefined, [local])).toEqual([...defaultCrisisLines, local]);
    expect(mergeCrisisLines([own], [local])).toEqual([...essentialCrisisLines, own, local]);
  });

  it('drops a local number that repeats 988 or 911 however it is written, and keeps other numbers with those digits inside', () => {
    const again = { name: 'Lifeline', contact: '(988)', detail: '' };
    const longer = { name: 'Warm line', contact: '1-988-555-0100', detail: '' };
    expect(mergeCrisisLines([], [again, longer])).toEqual([...essentialCrisisLines, longer]);
  });

  it('shows no national helpline when the clinic gives an empty list of its own', () => {
    expect(mergeCrisisLines([], [])).toEqual(essentialCrisisLines);
  });
});
