import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  checkinRequestSchemas,
  daySchema,
  NOTE_MAX,
  OWN_SKILL_MAX,
  OWN_SKILLS_MAX,
  selfCheckResultIdSchema,
} from '../../common/checkinApi';
import { createI18n } from '../../common/i18n/createI18n';
import { skillIds } from '../../common/skills';

const { t } = createI18n();
const save = checkinRequestSchemas.saveCheckIn;
const saveSelfCheck = checkinRequestSchemas.saveSelfCheck;
const day = '2026-03-14';

/** What a person is told about a refused request: each issue's field and words. */
function refusal(schema: z.ZodType, value: unknown): { path: (string | number)[]; message: string }[] {
  const parsed = schema.safeParse(value);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => ({ path: issue.path as (string | number)[], message: issue.message }));
}

/** The request as the handler receives it, or a failure listing what was refused. */
function parsed<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new Error(`refused: ${JSON.stringify(result.error.issues)}`);
  return result.data;
}

/** Every issue of a refused request is on `path` and says `message`. */
function expectRefused(schema: z.ZodType, value: unknown, path: (string | number)[], message: string): void {
  const issues = refusal(schema, value);
  expect(issues).not.toEqual([]);
  for (const issue of issues) expect(issue).toEqual({ path, message });
}

const words = {
  date: t('checkins.errors.date'),
  rating: t('checkins.errors.rating'),
  sleepHours: t('checkins.errors.sleepHours'),
  sleepQuality: t('checkins.errors.sleepQuality'),
  used: t('checkins.errors.used'),
  skill: t('checkins.errors.skill'),
  skillTwice: t('checkins.errors.skillTwice'),
  ownSkill: t('checkins.errors.ownSkill', { max: OWN_SKILL_MAX }),
  note: t('checkins.errors.note', { max: NOTE_MAX }),
};

describe('a check-in day', () => {
  it.each(['2026-03-14', '2026-01-01', '2026-12-31', '2028-02-29', '2000-02-29'])('accepts %s', (value) => {
    expect(daySchema.safeParse(value).success).toBe(true);
  });

  it.each([
    ['a day February does not have', '2026-02-30'],
    ['a leap day in a year that has none', '2027-02-29'],
    ['a leap day in a century year that is not a leap year', '2100-02-29'],
    ['the 31st of a 30-day month', '2026-04-31'],
    ['a thirteenth month', '2026-13-01'],
    ['a month zero', '2026-00-10'],
    ['a day zero', '2026-03-00'],
  ])('refuses %s (%s) in plain words', (_name, value) => {
    expectRefused(daySchema, value, [], words.date);
  });

  it.each([
    ['without leading zeros', '2026-3-14'],
    ['in day-month-year order', '14/03/2026'],
    ['with a time after it', '2026-03-14T10:00'],
    ['with text before it', 'on 2026-03-14'],
    ['with a two-digit year', '26-03-14'],
    ['with letters for digits', '2026-MM-14'],
    ['empty', ''],
  ])('refuses a day written %s, in the same plain words', (_name, value) => {
    expectRefused(daySchema, value, [], words.date);
  });
});

