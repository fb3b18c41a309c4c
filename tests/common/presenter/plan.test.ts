import { describe, expect, it } from 'vitest';
import type { LessonTiming } from '../../../common/lessonSchema';
import { planLesson, shareWholeMinutes, startMinutes, type PlannedSection } from '../../../common/presenter/plan';
import type { PresentPart } from '../../../common/presenter/sections';

const s = (part: PresentPart, weight = 200, minutes?: number, partMinutes?: number): PlannedSection => ({
  part,
  weight,
  ...(minutes === undefined ? {} : { minutes }),
  ...(partMinutes === undefined ? {} : { partMinutes }),
});
const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
const timing: LessonTiming = { why: 5, learn: 20, practice: 10, worksheet: 10, takeaway: 5 };

/** A lesson shaped like the core ones: title screen, why, nine Learn sections, practice, worksheet, takeaway. */
const lessonSections: PlannedSection[] = [
  s('intro', 120),
  s('why', 300),
  ...[400, 300, 500, 350, 600, 450, 380, 420, 300].map((w) => s('learn', w)),
  s('practice', 900),
  s('practice', 300),
  s('worksheet', 2400),
  s('takeaway', 250),
];

describe('planLesson with a lesson timing', () => {
  it('gives every part exactly the minutes the lesson sets, in whole minutes that add up to its length', () => {
    const plan = planLesson(lessonSections, { minutes: 50, timing });
    expect(plan.parts).toEqual(timing);
    expect(plan.sections.every((m) => Number.isInteger(m) && m >= 1)).toBe(true);
    expect(sum(plan.sections)).toBe(50);
    const byPart = (parts: PresentPart[]) =>
      sum(plan.sections.filter((_, i) => parts.includes(lessonSections[i]?.part ?? 'intro')));
    // The title screen belongs to the opening: it and Why this matters share its five minutes.
    expect(byPart(['intro', 'why'])).toBe(5);
    expect(byPart(['learn'])).toBe(20);
    expect(byPart(['practice'])).toBe(10);
    // The worksheet is planned from the lesson (10 minutes), not from how long its form is.
    expect(byPart(['worksheet'])).toBe(10);
    expect(byPart(['takeaway'])).toBe(5);
  });

  it('shares a part by how much each section holds', () => {
    const plan = planLesson(
      [s('intro', 120), s('why'), s('learn', 100), s('learn', 700), s('practice'), s('worksheet'), s('takeaway')],
      { minutes: 50, timing },
    );
    expect(plan.sections).toEqual([2, 3, 3, 17, 10, 10, 5]);
  });

  it('shares the minutes of a part the lesson does not have among all its sections', () => {
    const plan = planLesson([s('intro', 100), s('learn', 100), s('learn', 300), s('worksheet', 500)], {
      minutes: 50,
      timing,
    });
    // Why's 5 to the title screen, learn's 20 as 6 and 14, worksheet's 10; then practice's and takeaway's 15 by weight.
    expect(plan.sections).toEqual([5 + 2, 6 + 2, 14 + 4, 10 + 7]);
    expect(sum(plan.sections)).toBe(50);
  });

  it('keeps the minutes of a <Break minutes> inside its part, and never plans past the part', () => {
    const plan = planLesson(
      [s('intro'), s('why'), s('learn'), s('practice', 500), s('practice', 10, 4), s('worksheet'), s('takeaway')],
      { minutes: 50, timing },
    );
    expect(plan.sections.slice(3, 5)).toEqual([6, 4]);
    const greedy = planLesson([s('intro'), s('practice', 100, 30), s('practice', 100)], {
      minutes: 10,
      timing: { why: 0, learn: 0, practice: 10, worksheet: 0, takeaway: 0 },
    });
    expect(greedy.sections).toEqual([0, 10, 0]);
  });

  it('gives a part’s leftover minutes to its last <Break minutes> when the part has nothing else', () => {
    const plan = planLesson([s('intro', 120), s('practice', 120, 4)], {
      minutes: 10,
      timing: { why: 2, learn: 0, practice: 8, worksheet: 0, takeaway: 0 },
    });
    expect(plan.sections).toEqual([2, 8]);
  });

  it('gives a part made only of breaks its leftover minutes on the last break alone', () => {
    const plan = planLesson([s('intro', 120), s('practice', 100, 2), s('practice', 100, 3)], {
      minutes: 12,
      timing: { why: 2, learn: 0, practice: 10, worksheet: 0, takeaway: 0 },
    });
    expect(plan.sections).toEqual([2, 2, 8]);
  });

  it('shares a missing part’s minutes by weight alone, without a minute each first', () => {
    const plan = planLesson([s('intro', 120), s('learn', 1200)], {
      minutes: 13,
      timing: { why: 5, learn: 5, practice: 3, worksheet: 0, takeaway: 0 },
    });
    // Practice's 3 minutes: 0.27 and 2.73 by weight, so all 3 to the long Learn section.
    expect(plan.sections).toEqual([5, 8]);
  });
});

describe('planLesson without a timing (a clinic lesson)', () => {
  it('shares the lesson by part in the usual proportions, over the parts it has', () => {
    const plan = planLesson(lessonSections, { minutes: 50 });
    expect(plan.parts).toEqual(timing);
    expect(sum(plan.sections)).toBe(50);
    const noPractice = planLesson([s('intro'), s('why'), s('learn'), s('worksheet')], { minutes: 45 });
    expect(noPractice.parts).toEqual({ why: 6, learn: 26, practice: 0, worksheet: 13, takeaway: 0 });
    expect(sum(noPractice.sections)).toBe(45);
  });

  it('never takes part minutes from the title screen: it belongs to the opening', () => {
    const plan = planLesson([s('intro', 100, undefined, 9), s('why'), s('learn')], { minutes: 10 });
    expect(plan.parts).toEqual({ why: 2, learn: 8, practice: 0, worksheet: 0, takeaway: 0 });
  });

  it('keeps minutes an author set on a part and shares the rest', () => {
    const plan = planLesson([s('intro'), s('learn', 100, undefined, 20), s('practice'), s('worksheet')], {
      minutes: 30,
    });
    expect(plan.parts).toEqual({ why: 2, learn: 20, practice: 4, worksheet: 4, takeaway: 0 });
    expect(plan.sections).toEqual([2, 20, 4, 4]);
  });
});

describe('shareWholeMinutes and startMinutes', () => {
  it('adds up exactly, gives each a minute when it can, and never goes below zero', () => {
    expect(shareWholeMinutes(20, [1, 1, 1])).toEqual([7, 7, 6]);
    expect(shareWholeMinutes(5, [1000, 1, 1])).toEqual([3, 1, 1]);
    expect(shareWholeMinutes(2, [1, 5, 1])).toEqual([0, 2, 0]);
    expect(shareWholeMinutes(-3, [1, 1])).toEqual([0, 0]);
    expect(shareWholeMinutes(4, [])).toEqual([]);
    expect(shareWholeMinutes(6, [1, 2], false)).toEqual([2, 4]);
  });

  it('gives each its minute first when there are just enough, however the weights lean', () => {
    expect(shareWholeMinutes(3, [5, 1, 1])).toEqual([1, 1, 1]);
  });

  it('shares evenly when nothing has weight, and gives a tied leftover minute to the earlier section', () => {
    expect(shareWholeMinutes(10, [0, 0])).toEqual([5, 5]);
    expect(shareWholeMinutes(2, [1, 1, 1], false)).toEqual([1, 1, 0]);
  });

  it('gives the minute each section starts at', () => {
    expect(startMinutes([2, 3, 20, 10])).toEqual([0, 2, 5, 25]);
  });
});
