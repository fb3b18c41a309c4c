import { describe, expect, it } from 'vitest';
import { countCheckIns, hasContent, progressOverview, weekStart } from '../../../common/progress/overview';

describe('hasContent', () => {
  it('counts what a person wrote or chose, not an emptied box', () => {
    expect(hasContent('  ')).toBe(false);
    expect(hasContent('')).toBe(false);
    expect(hasContent(0)).toBe(true);
    expect(hasContent({ checked: [], other: '' })).toBe(false);
    expect(hasContent({ checked: ['Walk'], other: '' })).toBe(true);
    expect(hasContent({ rows: [{ id: 'r1', text: ' ' }] })).toBe(false);
    expect(hasContent({ rows: [{ id: 'r1', text: 'Call Sam' }] })).toBe(true);
    expect(hasContent(null)).toBe(false);
  });

  it('counts a yes or a no as an answer, and a row holding only its id as empty', () => {
    expect(hasContent(false)).toBe(true);
    expect(hasContent(true)).toBe(true);
    expect(hasContent({ rows: [{ id: 'r1' }] })).toBe(false);
    expect(hasContent(['', ' '])).toBe(false);
    expect(hasContent(['', 'Walk'])).toBe(true);
  });
});

describe('weekStart and countCheckIns', () => {
  it('starts weeks on Monday', () => {
    expect(weekStart('2026-03-29')).toBe('2026-03-23'); // a Sunday
    expect(weekStart('2026-03-23')).toBe('2026-03-23'); // a Monday
    expect(weekStart('2026-03-01')).toBe('2026-02-23');
  });

  it('refuses a day that is not on the calendar, naming it', () => {
    expect(() => weekStart('2026-02-30')).toThrow(new RangeError('not a calendar date: 2026-02-30'));
  });

  it('counts check-ins from Monday and from the first of the month, not ahead of today', () => {
    const days = ['2026-02-28', '2026-03-01', '2026-03-22', '2026-03-23', '2026-03-25', '2026-03-26'];
    expect(countCheckIns(days, '2026-03-25')).toEqual({ week: 2, month: 4 });
    expect(countCheckIns([], '2026-03-25')).toEqual({ week: 0, month: 0 });
  });
});

describe('progressOverview', () => {
  it('counts lessons opened, completed and answered, and leaves lessons never touched out', () => {
    const overview = progressOverview({
      lessons: [
        {
          lessonId: 'a',
          title: 'A',
          exerciseIds: ['x', 'y'],
          answered: new Map([
            ['x', '2026-03-01T10:00:00.000Z'],
            ['y', '2026-03-04T10:00:00.000Z'],
          ]),
          firstOpenedAt: null,
        },
        {
          lessonId: 'b',
          title: 'B',
          exerciseIds: ['x', 'y'],
          answered: new Map([['x', '2026-03-02T10:00:00.000Z']]),
          firstOpenedAt: '2026-03-02T09:00:00.000Z',
        },
        { lessonId: 'c', title: 'C', exerciseIds: ['x'], answered: new Map(), firstOpenedAt: '2026-03-03T09:00:00Z' },
        { lessonId: 'd', title: 'D', exerciseIds: ['x'], answered: new Map(), firstOpenedAt: null },
        // A lesson with no exercises is read, never "completed" by having none.
        { lessonId: 'e', title: 'E', exerciseIds: [], answered: new Map(), firstOpenedAt: '2026-03-03T09:00:00Z' },
      ],
      plans: [{ id: 'safety-plan', lessonId: 'p', updatedAt: null }],
      checkInDays: ['2026-03-24'],
      today: '2026-03-25',
    });
    expect(overview.lessons.map((l) => l.lessonId)).toEqual(['a', 'b', 'c', 'e']);
    expect(overview.lessonsOpened).toBe(4);
    expect(overview.lessonsCompleted).toBe(1);
    expect(overview.worksheetsAnswered).toBe(2);
    expect(overview.lessons[0]).toMatchObject({
      completed: true,
      answered: 2,
      lastAnsweredAt: '2026-03-04T10:00:00.000Z',
    });
    expect(overview.lessons[1]).toMatchObject({ completed: false, answered: 1, exercises: 2 });
    expect(overview.checkInsThisWeek).toBe(1);
    expect(overview.checkInsThisMonth).toBe(1);
  });
});

describe('progressOverview, lesson by lesson', () => {
  it('gives the latest answer’s time whatever order the answers come in, none for a lesson only opened, and passes the plans on', () => {
    const plans = [{ id: 'coping-card' as const, lessonId: 'b', updatedAt: '2026-03-05T08:00:00.000Z' }];
    const overview = progressOverview({
      lessons: [
        {
          lessonId: 'b',
          title: 'Coping cards',
          exerciseIds: ['x', 'y', 'z'],
          answered: new Map([
            ['y', '2026-03-05T08:00:00.000Z'],
            ['x', '2026-03-02T10:00:00.000Z'],
          ]),
          firstOpenedAt: null,
        },
        {
          lessonId: 'c',
          title: 'Triggers',
          exerciseIds: ['x'],
          answered: new Map(),
          firstOpenedAt: '2026-03-03T09:00:00Z',
        },
        {
          lessonId: 'd',
          title: 'Sleep',
          exerciseIds: ['x'],
          answered: new Map(),
          firstOpenedAt: '2026-03-04T09:00:00Z',
        },
      ],
      plans,
      checkInDays: [],
      today: '2026-03-25',
    });
    expect(overview.lessons).toEqual([
      {
        lessonId: 'b',
        title: 'Coping cards',
        answered: 2,
        exercises: 3,
        completed: false,
        lastAnsweredAt: '2026-03-05T08:00:00.000Z',
      },
      { lessonId: 'c', title: 'Triggers', answered: 0, exercises: 1, completed: false, lastAnsweredAt: null },
      { lessonId: 'd', title: 'Sleep', answered: 0, exercises: 1, completed: false, lastAnsweredAt: null },
    ]);
    // Opened three, one of them answered: a worksheet counts only once something is written.
    expect([overview.lessonsOpened, overview.lessonsCompleted, overview.worksheetsAnswered]).toEqual([3, 0, 1]);
    expect(overview.plans).toEqual(plans);
  });
});