describe('saving a check-in', () => {
  const full = {
    date: day,
    mood: 0,
    craving: 10,
    stress: 5,
    sleepHours: 7.5,
    sleepQuality: 4,
    used: 'yes',
    skills: ['paced-breathing', 'grounding'],
    ownSkills: ['Walked the dog', 'Called my sponsor'],
    note: 'Slept badly but went to group.',
    profileId: 'default',
  };

  it('accepts a check-in with every field answered', () => {
    expect(parsed(save, full)).toEqual(full);
  });

  it('accepts a check-in with only its day, or with every field skipped', () => {
    expect(parsed(save, { date: day })).toEqual({ date: day });
    const skipped = {
      date: day,
      mood: null,
      craving: null,
      stress: null,
      sleepHours: null,
      sleepQuality: null,
      used: null,
      skills: [],
      ownSkills: [],
      note: '',
    };
    expect(parsed(save, skipped)).toEqual(skipped);
  });

  it('refuses a check-in without a day, or with a field it does not know', () => {
    expect(refusal(save, { mood: 5 })).toEqual([{ path: ['date'], message: expect.any(String) as string }]);
    expect(refusal(save, { date: day, weight: 80 })).toHaveLength(1);
  });

  it('refuses a check-in for a day that does not exist, naming the date field', () => {
    expectRefused(save, { date: '2026-02-30', mood: 5 }, ['date'], words.date);
  });

  describe.each(['mood', 'craving', 'stress'])('the %s rating', (field) => {
    it.each([0, 1, 9, 10, null])('accepts %s', (value) => {
      expect(parsed(save, { date: day, [field]: value })).toEqual({ date: day, [field]: value });
    });

    it.each([-1, 11, 2.5])('refuses %s, saying it is a whole number from 0 to 10', (value) => {
      expectRefused(save, { date: day, [field]: value }, [field], words.rating);
    });
  });

  it.each([0, 0.5, 6.5, 24])('accepts %s hours of sleep', (value) => {
    expect(parsed(save, { date: day, sleepHours: value }).sleepHours).toBe(value);
  });

  it.each([-0.5, 24.5, 7.25])('refuses %s hours of sleep: from 0 to 24 in half hours', (value) => {
    expectRefused(save, { date: day, sleepHours: value }, ['sleepHours'], words.sleepHours);
  });

  it.each([0, 1, 2, 3, 4])('accepts sleep quality answer %s', (value) => {
    expect(parsed(save, { date: day, sleepQuality: value }).sleepQuality).toBe(value);
  });

  it.each([-1, 5, 2.5])('refuses sleep quality %s, one of the five answers', (value) => {
    expectRefused(save, { date: day, sleepQuality: value }, ['sleepQuality'], words.sleepQuality);
  });

  it.each(['no', 'yes', null])('accepts %s to whether they drank or used', (value) => {
    expect(parsed(save, { date: day, used: value }).used).toBe(value);
  });

  it.each(['maybe', 'Yes', ''])('refuses %j to whether they drank or used', (value) => {
    expectRefused(save, { date: day, used: value }, ['used'], words.used);
  });

  it('accepts every skill of the catalogue once', () => {
    expect(parsed(save, { date: day, skills: [...skillIds] }).skills).toEqual(skillIds);
  });

  it('refuses a skill that is not in the catalogue, pointing at it', () => {
    expectRefused(save, { date: day, skills: ['grounding', 'flying'] }, ['skills', 1], words.skill);
  });

  it('refuses the same catalogue skill twice', () => {
    expectRefused(save, { date: day, skills: ['grounding', 'values', 'grounding'] }, ['skills'], words.skillTwice);
  });

  it('keeps a skill of their own without the spaces around it', () => {
    expect(parsed(save, { date: day, ownSkills: ['  Walked the dog  '] }).ownSkills).toEqual(['Walked the dog']);
  });

  it('accepts a skill of their own of up to 60 characters, and refuses a longer one', () => {
    expect(parsed(save, { date: day, ownSkills: ['w'.repeat(OWN_SKILL_MAX)] }).ownSkills).toHaveLength(1);
    expectRefused(save, { date: day, ownSkills: ['w'.repeat(OWN_SKILL_MAX + 1)] }, ['ownSkills', 0], words.ownSkill);
    expect(words.ownSkill).toContain('1 to 60 characters');
  });

  it.each([
    ['empty', ''],
    ['only spaces', '   '],
    ['two lines', 'Walked\nthe dog'],
    ['a tab inside', 'Walked\tthe dog'],
    ['a hidden right-to-left mark', 'Walked \u202Ethe dog'],
    ['a zero-width space', 'Walked\u200Bthe dog'],
  ])('refuses a skill of their own that is %s', (_name, value) => {
    expectRefused(save, { date: day, ownSkills: ['Called Sam', value] }, ['ownSkills', 1], words.ownSkill);
  });

  it('refuses the same skill of their own twice, even in other capitals', () => {
    expectRefused(
      save,
      { date: day, ownSkills: ['Went for a walk', 'went for a WALK'] },
      ['ownSkills'],
      words.skillTwice,
    );
  });

  it('accepts up to ten skills of their own, and refuses an eleventh', () => {
    const own = (n: number): string[] => Array.from({ length: n }, (_, i) => `Skill ${i + 1}`);
    expect(parsed(save, { date: day, ownSkills: own(OWN_SKILLS_MAX) }).ownSkills).toHaveLength(OWN_SKILLS_MAX);
    expect(refusal(save, { date: day, ownSkills: own(OWN_SKILLS_MAX + 1) })).toEqual([
      { path: ['ownSkills'], message: expect.any(String) as string },
    ]);
  });

  it('keeps a note without the spaces around it', () => {
    expect(parsed(save, { date: day, note: '  Went to group.  ' }).note).toBe('Went to group.');
    expect(parsed(save, { date: day, note: '' }).note).toBe('');
  });

  it('accepts a note of 300 characters and refuses a longer one, saying how long it may be', () => {
    expect(parsed(save, { date: day, note: 'n'.repeat(NOTE_MAX) }).note).toHaveLength(NOTE_MAX);
    expectRefused(save, { date: day, note: 'n'.repeat(NOTE_MAX + 1) }, ['note'], words.note);
    expect(words.note).toContain('at most 300 characters');
  });

  it('measures a note after trimming it', () => {
    expect(parsed(save, { date: day, note: ` ${'n'.repeat(NOTE_MAX)} ` }).note).toHaveLength(NOTE_MAX);
  });

  it.each([
    ['two lines', 'Went to group.\nFelt better.'],
    ['a carriage return', 'Went to group.\rFelt better.'],
    ['a hidden right-to-left mark', 'Went to \u202Egroup'],
    ['a zero-width joiner', 'Went\u200Dto group'],
  ])('refuses a note with %s', (_name, value) => {
    expectRefused(save, { date: day, note: value }, ['note'], words.note);
  });

  it('accepts a note in any language, with accents and emoji', () => {
    const note = 'Fui al grupo; me sentí mejor 😊 — ñandú, Straße';
    expect(parsed(save, { date: day, note }).note).toBe(note);
  });

  it('accepts the profile the screen loaded, up to 80 characters', () => {
    expect(parsed(save, { date: day, profileId: 'default' }).profileId).toBe('default');
    expect(parsed(save, { date: day, profileId: 'p'.repeat(80) }).profileId).toHaveLength(80);
    expect(refusal(save, { date: day, profileId: 'p'.repeat(81) })).toEqual([
      { path: ['profileId'], message: expect.any(String) as string },
    ]);
  });
});

