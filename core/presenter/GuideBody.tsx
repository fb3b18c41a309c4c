import { Fragment, type JSX, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LessonFrontmatter, TimedPart } from '../../common/lessonSchema';
import { startMinutes, timedPartOf, type LessonPlan } from '../../common/presenter/plan';
import type { Section } from '../../common/presenter/sections';

const keyed = (nodes: ReactNode[]): ReactNode[] => nodes.map((node, i) => <Fragment key={i}>{node}</Fragment>);

interface GuideBodyProps {
  frontmatter: LessonFrontmatter;
  sections: Section<ReactNode>[];
  /** Whole minutes by part and by section, from the lesson's timing (common/presenter/plan.ts). */
  plan: LessonPlan;
  lessonNotes: ReactNode[];
}

/** Runs of consecutive sections that draw on the same part's minutes, as the presenter's agenda shows them. */
function partGroups(sections: readonly Section<ReactNode>[]): { part: TimedPart; sections: Section<ReactNode>[] }[] {
  const groups: { part: TimedPart; sections: Section<ReactNode>[] }[] = [];
  for (const section of sections) {
    const part = timedPartOf(section.part);
    const last = groups.at(-1);
    if (last?.part === part) last.sections.push(section);
    else groups.push({ part, sections: [section] });
  }
  return groups;
}

/**
 * The guide's content: overview, the lesson's timing by part with each section
 * under its part, then each section with its time and notes. Every figure is in
 * whole minutes, from the same plan the presenter's agenda and clock use.
 */
export function GuideBody({ frontmatter, sections, plan, lessonNotes }: GuideBodyProps): JSX.Element {
  const { t } = useTranslation();
  const titleOf = (section: Section<ReactNode>): string => {
    const base = section.title ?? t(section.part === 'intro' ? 'presenter.introTitle' : `parts.${section.part}`);
    return section.continued ? t('presenter.continued', { title: base }) : base;
  };
  const starts = startMinutes(plan.sections);
  const minutes = (count: number): string => t('presenter.guide.minutes', { count });
  const total = plan.sections.reduce((a, b) => a + b, 0);
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
            <th scope="col" className="num">
              {t('presenter.guide.plannedShort')}
            </th>
            <th scope="col" className="num">
              {t('presenter.guide.startsAt')}
            </th>
          </tr>
        </thead>
        {partGroups(sections).map(({ part, sections: members }) => (
          <tbody key={members[0]?.index}>
            <tr className="guide-part-row">
              <th scope="rowgroup">{t(`parts.${part}`)}</th>
              <td className="num">{minutes(plan.parts[part])}</td>
              <td className="num">{starts[members[0]?.index ?? 0]}</td>
            </tr>
            {members.map((section) => (
              <tr key={section.index}>
                <td>
                  {section.index + 1}. {titleOf(section)}
                </td>
                <td className="num">{minutes(plan.sections[section.index] ?? 0)}</td>
                <td className="num">{starts[section.index]}</td>
              </tr>
            ))}
          </tbody>
        ))}
        {/* A last body row, not a tfoot: print repeats a tfoot at the foot of every page. */}
        <tbody className="guide-total">
          <tr>
            <th scope="row">{t('presenter.guide.total')}</th>
            <td className="num">{minutes(total)}</td>
            <td />
          </tr>
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
              part: t(`parts.${timedPartOf(section.part)}`),
              planned: minutes(plan.sections[i] ?? 0),
              start: starts[i] ?? 0,
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
