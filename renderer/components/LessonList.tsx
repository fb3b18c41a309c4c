import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { LessonListItem } from '../../common/api';
import { lessonHref, packetsHref, progressHref, scheduleHref } from '../hooks/useHashRoute';
import type { Program } from '../../common/programSchema';

type OkLesson = Extract<LessonListItem, { status: 'ok' }>;

/** Lessons grouped by module, with any lesson that failed to load listed apart with its problem. */
export function LessonList({ lessons, program }: { lessons: LessonListItem[]; program: Program }): JSX.Element {
  const { t } = useTranslation();
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
      <p>
        <a href={progressHref}>{t('progress.link')}</a>
      </p>
      {program.schedules.length > 0 ? (
        <p>
          <a href={scheduleHref}>{t('schedule.link')}</a>
        </p>
      ) : null}
      {ok.length > 0 ? (
        <p>
          <a href={packetsHref}>{t('print.packetLink')}</a>
        </p>
      ) : null}
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
                    <a href={lessonHref(lesson.id)}>{lesson.title}</a>
                  </h3>
                  <p>{lesson.summary}</p>
                  <p className="meta">{t('lessons.minutes', { count: lesson.minutes })}</p>
                </li>
              ))}
          </ul>
        </section>
      ))}
      {broken.length > 0 ? (
        <section aria-labelledby="broken-lessons" className="broken-lessons">
          <h2 id="broken-lessons">{t('lessons.broken')}</h2>
          <p>{t('lessons.brokenHelp')}</p>
          <ul>
            {broken.map((item) =>
              item.status === 'broken' ? (
                <li key={item.file}>
                  <code>{`${item.problem.file}:${item.problem.line}:${item.problem.column}`}</code>{' '}
                  {item.problem.message}
                </li>
              ) : null,
            )}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