describe('saving a self-check', () => {
  const request = { instrumentId: 'phq-9', date: day, answers: { 'phq-1': 2, 'phq-9': null } };
  const answers = (n: number, value: number | null = 1): Record<string, number | null> =>
    Object.fromEntries(Array.from({ length: n }, (_, i) => [`item-${i + 1}`, value]));

  it('accepts answers, with an item left unanswered as null', () => {
    expect(parsed(saveSelfCheck, request)).toEqual(request);
  });

  it('accepts option values from 0 to 100', () => {
    expect(parsed(saveSelfCheck, { ...request, answers: { a: 0, b: 3, c: 100 } }).answers).toEqual({
      a: 0,
      b: 3,
      c: 100,
    });
  });

  it.each([-1, 101, 1.5])('refuses an option value of %s', (value) => {
    expect(refusal(saveSelfCheck, { ...request, answers: { 'phq-1': value } })).toEqual([
      { path: ['answers', 'phq-1'], message: expect.any(String) as string },
    ]);
  });

  it('accepts an item id of up to 40 characters that is a safe id, and refuses others', () => {
    expect(parsed(saveSelfCheck, { ...request, answers: { ['i'.repeat(40)]: 1 } }).answers).toHaveProperty(
      'i'.repeat(40),
    );
    expect(refusal(saveSelfCheck, { ...request, answers: { ['i'.repeat(41)]: 1 } })).not.toEqual([]);
    expect(refusal(saveSelfCheck, { ...request, answers: { 'Item 1': 1 } })).not.toEqual([]);
  });

  it('accepts 60 answers, as many as an instrument has', () => {
    expect(Object.keys(parsed(saveSelfCheck, { ...request, answers: answers(60) }).answers)).toHaveLength(60);
  });

  it('refuses 61 answers with one issue, without checking each one', () => {
    // Every value here is out of range too: only the count is reported.
    expect(refusal(saveSelfCheck, { ...request, answers: answers(61, -5) })).toEqual([
      { path: ['answers'], message: 'Too big: expected object to be <=60' },
    ]);
  });

  it.each([
    ['null', null],
    ['a list', [1, 2]],
    ['text', 'phq-1=2'],
    ['a number', 3],
    ['missing', undefined],
  ])('refuses answers that are %s, without throwing', (_name, value) => {
    expect(refusal(saveSelfCheck, { ...request, answers: value })).toEqual([
      { path: ['answers'], message: expect.any(String) as string },
    ]);
  });

  it('accepts an instrument id of up to 40 characters that is a safe id, and refuses others', () => {
    expect(parsed(saveSelfCheck, { ...request, instrumentId: 'i'.repeat(40) }).instrumentId).toHaveLength(40);
    for (const instrumentId of ['i'.repeat(41), 'PHQ-9', 'phq 9', ''])
      expect(refusal(saveSelfCheck, { ...request, instrumentId })).toEqual([
        { path: ['instrumentId'], message: expect.any(String) as string },
      ]);
  });

  it('accepts the id of the result it saves again, and refuses an id that is not one', () => {
    expect(parsed(saveSelfCheck, { ...request, resultId: '2026-03-14-0a1b2c3d' }).resultId).toBe('2026-03-14-0a1b2c3d');
    expect(refusal(saveSelfCheck, { ...request, resultId: '2026-03-14' })).toHaveLength(1);
  });

  it('refuses a self-check for a day that does not exist, and one of another profile’s length', () => {
    expectRefused(saveSelfCheck, { ...request, date: '2026-02-29' }, ['date'], words.date);
    expect(parsed(saveSelfCheck, { ...request, profileId: 'default' }).profileId).toBe('default');
    expect(refusal(saveSelfCheck, { ...request, profileId: 'p'.repeat(81) })).toHaveLength(1);
  });
});

