import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { LessonListItem } from '../../common/api';
import { LessonListView } from '../../common/lessonListView';
import type { Program } from '../../common/programSchema';
import { useLessonProgress } from '../hooks/useLessonProgress';
import { CheckinCard } from '../checkins/CheckinCard';

/** The home screen's lesson list (common/lessonListView.tsx), with the open profile's progress and the check-in card. */
export function LessonList({ lessons, program }: { lessons: LessonListItem[]; program: Program }): JSX.Element {
  const { t } = useTranslation();
  const progress = useLessonProgress();
  return <LessonListView t={t} lessons={lessons} program={program} progress={progress} checkinCard={<CheckinCard />} />;
}
