import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { programSchema, programTranslationSchema } from '../../common/programSchema';

const readJson = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../curriculum/${name}`, import.meta.url), 'utf8'));

const chars = (n: number): string => 'a'.repeat(n);

const stress = { id: 'stress-management', title: 'Stress', overview: 'Calm your body and mind.' };
const coping = { id: 'coping-skills', title: 'Coping skills', overview: 'Skills for the hard moments.' };
const schedule = {
  id: 'two-weeks',
  title: '2 weeks',
  description: 'Two groups a week.',
  weeks: [
    ['box-breathing', 'naming-feelings'],
    ['values', 'saying-no'],
  ],
};
const program = { modules: [stress, coping], schedules: [schedule] };

const accepts = (value: unknown): boolean => programSchema.safeParse(value).success;
const withModule = (changes: object): unknown => ({ ...program, modules: [{ ...stress, ...changes }] });
const withSchedule = (changes: object): unknown => ({ ...program, schedules: [{ ...schedule, ...changes }] });

describe('the program file', () => {
  it('accepts the program as shipped, keeping every module and schedule', () => {
    const shipped = readJson('program.json') as { modules: unknown[]; schedules: unknown[] };
    const parsed = programSchema.parse(shipped);
    expect(parsed.modules).toEqual(shipped.modules);
    expect(parsed.schedules).toEqual(shipped.schedules);
    expect(programSchema.parse(program)).toEqual(program);
  });

  it('needs at least one module, and schedules may be none', () => {
    expect(accepts({ ...program, modules: [] })).toBe(false);
    expect(accepts({ ...program, schedules: [] })).toBe(true);
    expect(accepts({ modules: [stress] })).toBe(false);
  });

  it('needs a module title of three characters or more and an overview of twenty', () => {
    expect(accepts(withModule({ title: chars(2) }))).toBe(false);
    expect(accepts(withModule({ title: chars(3) }))).toBe(true);
    expect(accepts(withModule({ overview: chars(19) }))).toBe(false);
    expect(accepts(withModule({ overview: chars(20) }))).toBe(true);
    expect(accepts(withModule({ id: 'Stress Management' }))).toBe(false);
    expect(accepts(withModule({ lessons: ['box-breathing'] }))).toBe(false);
  });

  it('needs a schedule title of three characters or more and a description of ten', () => {
    expect(accepts(withSchedule({ title: chars(2) }))).toBe(false);
    expect(accepts(withSchedule({ title: chars(3) }))).toBe(true);
    expect(accepts(withSchedule({ description: chars(9) }))).toBe(false);
    expect(accepts(withSchedule({ description: chars(10) }))).toBe(true);
  });

  it('needs a schedule of at least one week, each with at least one lesson', () => {
    expect(accepts(withSchedule({ weeks: [] }))).toBe(false);
    expect(accepts(withSchedule({ weeks: [['values'], []] }))).toBe(false);
    expect(accepts(withSchedule({ weeks: [['values']] }))).toBe(true);
  });
});

describe('a translation of the program', () => {
  const translation = {
    modules: [{ ...stress, title: 'Estrés', overview: 'Calme su cuerpo y su mente.' }],
    schedules: [{ id: 'two-weeks', title: '2 semanas', description: 'Dos grupos por semana.' }],
  };
  const acceptsTranslation = (value: unknown): boolean => programTranslationSchema.safeParse(value).success;
  const [module] = translation.modules;
  const [translated] = translation.schedules;

  it('accepts the Spanish program as shipped', () => {
    const shipped = readJson('program.es.json') as { modules: unknown[]; schedules: unknown[] };
    expect(programTranslationSchema.parse(shipped).modules).toEqual(shipped.modules);
    expect(programTranslationSchema.parse(translation)).toEqual(translation);
  });

  it('holds the words only: the weeks of a schedule stay in the program file', () => {
    expect(acceptsTranslation({ ...translation, schedules: [{ ...translated, weeks: [['values']] }] })).toBe(false);
    expect(acceptsTranslation({ modules: translation.modules })).toBe(false);
  });

  it('needs titles of three characters or more, overviews of twenty and descriptions of ten', () => {
    const withModuleText = (changes: object): boolean =>
      acceptsTranslation({ ...translation, modules: [{ ...module, ...changes }] });
    const withScheduleText = (changes: object): boolean =>
      acceptsTranslation({ ...translation, schedules: [{ ...translated, ...changes }] });
    expect(withModuleText({ title: chars(2) })).toBe(false);
    expect(withModuleText({ title: chars(3) })).toBe(true);
    expect(withModuleText({ overview: chars(19) })).toBe(false);
    expect(withModuleText({ overview: chars(20) })).toBe(true);
    expect(withScheduleText({ title: chars(2) })).toBe(false);
    expect(withScheduleText({ title: chars(3) })).toBe(true);
    expect(withScheduleText({ description: chars(9) })).toBe(false);
    expect(withScheduleText({ description: chars(10) })).toBe(true);
  });
});
