import type { JSX, ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { BookOpen, CalendarDays, ChartLine, Circle, CircleCheck, CircleDashed, Files, Send } from 'lucide-react';
import { Icon } from './icon';
import type { LessonListItem } from './api';
import { groupLessons, lessonListTiming, type LessonGroup } from './lessonGroups';
import type { LessonProgress } from './progress';
import type { Program } from './programSchema';
import { aboutHref, lessonHref, packetsHref, progressHref, scheduleHref, shareHref } from './routes';

/**
 * The lesson list's markup, drawn by the app (renderer/components/LessonList.tsx)
 * and by the host into the page before the scripts run (core/firstPaint.tsx): one
 * component, so the app's first render replaces the drawn list without a jump.
 * Words come through `t`, so each side passes its own i18next.
 */

const progressIcons = { 'not-started': Circle, started: CircleDashed, complete: CircleCheck } as const;

/** A lesson's worksheet progress in words ("Worksheet started: 2 of 5 answered"), its icon only a second cue. */
export function WorksheetProgress({
  t,
  progress,
}: {
  t: TFunction;
  progress: LessonProgress | undefined;
}): JSX.Element | null {
  if (progress === undefined || progress.total === 0) return null;
  const ProgressIcon = progressIcons[progress.status];
  return (
    <p className={`worksheet-progress progress-${progress.status}`}>
      <ProgressIcon aria-hidden="true" focusable="false" size="1.1em" strokeWidth={2.25} />
      <span>{t(`lessons.progress.${progress.status}`, { answered: progress.answered, total: progress.total })}</span>
    </p>
  );
}

/**
 * Lessons grouped by module; a lesson that failed to load is only counted here
 * (its problem is on the About page). `checkinCard` stands between the
 * introduction and the links.
 */
export function LessonListView({
  t,
  lessons,
  program,
  progress,
  checkinCard,
}: {
  t: TFunction;
  lessons: LessonListItem[];
  program: Program;
  progress: Record<string, LessonProgress>;
  checkinCard: ReactNode;
}): JSX.Element {
  const { groups, broken } = groupLessons(lessons, program);
  const moduleName = (group: LessonGroup): string =>
    group.module?.title ?? t(`modules.${group.id}`, { defaultValue: t('modules.other') });
  return (
    <div className="lesson-list">
      {/* Element timing: when the list is on screen, for the first-start benchmark. */}
      <h1 {...lessonListTiming}>{t('lessons.heading')}</h1>
      <p className="lead">{t('lessons.intro')}</p>
      {checkinCard}
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
                <WorksheetProgress t={t} progress={progress[lesson.id]} />
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
