import { exerciseTypes } from '../../common/exercises';

/**
 * Names of the components a lesson may use. Anything else is rejected at compile
 * time with the line and column where it appears, rather than failing when a
 * person opens the lesson.
 */
export const anatomyComponents = [
  'WhyItMatters',
  'Learn',
  'Practice',
  'Worksheet',
  'TakeItWithYou',
  'FacilitatorNotes',
] as const;

export const helperComponents = ['Caution', 'Tip', 'Break', 'PageBreak'] as const;

/** Drawings for the room and for print (curriculum/components/diagrams/); their words come from i18n. */
export const diagramComponentNames = ['StressCurve', 'UrgeWave', 'RelapseChain', 'SafetyPlanSteps'] as const;

export const allowedComponents: ReadonlySet<string> = new Set<string>([
  ...anatomyComponents,
  ...helperComponents,
  ...diagramComponentNames,
  ...Object.values(exerciseTypes).map((t) => t.component),
]);

/** The few HTML elements a lesson may write directly; Markdown covers the rest. */
export const allowedHtml: ReadonlySet<string> = new Set(['br', 'strong', 'em', 'abbr', 'kbd', 'sub', 'sup', 'small']);
