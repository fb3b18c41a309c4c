import { describe, expect, it } from 'vitest';
import {
  defaultCrisisLinesEs,
  essentialCrisisLines,
  essentialCrisisLinesEs,
  mergeCrisisLines,
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