describe('a self-check result id', () => {
  it.each(['2026-03-14-0a1b2c3d', '2026-12-31-ffffffff', '2026-01-01-00000000', '2026-03-14-12345678'])(
    'accepts %s: a day and 8 hex digits',
    (id) => {
      expect(selfCheckResultIdSchema.safeParse(id).success).toBe(true);
    },
  );

  it.each([
    ['capital hex digits', '2026-03-14-0A1B2C3D'],
    ['7 hex digits', '2026-03-14-0a1b2c3'],
    ['9 hex digits', '2026-03-14-0a1b2c3d9'],
    ['a letter that is not hex', '2026-03-14-0a1b2c3g'],
    ['text before it', 'x2026-03-14-0a1b2c3d'],
    ['text after it', '2026-03-14-0a1b2c3d.json'],
    ['a path before it', '../2026-03-14-0a1b2c3d'],
    ['a two-digit year', '26-03-14-0a1b2c3d'],
    ['a one-digit month', '2026-3-14-0a1b2c3d'],
    ['a one-digit day', '2026-03-4-0a1b2c3d'],
    ['letters for the day', '2026-MM-DD-0a1b2c3d'],
  ])('refuses one with %s', (_name, id) => {
    expect(selfCheckResultIdSchema.safeParse(id).success).toBe(false);
  });
});

describe('reading a range of days', () => {
  const ranges = ['listCheckIns', 'getCheckinRange', 'listSelfCheckResults'] as const;

  it.each(ranges)('%s accepts an open or closed range of real days', (method) => {
    const schema = checkinRequestSchemas[method];
    for (const range of [{}, { from: '2026-01-01' }, { to: '2026-03-31' }, { from: '2026-01-01', to: '2026-03-31' }])
      expect(parsed(schema, range)).toEqual(range);
  });

  it.each(ranges)('%s refuses an end that is not a real day, naming it', (method) => {
    const schema = checkinRequestSchemas[method];
    expectRefused(schema, { from: '2026-02-30' }, ['from'], words.date);
    expectRefused(schema, { to: '2026-3-31' }, ['to'], words.date);
  });

  it('lists one instrument’s results when named, and refuses a name that is not a safe id', () => {
    const schema = checkinRequestSchemas.listSelfCheckResults;
    expect(parsed(schema, { instrumentId: 'gad-7', from: '2026-01-01' })).toEqual({
      instrumentId: 'gad-7',
      from: '2026-01-01',
    });
    expect(refusal(schema, { instrumentId: 'g'.repeat(41) })).toHaveLength(1);
  });

  it('refuses a range request with a field it does not know', () => {
    expect(refusal(checkinRequestSchemas.listCheckIns, { from: '2026-01-01', limit: 10 })).toHaveLength(1);
  });
});

describe('requests about one day or none', () => {
  it.each(['getCheckIn', 'getCheckInHistory'] as const)('%s needs a real day', (method) => {
    const schema = checkinRequestSchemas[method];
    expect(parsed(schema, { date: day })).toEqual({ date: day });
    expectRefused(schema, { date: '2026-04-31' }, ['date'], words.date);
    expect(refusal(schema, {})).toHaveLength(1);
  });

  it.each(['getCheckInChoices', 'getMyPlans', 'getSelfCheckStatus', 'getLessonActivity'] as const)(
    '%s takes nothing, and refuses anything given',
    (method) => {
      const schema = checkinRequestSchemas[method];
      expect(parsed(schema, {})).toEqual({});
      expect(refusal(schema, { date: day })).toHaveLength(1);
    },
  );
});
