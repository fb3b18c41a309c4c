import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { LessonListItem } from '../../common/api';
import type { Program } from '../../common/programSchema';
import { lessonHref, lessonsHref } from '../hooks/useHashRoute';

/** The suggested schedules: which lesson each group meeting covers, week by week. */
export function Schedule({ program, lessons }: { program: Program; lessons: LessonListItem[] }): JSX.Element {
  const { t } = useTranslation();
  const titles = new Map(lessons.flatMap((l) => (l.status === 'ok' ? [[l.id, l.title] as const] : [])));
  return (
    <div className="schedule">
      <a className="back-link" href={lessonsHref}>
        ← {t('lessons.back')}
      </a>
      <h1 tabIndex={-1}>{t('schedule.heading')}</h1>
      <p className="lead">{t('schedule.intro')}</p>
      {program.schedules.length === 0 ? <p>{t('schedule.none')}</p> : null}
      {program.schedules.map((schedule) => (
        <section key={schedule.id} aria-labelledby={`schedule-${schedule.id}`}>
          <h2 id={`schedule-${schedule.id}`}>{schedule.title}</h2>
          <p>{schedule.description}</p>
          <ol className="schedule-weeks">
            {schedule.weeks.map((week, index) => (
              <li key={index}>
                <h3>{t('schedule.week', { number: index + 1 })}</h3>
                <ol className="schedule-sessions">
                  {week.map((lessonId) => (
                    <li key={lessonId}>
                      {titles.has(lessonId) ? (
                        <a href={lessonHref(lessonId)}>{titles.get(lessonId)}</a>
                      ) : (
                        <span className="missing-lesson">{t('schedule.missing', { id: lessonId })}</span>
                      )}
                    </li>
                  ))}
                </ol>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
