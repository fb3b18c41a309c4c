import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { LessonListItem } from '../../common/api';
import { aboutHref, lessonHref, packetsHref, progressHref, scheduleHref, shareHref } from '../hooks/useHashRoute';
import { useLessonProgress } from '../hooks/useLessonProgress';
import { WorksheetProgress } from './WorksheetProgress';
import type { Program } from '../../common/programSchema';
import { CheckinCard } from '../checkins/CheckinCard';
import { BookOpen, CalendarDays, ChartLine, Files, Send } from 'lucide-react';
import { Icon } from './Icon';

type OkLesson = Extract<LessonListItem, { status: 'ok' }>;

/** Lessons grouped by module; a lesson that failed to load is only counted here (its problem is on the About page). */
export function LessonList({ lessons, program }: { lessons: LessonListItem[]; program: Program }): JSX.Element {
  const { t } = useTranslation();
  const progress = useLessonProgress();
  const ok = lessons.filter((l): l is OkLesson => l.status === 'ok');
  const broken = lessons.filter((l) => l.status === 'broken');
  const modulesById = new Map(program.modules.map((m) => [m.id, m]));
  // Modules in the program's order; any module it does not know comes after.
  const rank = (id: string): number => {
    const index = program.modules.findIndex((m) => m.id === id);
    return index === -1 ? program.modules.length : index;
  };
  const modules = [...new Set(ok.map((l) => l.module))].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const moduleName = (id: string): string =>
    modulesById.get(id)?.title ?? t(`modules.${id}`, { defaultValue: t('modules.other') });

  return (
    <div className="lesson-list">
      <h1>{t('lessons.heading')}</h1>
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
        {ok.length > 0 ? (
          <a className="button" href={packetsHref}>
            <Icon icon={Files} />
            {t('print.packetLink')}
          </a>
        ) : null}
      </p>
      {ok.length === 0 ? <p>{t('lessons.empty')}</p> : null}
      {modules.map((module) => (
        <section key={module} aria-labelledby={`module-${module}`} className="module">
          <h2 id={`module-${module}`}>{moduleName(module)}</h2>
          {modulesById.has(module) ? <p className="module-overview">{modulesById.get(module)?.overview}</p> : null}
          <ul className="lesson-cards">
            {ok
              .filter((l) => l.module === module)
              .map((lesson) => (
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
      {broken.length > 0 ? (
        // Patients see only that a lesson is missing; file paths and parser text are for staff, on the About page.
        <p className="lessons-unavailable">
          {t('lessons.unavailable', { count: broken.length })} <a href={aboutHref}>{t('lessons.unavailableStaff')}</a>
        </p>
      ) : null}
    </div>
  );
}
