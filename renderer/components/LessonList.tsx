import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { LessonListItem } from '../../common/api';
import { aboutHref, lessonHref, packetsHref, progressHref, scheduleHref, shareHref } from '../hooks/useHashRoute';
import { useLessonProgress } from '../hooks/useLessonProgress';
import { WorksheetProgress } from './WorksheetProgress';
import type { Program } from '../../common/programSchema';
import { groupLessons, lessonListTiming, type LessonGroup } from '../../common/lessonGroups';
import { CheckinCard } from '../checkins/CheckinCard';
import { BookOpen, CalendarDays, ChartLine, Files, Send } from 'lucide-react';
import { Icon } from './Icon';

/** Lessons grouped by module; a lesson that failed to load is only counted here (its problem is on the About page). */
export function LessonList({ lessons, program }: { lessons: LessonListItem[]; program: Program }): JSX.Element {
  const { t } = useTranslation();
  const progress = useLessonProgress();
  const { groups, broken } = groupLessons(lessons, program);
  const moduleName = (group: LessonGroup): string =>
    group.module?.title ?? t(`modules.${group.id}`, { defaultValue: t('modules.other') });

  return (
    <div className="lesson-list">
      {/* Element timing: when the app's own list is on screen, for the first-start benchmark. */}
      <h1 {...lessonListTiming}>{t('lessons.heading')}</h1>
      <p className="lead">{t('lessons.intro')}</p>
      <CheckinCard />
      <p className="home-links">
        <a className="button" href={progressHref}>
          <Icon icon={ChartLine} />
          {t('progress.link')}
        </a>
        <a className="button" href={shareHref}>
          <Icon icon={Send} />
          {t('fhir.share.link')}
        </a>
        {program.schedules.length > 0 ? (
          <a className="button" href={scheduleHref}>
            <Icon icon={CalendarDays} />
            {t('schedule.link')}
          </a>
        ) : null}
        {groups.length > 0 ? (
          <a className="button" href={packetsHref}>
            <Icon icon={Files} />
            {t('print.packetLink')}
          </a>
        ) : null}
      </p>
      {groups.length === 0 ? <p>{t('lessons.empty')}</p> : null}
      {groups.map((group) => (
        <section key={group.id} aria-labelledby={`module-${group.id}`} className="module">
          <h2 id={`module-${group.id}`}>{moduleName(group)}</h2>
          {group.module === undefined ? null : <p className="module-overview">{group.module.overview}</p>}
          <ul className="lesson-cards">
            {group.lessons.map((lesson) => (
              <li key={lesson.id} className="lesson-card">
                <h3>
                  <a href={lessonHref(lesson.id)}>
                    <Icon icon={BookOpen} />
                    {lesson.title}
                  </a>
                </h3>
                <p>{lesson.summary}</p>
                <p className="meta">{t('lessons.minutes', { count: lesson.minutes })}</p>
                <WorksheetProgress progress={progress[lesson.id]} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      {broken > 0 ? (
        // Patients see only that a lesson is missing; file paths and parser text are for staff, on the About page.
        <p className="lessons-unavailable">
          {t('lessons.unavailable', { count: broken })} <a href={aboutHref}>{t('lessons.unavailableStaff')}</a>
        </p>
      ) : null}
    </div>
  );
}
