import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadProgram, programTranslationPath, translated } from '../../../core/program/loadProgram';

const root = join(import.meta.dirname, '../../..');
const coreProgram = join(root, 'curriculum/program.json');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'groundwork-program-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('the program in a language', () => {
  it('gives the core program in Spanish: its words translated, its weeks the same', async () => {
    const en = await loadProgram(coreProgram);
    const es = await loadProgram(coreProgram, 'es');
    expect(es.modules.map((m) => m.title)).toEqual([
      'Manejo del estrés',
      'Habilidades para afrontar',
      'Prevención de recaídas',
      'Una vida en recuperación',
    ]);
    expect(es.modules.map((m) => m.id)).toEqual(en.modules.map((m) => m.id));
    expect(es.schedules.map((s) => s.title)).toEqual([
      '9 semanas, 3 grupos por semana',
      '13 semanas, 2 grupos por semana',
    ]);
    expect(es.schedules.map((s) => s.weeks)).toEqual(en.schedules.map((s) => s.weeks));
    for (const [i, m] of es.modules.entries()) expect(m.overview).not.toBe(en.modules[i]?.overview);
  });

  it('names the translation beside the program file', () => {
    expect(programTranslationPath('/a/program.json', 'es')).toBe('/a/program.es.json');
  });

  it('stays in English where there are no words in the language, or they cannot be used', async () => {
    const file = join(dir, 'program.json');
    await writeFile(file, await readFile(coreProgram));
    const en = await loadProgram(file);
    // No translation beside it.
    expect(await loadProgram(file, 'es')).toEqual(en);
    // Broken ones: not JSON, and the wrong shape. Said in the log, never to the person.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await writeFile(programTranslationPath(file, 'es'), '{ not json');
    expect(await loadProgram(file, 'es')).toEqual(en);
    await writeFile(programTranslationPath(file, 'es'), JSON.stringify({ modules: [{ id: 'x' }], schedules: [] }));
    expect(await loadProgram(file, 'es')).toEqual(en);
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });

  it('translates what has words and keeps the rest, ignoring words for ids the program does not have', () => {
    const program = {
      modules: [
        { id: 'a', title: 'First', overview: 'The first module, in English words.' },
        { id: 'b', title: 'Second', overview: 'The second module, in English words.' },
      ],
      schedules: [{ id: 's', title: 'Weekly', description: 'Once a week.', weeks: [['l1'], ['l2']] }],
    };
    const words = {
      modules: [
        { id: 'b', title: 'Segundo', overview: 'El segundo módulo, en palabras en español.' },
        { id: 'z', title: 'Otro', overview: 'Un módulo que el programa no tiene.' },
      ],
      schedules: [{ id: 's', title: 'Semanal', description: 'Una vez por semana.' }],
    };
    expect(translated(program, words)).toEqual({
      modules: [
        program.modules[0],
        { id: 'b', title: 'Segundo', overview: 'El segundo módulo, en palabras en español.' },
      ],
      schedules: [{ id: 's', title: 'Semanal', description: 'Una vez por semana.', weeks: [['l1'], ['l2']] }],
    });
  });
});
