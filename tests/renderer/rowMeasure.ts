import type { Locator, Page } from '@playwright/test';

/** A box on screen, with what it is, for a readable failure. */
export interface Box {
  what: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What one row of a row exercise holds on screen. */
export interface RowBoxes {
  row: string;
  /** Visible labels, fields and buttons of the row. */
  parts: Box[];
  /** Each field with the cell (table) or card (narrow screens) it must stay inside. */
  fields: { field: Box; within: Box; multiLine: boolean }[];
}

/** What one row exercise holds on screen: its column headings (as a table) and its rows. */
export interface ExerciseBoxes {
  exercise: string;
  box: Box;
  headings: Box[];
  rows: RowBoxes[];
}

const LONG = 'A long answer that keeps going, the way people really write when they have a lot on their mind today';

/**
 * Adds two rows to every row exercise under `root` (found by their "Add …" buttons)
 * and fills every field of every row with long text, the longest choice or a date.
 */
export async function fillTwoRowsEverywhere(root: Locator): Promise<number> {
  const adds = root.getByRole('button', { name: /^Add\b/ });
  const count = await adds.count();
  for (let i = 0; i < count; i += 1) {
    const add = adds.nth(i);
    await add.click();
    await add.click();
    // The row exercise is the group the button belongs to.
    const exercise = add.locator('xpath=ancestor::fieldset[1]');
    const fields = exercise.locator('[data-row] :is(input, textarea, select)');
    for (let f = 0; f < (await fields.count()); f += 1) {
      const field = fields.nth(f);
      const tag = await field.evaluate((el) => `${el.tagName}:${(el as HTMLInputElement).type}`);
      if (tag.startsWith('SELECT')) {
        const values = await field.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
        await field.selectOption(values.at(-1) ?? '');
      } else if (tag === 'INPUT:datetime-local') {
        await field.fill(`2026-03-1${f % 10}T19:30`);
      } else if (tag === 'INPUT:tel') {
        await field.fill('+1 (555) 010-0199 extension 1234, ask for Sam');
      } else {
        await field.fill(`${LONG} (${f + 1})`);
      }
    }
  }
  return count;
}

/** Collects, in the page, the boxes of every row exercise's headings, labels, fields and buttons. */
export function measureRowExercises(page: Page): Promise<ExerciseBoxes[]> {
  return page.evaluate(() => {
    const boxOf = (el: Element, what: string): Box => {
      const r = el.getBoundingClientRect();
      return { what, x: r.x, y: r.y, width: r.width, height: r.height };
    };
    // A field is named by its label (or aria-label), anything else by its text.
    const name = (el: Element): string => {
      const labels = (el as HTMLInputElement).labels;
      const label = labels !== undefined && labels !== null && labels.length > 0 ? labels[0]?.textContent : null;
      return (el.getAttribute('aria-label') ?? label ?? el.textContent ?? el.tagName).trim().slice(0, 40);
    };
    // Visually hidden text (1 px, clipped) is for screen readers and takes no room on screen.
    const shown = (el: Element): boolean => {
      const r = el.getBoundingClientRect();
      return r.width > 3 && r.height > 3 && getComputedStyle(el).visibility !== 'hidden';
    };
    const roots = Array.from(document.querySelectorAll('fieldset')).filter(
      (f) => f.querySelector('[data-row]') !== null,
    );
    // Only the innermost group that holds rows: the row exercise itself, not a form around it.
    const own = roots.filter((f) => !roots.some((g) => g !== f && f.contains(g)));
    return own.map((exercise): ExerciseBoxes => {
      const legend = exercise.querySelector('legend')?.textContent?.trim() ?? '?';
      const headings = Array.from(exercise.querySelectorAll('thead th'))
        .filter(shown)
        .map((th) => boxOf(th, `heading "${name(th)}"`));
      const rows = Array.from(exercise.querySelectorAll('[data-row]')).map((row, index): RowBoxes => {
        const label = `${legend} / row ${index + 1}`;
        const parts = Array.from(row.querySelectorAll('label, input, select, textarea, button, .cell-label'))
          .filter(shown)
          .map((el) => boxOf(el, `${el.tagName.toLowerCase()} "${name(el)}"`));
        const fields = Array.from(row.querySelectorAll('input, select, textarea')).map((el) => ({
          field: boxOf(el, `${el.tagName.toLowerCase()} "${name(el)}"`),
          within: boxOf(el.closest('td') ?? row, el.closest('td') !== null ? 'its cell' : 'its row'),
          multiLine: el.tagName === 'TEXTAREA',
        }));
        return { row: label, parts, fields };
      });
      return { exercise: legend, box: boxOf(exercise, legend), headings, rows };
    });
  });
}

/** Whether two boxes share more than a hairline of area (touching edges are fine). */
export function overlap(a: Box, b: Box): boolean {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 1 && h > 1;
}

/** Whether `inner` lies inside `outer`, give or take a pixel of rounding. */
export function inside(inner: Box, outer: Box): boolean {
  return (
    inner.x >= outer.x - 1 &&
    inner.y >= outer.y - 1 &&
    inner.x + inner.width <= outer.x + outer.width + 1 &&
    inner.y + inner.height <= outer.y + outer.height + 1
  );
}

/** A single-line field taller than this has been stretched (a 16 px line with padding is about 46 px). */
export const SINGLE_LINE_MAX = 56;

/** Every problem with one exercise's layout, in words: overlaps, overflows and stretched fields. */
export function layoutProblems(exercise: ExerciseBoxes, width: number): string[] {
  const problems: string[] = [];
  const at = `${width}px, ${exercise.exercise}`;
  const pairs = (boxes: Box[], where: string): void => {
    for (let i = 0; i < boxes.length; i += 1) {
      for (let j = i + 1; j < boxes.length; j += 1) {
        const a = boxes[i] as Box;
        const b = boxes[j] as Box;
        if (overlap(a, b)) problems.push(`${where}: ${a.what} overlaps ${b.what}`);
      }
    }
  };
  pairs(exercise.headings, `${at} headings`);
  for (const row of exercise.rows) {
    pairs(row.parts, `${width}px, ${row.row}`);
    const singles = row.fields.filter((f) => !f.multiLine).map((f) => f.field);
    for (const { field, within } of row.fields) {
      if (!inside(field, within)) problems.push(`${width}px, ${row.row}: ${field.what} overflows ${within.what}`);
      if (!inside(field, exercise.box)) problems.push(`${width}px, ${row.row}: ${field.what} overflows the exercise`);
    }
    for (const field of singles) {
      if (field.height > SINGLE_LINE_MAX) {
        problems.push(`${width}px, ${row.row}: ${field.what} is ${Math.round(field.height)}px tall`);
      }
    }
    const heights = singles.map((f) => f.height);
    if (heights.length > 1 && Math.max(...heights) - Math.min(...heights) > 4) {
      problems.push(`${width}px, ${row.row}: single-line fields differ in height (${heights.map(Math.round)})`);
    }
  }
  return problems;
}
