import { Fragment, useMemo, type JSX, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LessonFrontmatter } from '../../common/lessonSchema';
import type { Section } from '../../common/presenter/sections';
import { isDiagram, LessonContext, type LessonContextValue } from '../../curriculum/components';

type Level = 1 | 2 | 3;

const Heading = ({ level, id, children }: { level: Level; id?: string; children: ReactNode }): JSX.Element =>
  level === 1 ? <h1 id={id}>{children}</h1> : level === 2 ? <h2 id={id}>{children}</h2> : <h3 id={id}>{children}</h3>;

/** The title a section is known by: its heading, or its part's name. */
export function useSectionTitle(): (section: Section<ReactNode>) => string {
  const { t } = useTranslation();
  return (section) => {
    const base = section.title ?? t(section.part === 'intro' ? 'presenter.introTitle' : `parts.${section.part}`);
    return section.continued ? t('presenter.continued', { title: base }) : base;
  };
}

/**
 * Nodes taken out of the lesson's tree, each given a key of its own: they were
 * children of one static list in the compiled lesson.
 */
export const keyed = (nodes: ReactNode[]): ReactNode[] => nodes.map((node, i) => <Fragment key={i}>{node}</Fragment>);

interface SectionViewProps {
  section: Section<ReactNode>;
  frontmatter: LessonFrontmatter;
  /** The level of the section's own heading: 1 on the audience view, lower inside the presenter view. */
  level: Level;
  headingId?: string;
}

/**
 * One section as the room sees it. It never receives answers (the context holds
 * none and ignores changes) and never shows facilitator notes; the worksheet is
 * shown blank, as people will see it on paper.
 */
export function SectionView({ section, frontmatter, level, headingId }: SectionViewProps): JSX.Element {
  const { t } = useTranslation();
  const titleOf = useSectionTitle();
  const context = useMemo<LessonContextValue>(
    () => ({
      mode: section.part === 'worksheet' ? 'print-blank' : 'interactive',
      answers: {},
      setAnswer: () => undefined,
      showFacilitatorNotes: false,
    }),
    [section.part],
  );

  if (section.part === 'intro') {
    const topics = frontmatter.contentNotes.map((n) => t(`contentNotes.${n}`)).join(', ');
    return (
      <div className="present-section present-intro" data-part="intro">
        <Heading level={level} id={headingId}>
          {frontmatter.title}
        </Heading>
        <p className="present-lead">{frontmatter.summary}</p>
        <p className="present-part-label">{t('lesson.objectives')}</p>
        <ul className="present-objectives">
          {frontmatter.objectives.map((objective) => (
            <li key={objective}>{objective}</li>
          ))}
        </ul>
        {topics === '' ? null : <p className="present-content-note">{t('lesson.contentNoteBody', { topics })}</p>}
      </div>
    );
  }

  return (
    <div className={`present-section part-${section.part}`} data-part={section.part}>
      {section.title === null ? null : <p className="present-part-label">{t(`parts.${section.part}`)}</p>}
      <Heading level={level} id={headingId}>
        {titleOf(section)}
      </Heading>
      <LessonContext.Provider value={context}>
        <SectionBody nodes={section.nodes} />
      </LessonContext.Provider>
    </div>
  );
}

/**
 * A section's content. A diagram goes in a column of its own beside the text, so
 * on the room's wide screen the words and the drawing are in view together (the
 * presenter's narrow column stacks them again, in presenter.css).
 */
function SectionBody({ nodes }: { nodes: ReactNode[] }): JSX.Element {
  const figures = nodes.filter(isDiagram);
  if (figures.length === 0) return <>{keyed(nodes)}</>;
  return (
    <div className="present-split">
      <div className="present-text">{keyed(nodes.filter((node) => !isDiagram(node)))}</div>
      <div className="present-figures">{keyed(figures)}</div>
    </div>
  );
}
