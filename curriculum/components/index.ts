import type { ComponentType } from 'react';
import { Break } from './Break';
import { diagramComponents } from './diagrams';
import { PageBreak } from './PageBreak';
import { Caution, FacilitatorNotes, Learn, Practice, TakeItWithYou, Tip, WhyItMatters, Worksheet } from './Parts';
import { BreathingPacer } from './exercises/BreathingPacer';
import { Checklist } from './exercises/Checklist';
import { MultipleChoice, SingleChoice } from './exercises/Choice';
import { CopingCard } from './exercises/CopingCard';
import { CravingLog } from './exercises/CravingLog';
import { DecisionalBalance } from './exercises/DecisionalBalance';
import { GroundingSteps } from './exercises/GroundingSteps';
import { ListBuilder } from './exercises/ListBuilder';
import { LongText } from './exercises/LongText';
import { MuscleRelaxation } from './exercises/MuscleRelaxation';
import { RelapsePreventionPlan } from './exercises/RelapsePreventionPlan';
import { SafetyPlan } from './exercises/SafetyPlan';
import { Scale } from './exercises/Scale';
import { ShortText } from './exercises/ShortText';
import { SmartGoal } from './exercises/SmartGoal';
import { Table } from './exercises/Table';
import { ThoughtRecord } from './exercises/ThoughtRecord';
import { TriggerChart } from './exercises/TriggerChart';
import { UrgeSurfingTimer } from './exercises/UrgeSurfingTimer';

export { LessonContext, type LessonContextValue, type LessonMode } from './ExerciseContext';
export { CrisisLinesContext } from './exercises/crisisLinesContext';
export { isDiagram } from './diagrams';
export { WorksheetEndContext } from './worksheetEnd';

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
  Break,
  PageBreak,
  ShortText,
  LongText,
  Scale,
  Checklist,
  SingleChoice,
  MultipleChoice,
  ListBuilder,
  Table,
  TriggerChart,
  CravingLog,
  ThoughtRecord,
  DecisionalBalance,
  CopingCard,
  SmartGoal,
  RelapsePreventionPlan,
  SafetyPlan,
  BreathingPacer,
  UrgeSurfingTimer,
  GroundingSteps,
  MuscleRelaxation,
  ...diagramComponents,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- MDX passes each component its own props
} satisfies Record<string, ComponentType<any>>;
