/**
 * The skills Groundwork's lessons teach, by stable id. A lesson names the skills
 * it teaches in its frontmatter (`skills:` in common/lessonSchema.ts); the daily
 * check-in offers the skills of the lessons a person has opened, and stores the
 * ids they chose. Ids are stored in check-ins: never rename or reuse one, only
 * add. Each id's words are the i18n key `checkins.skills.<id>`.
 */
export const skillIds = [
  'paced-breathing',
  'box-breathing',
  'muscle-relaxation',
  'grounding',
  'thought-record',
  'halt-check',
  'problem-solving',
  'planning-my-day',
  'naming-feelings',
  'cold-water',
  'stop-step-back',
  'distraction',
  'self-soothing',
  'asking-for-help',
  'saying-no',
  'i-statement',
  'coping-card',
  'values',
  'urge-surfing',
  'play-the-tape-forward',
  'handling-a-trigger',
  'warning-signs',
  'if-then-plan',
  'lapse-plan',
  'safety-plan',
  'mutual-help',
  'time-out',
  'self-kindness',
  'taking-medicine',
] as const;

/** The id of a skill in the catalogue. */
export type SkillId = (typeof skillIds)[number];

const known: ReadonlySet<string> = new Set(skillIds);

/** Whether a string (from a lesson, a request or a stored check-in) names a skill in the catalogue. */
export function isSkillId(id: string): id is SkillId {
  return known.has(id);
}

/** The i18n key of a skill's name. */
export const skillLabelKey = (id: SkillId): string => `checkins.skills.${id}`;
