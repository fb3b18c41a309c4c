/**
 * Splitting a lesson into sections a facilitator can present one at a time, and
 * planning how long each should take. Pure functions with no Node or DOM use: the
 * renderer runs them on the live lesson and the facilitator's guide runs them in
 * Node, so the room and the printed guide always agree.
 */

/** The lesson parts that are shown to the room, in their usual order. */
export type PresentPart = 'intro' | 'why' | 'learn' | 'practice' | 'worksheet' | 'takeaway';

/** One piece of a part's content, in source order. `N` is whatever the caller renders (a React node). */
export type Block<N> =
  /** An h2 or h3 heading: starts a new section titled by its text. */
  | { kind: 'heading'; title: string; node: N }
  /** An author's `<Break />`: starts a new section, optionally titled and timed. */
  | { kind: 'break'; title?: string; minutes?: number }
  /** Notes for the facilitator that belong to the section they sit in. */
  | { kind: 'notes'; node: N }
  /** Anything shown to the room; `weight` is roughly how much there is to say about it. */
  | { kind: 'content'; node: N; weight: number };

/** A part of the lesson as found in its source, before splitting. */
export interface PartInput<N> {
  part: PresentPart;
  /** Planned minutes for the whole part, from an author's `minutes` prop on it. */
  minutes?: number;
  blocks: Block<N>[];
}

/** One presentable section: a projected screen's worth of one part. */
export interface Section<N> {
  /** Position in the lesson, from 0. */
  index: number;
  part: PresentPart;
  /** The heading or break title; null when the section starts a part with no heading (show the part's name). */
  title: string | null;
  /** What the room sees (the heading itself is not repeated here). */
  nodes: N[];
  /** Facilitator notes written inside this section. */
  notes: N[];
  /** How much content the section holds, used to share out the lesson's minutes. */
  weight: number;
  /** True when a `<Break />` with no title split a longer section: it carries on the one before. */
  continued: boolean;
  /** Minutes the author set on this section's `<Break minutes>`, if any. */
  minutes?: number;
  /** Minutes the author set on the whole part, shared among its sections. */
  partMinutes?: number;
}

/** Weight of a section with nothing in it but a title, so it still gets a little time. */
const MIN_WEIGHT = 120;

/**
 * Splits a lesson's parts into sections: a new section at every heading and
 * every `<Break />`. Content before a part's first heading forms a section
 * titled by the part. A part with no content is skipped, except the intro (the
 * title screen), so every lesson, even one with no headings at all, has at
 * least one section.
 */
export function splitSections<N>(parts: readonly PartInput<N>[]): Section<N>[] {
  const sections: Section<N>[] = [];
  for (const input of parts) {
    const own: Section<N>[] = [];
    let current: Section<N> | null = null;
    const open = (title: string | null, minutes?: number, continued = false): Section<N> => {
      const section: Section<N> = { index: 0, part: input.part, title, continued, nodes: [], notes: [], weight: 0 };
      if (minutes !== undefined) section.minutes = minutes;
      if (input.minutes !== undefined) section.partMinutes = input.minutes;
      own.push(section);
      return section;
    };
    for (const block of input.blocks) {
      switch (block.kind) {
        case 'heading':
          current = open(block.title);
          current.weight += block.title.length;
          break;
        case 'break':
          current = open(
            block.title ?? current?.title ?? null,
            block.minutes,
            block.title === undefined && current !== null,
          );
          break;
        case 'notes':
          current ??= open(null);
          current.notes.push(block.node);
          break;
        case 'content':
          current ??= open(null);
          current.nodes.push(block.node);
          current.weight += block.weight;
          break;
      }
    }
    if (own.length === 0 && input.part === 'intro') open(null);
    sections.push(...own);
  }
  if (sections.length === 0) {
    sections.push({ index: 0, part: 'intro', title: null, continued: false, nodes: [], notes: [], weight: 0 });
  }
  sections.forEach((section, index) => {
    section.index = index;
    section.weight = Math.max(section.weight, MIN_WEIGHT);
  });
  return sections;
}

/**
 * Planned seconds for each section. Minutes an author set on a `<Break>` are
 * kept; minutes set on a part are shared among that part's other sections by
 * weight; the rest of the lesson's minutes are shared among the remaining
 * sections by weight. The plan never goes below zero, and when the author's
 * minutes already exceed the lesson's, unplanned sections get none.
 */
export function planSeconds(
  sections: readonly Pick<Section<unknown>, 'part' | 'weight' | 'minutes' | 'partMinutes'>[],
  lessonMinutes: number,
): number[] {
  const plan: (number | null)[] = sections.map((s) => (s.minutes === undefined ? null : s.minutes * 60));
  const parts = new Set(sections.map((s) => s.part));
  for (const part of parts) {
    const members = sections.map((s, i) => ({ s, i })).filter(({ s }) => s.part === part);
    const partMinutes = members[0]?.s.partMinutes;
    if (partMinutes === undefined) continue;
    const fixed = members.reduce((sum, { i }) => sum + (plan[i] ?? 0), 0);
    share(
      plan,
      members.filter(({ i }) => plan[i] === null).map(({ s, i }) => ({ i, weight: s.weight })),
      partMinutes * 60 - fixed,
    );
  }
  const used = plan.reduce<number>((sum, p) => sum + (p ?? 0), 0);
  share(
    plan,
    sections.map((s, i) => ({ i, weight: s.weight })).filter(({ i }) => plan[i] === null),
    lessonMinutes * 60 - used,
  );
  return plan.map((p) => p ?? 0);
}

/**
 * Shares `seconds` among `members` in proportion to weight, in whole seconds that
 * add up exactly (the leftover seconds go to the largest remainders).
 */
function share(plan: (number | null)[], members: { i: number; weight: number }[], seconds: number): void {
  const total = members.reduce((sum, m) => sum + m.weight, 0);
  const available = Math.max(0, Math.round(seconds));
  const exact = members.map((m) => ({ i: m.i, value: total === 0 ? 0 : (available * m.weight) / total }));
  let left = total === 0 ? 0 : available - exact.reduce((sum, e) => sum + Math.floor(e.value), 0);
  for (const e of exact) plan[e.i] = Math.floor(e.value);
  const byRemainder = [...exact].sort((a, b) => (b.value % 1) - (a.value % 1));
  for (const e of byRemainder) {
    if (left <= 0) break;
    plan[e.i] = (plan[e.i] ?? 0) + 1;
    left -= 1;
  }
}

/** How a section's time is going, so the presenter can show one clear colour and word. */
export type Pace = 'not-started' | 'on-time' | 'almost' | 'over';

/** On time below 80 % of the plan, almost out of time up to 100 %, then over. */
export function paceOf(elapsedSeconds: number, plannedSeconds: number): Pace {
  if (elapsedSeconds <= 0) return 'not-started';
  if (plannedSeconds <= 0 || elapsedSeconds > plannedSeconds) return 'over';
  return elapsedSeconds >= plannedSeconds * 0.8 ? 'almost' : 'on-time';
}

/** Formats seconds as m:ss (or h:mm:ss past an hour) for clocks. */
export function formatClock(totalSeconds: number): string {
  const sign = totalSeconds < 0 ? '−' : '';
  const s = Math.floor(Math.abs(totalSeconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${sign}${h}:${String(m).padStart(2, '0')}:${ss}` : `${sign}${m}:${ss}`;
}
