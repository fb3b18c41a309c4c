import { useLayoutEffect, useRef, useState, type JSX, type ReactNode, type RefObject } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { LessonLanguage } from '../../common/language';
import type { LessonFrontmatter } from '../../common/lessonSchema';
import type { Section } from '../../common/presenter/sections';
import { lessonI18n } from './lessonLanguage';
import { SectionView, useSectionTitle } from './SectionView';

/** The size of the room's screen the preview is drawn at before it is scaled down (16:10, like most projectors). */
const CANVAS_WIDTH = 1600;

/** The scale that fits a `width`-pixel-wide drawing into the element, kept up to date as the window resizes. */
function useFitScale(ref: RefObject<HTMLElement | null>, width: number): number {
  const [scale, setScale] = useState(0.25);
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null) return undefined;
    const update = (): void => setScale(element.clientWidth / width);
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, width]);
  return scale;
}

/**
 * The next section as the room will see it, drawn at projector size and scaled
 * down, so the facilitator sees what is coming (a pacer, a diagram, a form) and
 * not only its title. The miniature is inert: nothing in it can be pressed or
 * focused, and screen readers get the title instead.
 */
export function NextPreview({
  next,
  frontmatter,
  language,
}: {
  next: Section<ReactNode> | undefined;
  frontmatter: LessonFrontmatter;
  /** The lesson's language, which the miniature of the room's screen is drawn in. */
  language: LessonLanguage;
}): JSX.Element {
  const { t } = useTranslation();
  const titleOf = useSectionTitle();
  const frame = useRef<HTMLDivElement>(null);
  const scale = useFitScale(frame, CANVAS_WIDTH);
  return (
    <section className="presenter-next" aria-labelledby="presenter-next-title">
      <h2 id="presenter-next-title">{t('presenter.upNext')}</h2>
      <p className="next-title" lang={next === undefined ? undefined : language}>
        {next === undefined ? t('presenter.lastSection') : titleOf(next)}
      </p>
      <div ref={frame} className="next-preview" data-empty={next === undefined} inert>
        {next === undefined ? null : (
          <div
            className="next-canvas room"
            style={{ width: CANVAS_WIDTH, transform: `scale(${scale})` }}
            lang={language}
          >
            <I18nextProvider i18n={lessonI18n(language)}>
              <SectionView key={next.index} section={next} frontmatter={frontmatter} level={3} />
            </I18nextProvider>
          </div>
        )}
      </div>
    </section>
  );
}
