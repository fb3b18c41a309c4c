import { timedParts, type LessonTiming, type TimedPart } from '../lessonSchema';
import type { PresentPart, Section } from './sections';

/**
 * The lesson's time plan, in whole minutes, from its own timing: the presenter's
 * agenda and pacing and the facilitator's guide all read it, so the room, the
 * clock and the printed guide tell the facilitator the same thing.
 */

/** What planning needs to know of a lesson: its length and, for core lessons, the minutes of each part. */
export interface TimedLesson {
  minutes: number;
  timing?: LessonTiming;
}

/** What planning needs to know of a section. */
export type PlannedSection = Pick<Section<unknown>, 'part' | 'weight' | 'minutes' | 'partMinutes'>;

export interface LessonPlan {
  /** Whole minutes of each part: the lesson's own timing, or its minutes shared out by part when it has none. */
  parts: LessonTiming;
  /** Whole minutes of each section, in order. With a timing they add up to the lesson's minutes. */
  sections: number[];
}

/**
 * How a lesson without a timing (a clinic's own lesson) shares its minutes among
 * the parts it has: in the proportions of the core lessons (5, 20, 10, 10 and 5
 * of 50 minutes).
 */
const defaultShares: LessonTiming = { why: 1, learn: 4, practice: 2, worksheet: 2, takeaway: 1 };

/** The part whose minutes a section uses: the title screen is part of the opening, with Why this matters. */
export function timedPartOf(part: PresentPart): TimedPart {
  return part === 'intro' ? 'why' : part;
}

/**
 * Splits `total` whole minutes in proportion to `weights`. Every member gets at
 * least one minute when there are enough to go round (unless `atLeastOne` is
 * false); the rest goes by weight,
 * leftover minutes to the largest remainders, so the result always adds up to
 * `total` (never below zero).
 */
export function shareWholeMinutes(total: number, weights: readonly number[], atLeastOne = true): number[] {
  const available = Math.max(0, Math.round(total));
  if (weights.length === 0) return [];
  const floor = atLeastOne && available >= weights.length ? 1 : 0;
  const rest = available - floor * weights.length;
  const sum = weights.reduce((a, b) => a + Math.max(0, b), 0);
  const exact = weights.map((w) => (sum === 0 ? rest / weights.length : (rest * Math.max(0, w)) / sum));
  const shares = exact.map((e) => floor + Math.floor(e));
  let left = available - shares.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((e, i) => ({ i, r: e % 1 })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    shares[i] = (shares[i] ?? 0) + 1;
    left -= 1;
  }
  return shares;
}

/**
 * Minutes for each part. A lesson's timing is used as written. Without one, a
 * part keeps minutes its author set on it (`<Learn minutes={20}>`), and the rest
 * of the lesson's minutes go to the other parts it has, in the usual proportions.
 */
export function partPlan(lesson: TimedLesson, sections: readonly PlannedSection[]): LessonTiming {
  if (lesson.timing !== undefined) return { ...lesson.timing };
  const plan: LessonTiming = { why: 0, learn: 0, practice: 0, worksheet: 0, takeaway: 0 };
  const authored = new Map<TimedPart, number>();
  const present = new Set<TimedPart>();
  for (const section of sections) {
    // The title screen is the opening: it has time even in a lesson with no Why this matters.
    present.add(timedPartOf(section.part));
    if (section.part === 'intro') continue;
    if (section.partMinutes !== undefined) authored.set(section.part, Math.round(section.partMinutes));
  }
  for (const [part, minutes] of authored) plan[part] = minutes;
  const open = timedParts.filter((part) => present.has(part) && !authored.has(part));
  const used = [...authored.values()].reduce((a, b) => a + b, 0);
  const shares = shareWholeMinutes(
    lesson.minutes - used,
    open.map((part) => defaultShares[part]),
    false,
  );
  open.forEach((part, i) => (plan[part] = shares[i] ?? 0));
  return plan;
}

/**
 * Whole minutes for each section. Each part's minutes are shared among its
 * sections by how much each holds, at least one minute each when there are
 * enough; a `<Break minutes>` keeps its own minutes within its part. Minutes of a
 * part the lesson does not have are shared among all sections, so the plan still
 * adds up to the lesson's length.
 */
export function planLesson(sections: readonly PlannedSection[], lesson: TimedLesson): LessonPlan {
  const parts = partPlan(lesson, sections);
  const minutes: number[] = sections.map(() => 0);
  let orphan = 0;
  for (const part of timedParts) {
    const members = sections.map((s, i) => ({ s, i })).filter(({ s }) => timedPartOf(s.part) === part);
    if (members.length === 0) {
      orphan += parts[part];
      continue;
    }
    let left = parts[part];
    // Authored break minutes come first, as far as the part's minutes go.
    for (const { s, i } of members) {
      if (s.minutes === undefined) continue;
      minutes[i] = Math.min(Math.round(s.minutes), left);
      left -= minutes[i] ?? 0;
    }
    const open = members.filter(({ s }) => s.minutes === undefined);
    const target = open.length > 0 ? open : members.slice(-1);
    const shares = shareWholeMinutes(
      left,
      target.map(({ s }) => s.weight),
    );
    target.forEach(({ i }, k) => (minutes[i] = (minutes[i] ?? 0) + (shares[k] ?? 0)));
  }
  if (orphan > 0) {
    const shares = shareWholeMinutes(
      orphan,
      sections.map((s) => s.weight),
      false,
    );
    shares.forEach((m, i) => (minutes[i] = (minutes[i] ?? 0) + m));
  }
  return { parts, sections: minutes };
}

/** Minutes from the start of the lesson at which each section is due to begin. */
export function startMinutes(sectionMinutes: readonly number[]): number[] {
  let at = 0;
  return sectionMinutes.map((m) => {
    const start = at;
    at += m;
    return start;
  });
}
