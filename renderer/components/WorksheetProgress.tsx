import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { Circle, CircleCheck, CircleDashed } from 'lucide-react';
import type { LessonProgress } from '../../common/progress';

const icons = { 'not-started': Circle, started: CircleDashed, complete: CircleCheck } as const;

/** A lesson's worksheet progress in words ("Worksheet started: 2 of 5 answered"), its icon only a second cue. */
export function WorksheetProgress({ progress }: { progress: LessonProgress | undefined }): JSX.Element | null {
  const { t } = useTranslation();
  if (progress === undefined || progress.total === 0) return null;
  const Icon = icons[progress.status];
  return (
    <p className={`worksheet-progress progress-${progress.status}`}>
      <Icon aria-hidden="true" focusable="false" size="1.1em" strokeWidth={2.25} />
      <span>{t(`lessons.progress.${progress.status}`, { answered: progress.answered, total: progress.total })}</span>
    </p>
  );
}
