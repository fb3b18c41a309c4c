import type { ComponentType } from 'react';
import { Caution, FacilitatorNotes, Learn, Practice, TakeItWithYou, Tip, WhyItMatters, Worksheet } from './Parts';
import { Checklist } from './exercises/Checklist';
import { LongText } from './exercises/LongText';
import { Scale } from './exercises/Scale';
import { ShortText } from './exercises/ShortText';

export { LessonContext, type LessonContextValue, type LessonMode } from './ExerciseContext';

/**
 * Every component a lesson may use, by the name it is written with in MDX. The
 * compiler's allow-list (core/curriculum/lessonComponents.ts) must match; a test
 * checks that it does.
 */
export const lessonComponents = {
  WhyItMatters,
  Learn,
  Practice,
  Worksheet,
  TakeItWithYou,
  FacilitatorNotes,
  Caution,
  Tip,
  ShortText,
  LongText,
  Scale,
  Checklist,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- MDX passes each component its own props
} satisfies Record<string, ComponentType<any>>;
