import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { type AnswerOf } from '../../../common/exercises';
import { useExercise } from '../ExerciseContext';
import { ExerciseFrame } from './ExerciseFrame';
import { formatWhen } from './RowField';
import { RowTable } from './RowTable';

export interface CravingLogProps {
  id: string;
  label?: string;
  hint?: string;
  /** Empty rows to write in on a blank printed worksheet (default 6). */
  rows?: number;
}

type Entry = AnswerOf<'craving-log'>[number];

/** "2026-03-14T19:30" for now, in local time, as a datetime-local field shows it. */
function nowLocal(): string {
  const d = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Newest first; entries without a date stay on top, where a new one is being written. */
export function newestFirst(entries: readonly Entry[]): Entry[] {
  return [...entries].sort((a, b) => (a.when === '' ? -1 : b.when === '' ? 1 : b.when.localeCompare(a.when)));
}

/**
 * A dated craving or urge log. A new entry starts at the top with the current date
 * and time; entries are kept newest first on screen and on paper.
 */
export function CravingLog({ id, label, hint, rows = 6 }: CravingLogProps): JSX.Element {
  const { t, i18n } = useTranslation();
  const { mode, value, set } = useExercise<Entry[]>(id);
  const entries = value ?? [];
  const columns = [
    { key: 'when', label: t('exercises.log.when'), kind: 'datetime' },
    { key: 'trigger', label: t('exercises.log.trigger'), kind: 'text' },
    { key: 'place', label: t('exercises.log.place'), kind: 'text' },
    { key: 'intensity', label: t('exercises.log.intensity'), kind: 'rating', max: 10 },
    { key: 'action', label: t('exercises.log.action'), kind: 'long' },
    { key: 'duration', label: t('exercises.log.duration'), kind: 'text' },
    { key: 'outcome', label: t('exercises.log.outcome'), kind: 'long' },
  ] as const;
  return (
    <ExerciseFrame id={id} type="craving-log">
      <RowTable<Entry>
        mode={mode}
        label={label ?? t('exercises.log.title')}
        hint={hint}
        columns={columns}
        rows={mode === 'interactive' ? entries : newestFirst(entries)}
        // Sorted when an entry is added, not while a date is being typed, so rows never jump under the cursor.
        onChange={(next) => set(next.length > entries.length ? newestFirst(next) : next)}
        newRow={() => ({
          when: nowLocal(),
          trigger: '',
          place: '',
          intensity: null,
          action: '',
          duration: '',
          outcome: '',
        })}
        addAt="start"
        reorder={false}
        rowName={(i, row) =>
          row.when === ''
            ? t('exercises.log.entry', { number: i + 1 })
            : t('exercises.log.entryAt', { when: formatWhen(row.when, i18n.language) })
        }
        addLabel={t('exercises.log.add')}
        blankRows={rows}
      />
    </ExerciseFrame>
  );
}
