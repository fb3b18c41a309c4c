import { useId, type JSX, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLessonMode } from './ExerciseContext';
import { useWorksheetEnd } from './worksheetEnd';

type PartKey = 'why' | 'learn' | 'practice' | 'worksheet' | 'takeaway' | 'facilitator';

interface PartProps {
  children?: ReactNode;
}

/** A titled part of a lesson's anatomy; in print only the worksheet shows. */
function Part({ part, children }: PartProps & { part: PartKey }): JSX.Element | null {
  const { t } = useTranslation();
  const { mode, showFacilitatorNotes } = useLessonMode();
  const headingId = useId();
  const end = useWorksheetEnd();
  if (mode !== 'interactive') {
    return part === 'worksheet' ? (
      <div className="worksheet-body">
        {children}
        {end}
      </div>
    ) : null;
  }
  if (part === 'facilitator' && !showFacilitatorNotes) return null;
  return (
    <section className={`lesson-part part-${part}`} aria-labelledby={headingId} data-part={part}>
      <h2 id={headingId}>{t(`parts.${part}`)}</h2>
      {children}
    </section>
  );
}

/** Two or three sentences on why the topic matters, in plain words. */
export const WhyItMatters = (props: PartProps) => <Part part="why" {...props} />;
/** Short teaching sections, one idea each (use ### headings inside). */
export const Learn = (props: PartProps) => <Part part="learn" {...props} />;
/** An exercise done together in the group. */
export const Practice = (props: PartProps) => <Part part="practice" {...props} />;
/** The exercises a person fills in and can print. */
export const Worksheet = (props: PartProps) => <Part part="worksheet" {...props} />;
/** One sentence to remember and a task for between sessions. */
export const TakeItWithYou = (props: PartProps) => <Part part="takeaway" {...props} />;
/** Notes for the facilitator: hidden from patients, the projected view and printed worksheets. */
export const FacilitatorNotes = (props: PartProps) => <Part part="facilitator" {...props} />;

function Callout({ kind, children }: PartProps & { kind: 'caution' | 'tip' }): JSX.Element {
  const { t } = useTranslation();
  return (
    <aside className={`callout callout-${kind}`} aria-label={t(`parts.${kind}`)}>
      <p className="callout-title">{t(`parts.${kind}`)}</p>
      {children}
    </aside>
  );
}

/** A safety caution, such as a physical risk of a skill. Shown in print too when inside a worksheet. */
export const Caution = (props: PartProps) => <Callout kind="caution" {...props} />;
/** A helpful aside. */
export const Tip = (props: PartProps) => <Callout kind="tip" {...props} />;
