/**
 * Splitting a lesson into sections a facilitator can present one at a time
 * (their minutes are planned in plan.ts). Pure functions with no Node or DOM use:
 * the renderer runs them on the live lesson and the facilitator's guide runs them
 * in Node, so the room and the printed guide always agree.
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
  /** Minutes an author set on the part (`<Learn minutes>`): used only when the lesson has no timing. */
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
  /** How much content the section holds, used to share out its part's minutes. */
  weight: number;
  /** True when a `<Break />` with no title split a longer section: it carries on the one before. */
  continued: boolean;
  /** Minutes the author set on this section's `<Break minutes>`, if any. */
  minutes?: number;
  /** Minutes the author set on the whole part; used only when the lesson has no timing. */
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
