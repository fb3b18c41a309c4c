import { describe, expect, it } from 'vitest';
import type { ColumnSpec } from '../../curriculum/components/exercises/RowField';
import {
  fitClass,
  fixedColumnRem,
  needsWideWorksheet,
  READING_REM,
  tableRem,
  tableSteps,
} from '../../curriculum/components/exercises/rowLayout';

const trigger: ColumnSpec[] = [
  { key: 'trigger', label: 'Trigger', kind: 'text' },
  {
    key: 'kind',
    label: 'External or internal',
    kind: 'choice',
    options: [
      { value: 'external', label: 'External (people, places, things)' },
      { value: 'internal', label: 'Internal (feelings, thoughts, body)' },
    ],
  },
  { key: 'risk', label: 'Risk', kind: 'rating', max: 10 },
  { key: 'plan', label: 'My plan', kind: 'long' },
];
const log: ColumnSpec[] = [
  { key: 'when', label: 'Date and time', kind: 'datetime' },
  { key: 'trigger', label: 'Trigger', kind: 'text' },
  { key: 'place', label: 'Where', kind: 'text' },
  { key: 'intensity', label: 'How strong', kind: 'rating', max: 10 },
  { key: 'action', label: 'What I did', kind: 'long' },
  { key: 'duration', label: 'How long', kind: 'text' },
  { key: 'outcome', label: 'How it went', kind: 'long' },
];

describe('row layout', () => {
  it('gives a choice column room for its longest option, so a chosen answer is never cut off', () => {
    const kind = trigger[1] as ColumnSpec;
    expect(fixedColumnRem(kind)).toBeGreaterThan('Internal (feelings, thoughts, body)'.length * 0.45);
    expect(fixedColumnRem({ key: 'a', label: 'A', kind: 'choice', options: [{ value: 'y', label: 'Yes' }] })).toBe(7);
    expect(fixedColumnRem({ key: 't', label: 'T', kind: 'text' })).toBeUndefined();
  });

  it('makes a one-column list a table at the narrowest step', () => {
    expect(fitClass([{ key: 'text', label: 'Item', kind: 'text' }], true)).toBe('fit-24');
  });

  it('makes each row exercise a table only from the step that holds all its columns', () => {
    for (const [columns, reorder] of [
      [trigger, true],
      [log, false],
    ] as const) {
      const step = Number(fitClass(columns, reorder).replace('fit-', ''));
      expect(tableSteps).toContain(step);
      expect(step).toBeGreaterThanOrEqual(tableRem(columns, reorder));
      expect(step - 8).toBeLessThan(tableRem(columns, reorder));
    }
  });

  it('widens the worksheet only for rows too wide for the reading column', () => {
    expect(needsWideWorksheet(log, false)).toBe(true);
    expect(tableRem(log, false)).toBeGreaterThan(READING_REM);
    expect(needsWideWorksheet([{ key: 'text', label: 'Item', kind: 'text' }], true)).toBe(false);
  });

  it('keeps rows as cards at every width when no step is wide enough', () => {
    const many: ColumnSpec[] = Array.from({ length: 12 }, (_, i) => ({ key: `c${i}`, label: 'C', kind: 'datetime' }));
    expect(fitClass(many, true)).toBe('fit-never');
    expect(needsWideWorksheet(many, true)).toBe(false);
  });
});
