import { useEffect, useRef, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimedPart } from '../../common/lessonSchema';
import { timedPartOf } from '../../common/presenter/plan';
import { sectionMs, type PresentCommand, type PresentState } from '../../common/presenter/presentState';
import { formatClock, paceOf } from '../../common/presenter/sections';
import { useSectionTitle } from './SectionView';
import type { PresentedLesson } from './usePresentedLesson';

interface AgendaProps {
  presented: PresentedLesson;
  state: PresentState;
  now: number;
  dispatch(command: PresentCommand): void;
}

/** Runs of consecutive sections that draw on the same part's minutes. */
function groupsOf(parts: readonly TimedPart[]): { part: TimedPart; indexes: number[] }[] {
  const groups: { part: TimedPart; indexes: number[] }[] = [];
  parts.forEach((part, index) => {
    const last = groups.at(-1);
    if (last?.part === part) last.indexes.push(index);
    else groups.push({ part, indexes: [index] });
  });
  return groups;
}

/**
 * Every section under its part, with the part's minutes from the lesson and each
 * section's spent and planned time: press one to show it on the audience view.
 * It scrolls in its own panel and keeps the current section in sight.
 */
export function Agenda({ presented, state, now, dispatch }: AgendaProps): JSX.Element {
  const { t } = useTranslation();
  const titleOf = useSectionTitle();
  const { sections, plan } = presented;
  const list = useRef<HTMLDivElement>(null);
  const minutes = (count: number): string => t('presenter.minutesShort', { count });

  useEffect(() => {
    // Scroll only the agenda's own panel (scrollIntoView could move the whole page).
    const panel = list.current;
    const current = panel?.querySelector<HTMLElement>('[aria-current="step"]');
    if (panel === null || current === null || current === undefined) return;
    const top = current.offsetTop - panel.offsetTop;
    if (top < panel.scrollTop || top + current.offsetHeight > panel.scrollTop + panel.clientHeight) {
      panel.scrollTop = Math.max(0, top - panel.clientHeight / 3);
    }
  }, [state.index]);

  return (
    <nav className="presenter-agenda" aria-labelledby="presenter-agenda-title">
      <h2 id="presenter-agenda-title">{t('presenter.agenda')}</h2>
      <div className="agenda-scroll" ref={list}>
        {groupsOf(sections.map((s) => timedPartOf(s.part))).map(({ part, indexes }) => (
          <div className="agenda-part" key={indexes[0]}>
            <h3>
              <span>{t(`parts.${part}`)}</span> <span className="agenda-part-time">{minutes(plan.parts[part])}</span>
            </h3>
            <ol start={(indexes[0] ?? 0) + 1}>
              {indexes.map((i) => {
                const section = sections[i];
                if (section === undefined) return null;
                const spent = sectionMs(state, i, now) / 1000;
                const planned = plan.sections[i] ?? 0;
                return (
                  <li key={section.index} className={`pace-${paceOf(spent, planned * 60)}`}>
                    <button
                      type="button"
                      aria-current={i === state.index ? 'step' : undefined}
                      onClick={() => dispatch({ type: 'go', index: i })}
                    >
                      <span className="agenda-title">
                        {i + 1}. {titleOf(section)}
                      </span>
                      <span className="agenda-time">
                        {/* Before any time is spent, the plan alone: the agenda stays one line a section. */}
                        {spent > 0
                          ? t('presenter.agendaTime', { spent: formatClock(spent), planned: minutes(planned) })
                          : minutes(planned)}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ol>
          </div>
        ))}
      </div>
    </nav>
  );
}
