import { describe, expect, it } from 'vitest';
import { createI18n } from '../../common/i18n/createI18n';
import { shareRequestSchemas, shareSelectionSchema } from '../../common/shareApi';

const realDay = createI18n().t('checkins.errors.date');

const selection = {
  from: '2026-01-01',
  to: '2026-03-31',
  worksheets: true,
  selfChecks: true,
  checkIns: false,
  notes: false,
};
const issues = (value: unknown): { path: PropertyKey[]; message: string }[] =>
  shareSelectionSchema.safeParse(value).error?.issues.map(({ path, message }) => ({ path, message })) ?? [];

describe('what to share with the care team', () => {
  it.each(['previewShare', 'exportShare', 'sendShare'] as const)('%s takes the same choices', (method) => {
    expect(shareRequestSchemas[method].parse(selection)).toEqual(selection);
  });

  it('accepts the clinic’s ID for the person and the profile the screen loaded', () => {
    const withIds = { ...selection, patientId: 'MRN-0012345', profileId: 'default' };
    expect(shareSelectionSchema.parse(withIds)).toEqual(withIds);
  });

  it('refuses a selection missing a choice, or with a field it does not know', () => {
    const { notes: _notes, ...withoutNotes } = selection;
    expect(issues(withoutNotes)).toEqual([{ path: ['notes'], message: expect.any(String) }]);
    expect(issues({ ...selection, server: 'https://fhir.example.org' })).toHaveLength(1);
  });

  it('accepts a single day, and refuses a first day after the last, pointing at the last', () => {
    expect(shareSelectionSchema.parse({ ...selection, from: '2026-03-14', to: '2026-03-14' }).to).toBe('2026-03-14');
    expect(issues({ ...selection, from: '2026-04-01', to: '2026-03-31' })).toEqual([
      { path: ['to'], message: 'the first day must not be after the last' },
    ]);
    expect(issues({ ...selection, from: '2027-01-01', to: '2026-12-31' })).toHaveLength(1);
  });

  it.each([
    ['without leading zeros', '2026-3-14'],
    ['in day-month-year order', '14/03/2026'],
    ['with a time after it', '2026-03-14T10:00'],
    ['with text before it', 'x2026-03-14'],
    ['with a two-digit year', '26-03-14'],
    ['with a one-digit day', '2026-03-4'],
    ['with letters for digits', '2026-MM-DD'],
  ])('refuses a first day written %s, saying how to write one', (_name, from) => {
    const found = issues({ ...selection, from });
    expect(found.length).toBeGreaterThan(0);
    // Only what is wrong with the first day: a badly written day is not also "after the last".
    expect(found).toEqual(found.map(() => ({ path: ['from'], message: realDay })));
  });

  it('refuses a first or last day that does not exist in the calendar', () => {
    expect(issues({ ...selection, from: '2026-02-30' })).toEqual([{ path: ['from'], message: realDay }]);
    expect(issues({ ...selection, to: '2026-13-01' })).toEqual([{ path: ['to'], message: realDay }]);
  });

  it('keeps the clinic’s ID without the spaces around it', () => {
    expect(shareSelectionSchema.parse({ ...selection, patientId: '  MRN 42  ' }).patientId).toBe('MRN 42');
  });

  it('accepts a clinic ID of up to 64 characters, and refuses a longer one', () => {
    expect(shareSelectionSchema.parse({ ...selection, patientId: '7'.repeat(64) }).patientId).toHaveLength(64);
    expect(shareSelectionSchema.parse({ ...selection, patientId: ` ${'7'.repeat(64)} ` }).patientId).toHaveLength(64);
    expect(issues({ ...selection, patientId: '7'.repeat(65) })).toEqual([
      { path: ['patientId'], message: expect.any(String) },
    ]);
  });

  it.each([
    ['a line break', 'MRN\n42'],
    ['a tab', 'MRN\t42'],
    ['a NUL', 'MRN\u000042'],
  ])('refuses a clinic ID with %s inside', (_name, patientId) => {
    expect(issues({ ...selection, patientId })).toEqual([{ path: ['patientId'], message: expect.any(String) }]);
  });

  it('accepts a clinic ID with letters of any language', () => {
    expect(shareSelectionSchema.parse({ ...selection, patientId: 'Núñez-Ørsted 7' }).patientId).toBe('Núñez-Ørsted 7');
  });

  it('accepts a profile id of up to 80 characters, and refuses a longer one', () => {
    expect(shareSelectionSchema.parse({ ...selection, profileId: 'p'.repeat(80) }).profileId).toHaveLength(80);
    expect(issues({ ...selection, profileId: 'p'.repeat(81) })).toEqual([
      { path: ['profileId'], message: expect.any(String) },
    ]);
  });
});

describe('the list of what was sent', () => {
  it('takes nothing, and refuses anything given', () => {
    expect(shareRequestSchemas.listShares.parse({})).toEqual({});
    expect(shareRequestSchemas.listShares.safeParse({ from: '2026-01-01' }).success).toBe(false);
  });
});
