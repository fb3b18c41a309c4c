import { describe, expect, it } from 'vitest';
import { inflesz, measureSpanish, spanishSyllables } from '../../../scripts/curriculum/readabilityEs';

describe('Spanish syllables', () => {
  it.each([
    ['casa', 2],
    ['ciudad', 2],
    ['bueno', 2],
    ['cuidado', 3],
    ['país', 2],
    ['día', 2],
    ['aéreo', 4],
    ['caer', 2],
    ['murciélago', 4],
    ['hoy', 1],
    ['muy', 1],
    ['y', 1],
    ['guitarra', 3],
    ['pingüino', 3],
    ['quiero', 2],
    ['estrés', 2],
    ['respiración', 4],
    ['Uruguay', 3],
    ['ahora', 3],
    ['recuperación', 5],
  ])('%s has %i', (word, count) => {
    expect(spanishSyllables(word)).toBe(count);
  });
});

describe('the Szigriszt-Pazos (INFLESZ) index', () => {
  it('follows the published formula: 206.835 − 62.3 × syllables/words − words/sentences', () => {
    // 100 words, 200 syllables, 10 sentences: 206.835 − 124.6 − 10 = 72.235.
    expect(inflesz(100, 10, 200)).toBe(72.2);
    // 10 words, 20 syllables, 1 sentence: 206.835 − 124.6 − 10 = 72.235 too: only the ratios count.
    expect(inflesz(10, 1, 20)).toBe(72.2);
    expect(inflesz(0, 0, 0)).toBe(0);
  });

  it('scores short sentences of short words as easy, and long ones as hard', () => {
    const easy = measureSpanish(['El estrés es parte de la vida. Usted lo puede notar. Respire despacio.']);
    expect(easy).toMatchObject({ words: 13, sentences: 3 });
    expect(easy.inflesz).toBeGreaterThan(80);
    const hard = measureSpanish([
      'La implementación sistemática de intervenciones psicoterapéuticas multidisciplinarias contribuye significativamente a la consolidación de comportamientos adaptativos.',
    ]);
    expect(hard.inflesz).toBeLessThan(20);
  });

  it('counts each block as at least one sentence, and ¿ ¡ as no word', () => {
    expect(measureSpanish(['¿Qué siente?', 'Corazón acelerado'])).toMatchObject({ words: 4, sentences: 2 });
  });
});
