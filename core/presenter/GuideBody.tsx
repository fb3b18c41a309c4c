import { Fragment, type JSX, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LessonFrontmatter } from '../../common/lessonSchema';
import { formatClock, type Section } from '../../common/presenter/sections';

const keyed = (nodes: ReactNode[]): ReactNode[] => nodes.map((node, i) => <Fragment key={i}>{node}</Fragment>);

interface GuideBodyProps {
  frontmatter: LessonFrontmatter;
  sections: Section<ReactNode>[];
  planned: number[];
  lessonNotes: ReactNode[];
}

/** The guide's content: overview, timing table, then each section with its time and notes. */
export function GuideBody({ frontmatter, sections, planned, lessonNotes }: GuideBodyProps): JSX.Element {
  const { t } = useTranslation();
  const titleOf = (section: Section<ReactNode>): string => {
    const base = section.title ?? t(section.part === 'intro' ? 'presenter.introTitle' : `parts.${section.part}`);
    return section.continued ? t('presenter.continued', { title: base }) : base;
  };
  const starts = planned.map((_, i) => planned.slice(0, i).reduce((a, b) => a + b, 0));
  const minutes = (seconds: number): string => t('presenter.guide.minutes', { count: Math.round(seconds / 6) / 10 });
  const topics = frontmatter.contentNotes.map((n) => t(`contentNotes.${n}`)).join(', ');

  return (
    <article className="guide" data-lesson-id={frontmatter.id}>
      <header className="sheet-header">
        <p className="sheet-brand">
          {t('app.name')} · {t('presenter.guide.title')}
        </p>
        <h1>{frontmatter.title}</h1>
        <p>{frontmatter.summary}</p>
        <dl className="guide-facts">
          <dt>{t('presenter.guide.planned')}</dt>
          <dd>{t('lessons.minutes', { count: frontmatter.minutes })}</dd>
          <dt>{t('presenter.guide.sections')}</dt>
          <dd>{sections.length}</dd>
          {topics === '' ? null : (
            <>
              <dt>{t('presenter.guide.contentNotes')}</dt>
              <dd>{topics}</dd>
            </>
          )}
        </dl>
      </header>
      <h2>{t('lesson.objectives')}</h2>
      <ul>
        {frontmatter.objectives.map((objective) => (
          <li key={objective}>{objective}</li>
        ))}
      </ul>
      <h2>{t('presenter.guide.timing')}</h2>
      <table className="guide-timing">
        <thead>
          <tr>
            <th scope="col">{t('presenter.guide.section')}</th>
            <th scope="col">{t('presenter.guide.part')}</th>
            <th scope="col" className="num">
              {t('presenter.guide.plannedShort')}
            </th>
            <th scope="col" className="num">
              {t('presenter.guide.startsAt')}
            </th>
          </tr>
        </thead>
        <tbody>
          {sections.map((section, i) => (
            <tr key={section.index}>
              <td>
                {i + 1}. {titleOf(section)}
              </td>
              <td>{t(section.part === 'intro' ? 'presenter.introTitle' : `parts.${section.part}`)}</td>
              <td className="num">{minutes(planned[i] ?? 0)}</td>
              <td className="num">{formatClock(starts[i] ?? 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('presenter.guide.walkthrough')}</h2>
      {sections.map((section, i) => (
        <section className="guide-section" key={section.index} data-part={section.part}>
          <h3>
            {i + 1}. {titleOf(section)}
          </h3>
          <p className="guide-time">
            {t('presenter.guide.sectionTime', {
              planned: minutes(planned[i] ?? 0),
              start: formatClock(starts[i] ?? 0),
            })}
          </p>
          {section.part === 'intro' ? <p>{t('presenter.guide.introHint')}</p> : keyed(section.nodes)}
          {section.notes.length > 0 ? (
            <aside className="guide-notes" aria-label={t('parts.facilitator')}>
              <p className="guide-notes-title">{t('parts.facilitator')}</p>
              {keyed(section.notes)}
            </aside>
          ) : null}
        </section>
      ))}
      {lessonNotes.length > 0 ? (
        <section className="guide-lesson-notes">
          <h2>{t('presenter.guide.lessonNotes')}</h2>
          {keyed(lessonNotes)}
        </section>
      ) : null}
    </article>
  );
}
