import type { TFunction } from 'i18next';
import { defaultTitleKey, type ExerciseRef } from '../../common/exercises';
import { triggerKinds } from '../../common/exerciseAnswers';

/**
 * How each exercise type's stored answer reads as FHIR Questionnaire items: one
 * tree of fields per exercise, used both to describe the worksheet (Questionnaire)
 * and to carry a person's answers (QuestionnaireResponse), so the two can never
 * disagree. linkIds are the exercise id, then `.`-joined field names below it.
 */

/** A choice a person can make, coded by its stable value. */
export interface ChoiceOption {
  code: string;
  display: string;
}

interface FieldBase {
  /** Appended to the parent's linkId with a dot; '' for the exercise itself. */
  name: string;
  label: string;
  /** Reads this field's value out of its parent's value. */
  read: (parent: unknown) => unknown;
}

export type Field =
  | (FieldBase & { kind: 'string' | 'text' })
  | (FieldBase & { kind: 'integer'; min: number; max: number })
  | (FieldBase & { kind: 'choice'; repeats: boolean; options: ChoiceOption[] })
  /** Several lines of text, one answer each. */
  | (FieldBase & { kind: 'strings' })
  /** Named parts of one answer. */
  | (FieldBase & { kind: 'group'; fields: Field[] })
  /** Rows a person adds, each with the same parts. */
  | (FieldBase & { kind: 'rows'; fields: Field[] });

const self = (value: unknown): unknown => value;
const prop =
  (key: string) =>
  (parent: unknown): unknown =>
    typeof parent === 'object' && parent !== null && !Array.isArray(parent)
      ? (parent as Record<string, unknown>)[key]
      : undefined;

type Make = (name: string, label: string) => Field;
const text: Make = (name, label) => ({ kind: 'text', name, label, read: prop(name) });
const line: Make = (name, label) => ({ kind: 'string', name, label, read: prop(name) });
const rating = (name: string, label: string, max = 10): Field => ({
  kind: 'integer',
  name,
  label,
  min: 0,
  max,
  read: prop(name),
});

function contacts(name: string, label: string, t: TFunction): Field {
  return {
    kind: 'rows',
    name,
    label,
    read: prop(name),
    fields: [line('name', t('exercises.contacts.name')), line('phone', t('exercises.contacts.phone'))],
  };
}

function practice(t: TFunction): Field[] {
  const feeling = t('exercises.fhir.feeling');
  return [
    rating('before', t('exercises.practice.before', { feeling })),
    rating('after', t('exercises.practice.after', { feeling })),
  ];
}

// Options are stored by their stable value (common/optionValue.ts); the label is what the person saw.
const choices = (exercise: ExerciseRef): ChoiceOption[] =>
  (exercise.options ?? []).map((option) => ({ code: option.value, display: option.label }));

/** A field before it is given its name and label (Omit kept per member of the union). */
type Parts = Field extends infer F ? (F extends Field ? Omit<F, 'name' | 'label'> : never) : never;

/** The parts of an exercise's answer, below the exercise's own item. */
function partsOf(exercise: ExerciseRef, t: TFunction): Parts {
  const x = (key: string): string => t(`exercises.${key}`);
  switch (exercise.type) {
    case 'short-text':
      return { kind: 'string', read: self };
    case 'long-text':
      return { kind: 'text', read: self };
    case 'scale':
      return { kind: 'integer', min: 0, max: exercise.max ?? 10, read: self };
    case 'single-choice':
      return { kind: 'choice', repeats: false, options: choices(exercise), read: self };
    case 'multiple-choice':
      return { kind: 'choice', repeats: true, options: choices(exercise), read: self };
    case 'checklist': {
      const fields: Field[] = [
        {
          kind: 'choice',
          repeats: true,
          name: 'checked',
          label: x('fhir.checked'),
          options: choices(exercise),
          read: prop('checked'),
        },
      ];
      if (exercise.other === true) fields.push(line('other', x('fhir.other')));
      return { kind: 'group', fields, read: self };
    }
    case 'list-builder':
      return { kind: 'rows', fields: [line('text', x('list.item'))], read: self };
    case 'table':
      return {
        kind: 'rows',
        read: self,
        fields: (exercise.columns ?? []).map((column, index) => ({
          kind: 'string',
          name: `c${index + 1}`,
          label: column,
          read: (row: unknown) => (prop('cells')(row) as unknown[] | undefined)?.[index],
        })),
      };
    case 'trigger-chart':
      return {
        kind: 'rows',
        read: self,
        fields: [
          line('trigger', x('trigger.trigger')),
          {
            kind: 'choice',
            repeats: false,
            name: 'kind',
            label: x('trigger.kind'),
            options: triggerKinds.map((kind) => ({ code: kind, display: x(`trigger.${kind}`) })),
            read: prop('kind'),
          },
          rating('risk', x('trigger.risk')),
          text('plan', x('trigger.plan')),
        ],
      };
    case 'craving-log':
      return {
        kind: 'rows',
        read: self,
        // The time is kept as the person typed it (local, no time zone), so it travels as text, not a dateTime.
        fields: [
          line('when', x('log.when')),
          line('trigger', x('log.trigger')),
          line('place', x('log.place')),
          rating('intensity', x('log.intensity')),
          text('action', x('log.action')),
          line('duration', x('log.duration')),
          text('outcome', x('log.outcome')),
        ],
      };
    case 'thought-record':
      return {
        kind: 'group',
        read: self,
        fields: [
          text('situation', x('thought.s1')),
          {
            kind: 'rows',
            name: 'feelings',
            label: x('thought.s2'),
            read: prop('feelings'),
            fields: [
              line('feeling', x('thought.feeling')),
              rating('before', x('fhir.before100'), 100),
              rating('after', x('fhir.after100'), 100),
            ],
          },
          text('thoughts', x('thought.s3')),
          line('hotThought', x('thought.hot')),
          text('evidenceFor', x('thought.s4')),
          text('evidenceAgainst', x('thought.s5')),
          text('balancedThought', x('thought.s6')),
          rating('belief', x('thought.belief'), 100),
        ],
      };
    case 'decisional-balance':
      return {
        kind: 'group',
        read: self,
        fields: ['changeGood', 'changeNotSoGood', 'stayGood', 'stayNotSoGood'].map((k) => text(k, x(`balance.${k}`))),
      };
    case 'coping-card':
      return { kind: 'group', read: self, fields: ['front', 'back', 'steps'].map((k) => text(k, x(`card.${k}`))) };
    case 'smart-goal':
      return {
        kind: 'group',
        read: self,
        fields: ['goal', 'specific', 'measurable', 'achievable', 'relevant', 'timeBound'].map((k) =>
          text(k, x(`smart.${k}`)),
        ),
      };
    case 'relapse-prevention-plan':
      return {
        kind: 'group',
        read: self,
        fields: [
          text('highRisk', x('relapse.highRisk')),
          text('warningSigns', x('relapse.warningSigns')),
          text('coping', x('relapse.coping')),
          contacts('people', x('relapse.people'), t),
          text('lapsePlan', x('relapse.lapsePlan')),
        ],
      };
    case 'safety-plan':
      return {
        kind: 'group',
        read: self,
        fields: [
          text('warningSigns', x('safety.s1')),
          text('ownCoping', x('safety.s2')),
          text('distractions', x('safety.s3')),
          contacts('helpers', x('safety.s4'), t),
          contacts('professionals', x('safety.s5'), t),
          text('safer', x('safety.s6')),
        ],
      };
    case 'breathing-pacer':
    case 'muscle-relaxation':
      return { kind: 'group', read: self, fields: practice(t) };
    case 'urge-surfing-timer':
      return {
        kind: 'group',
        read: self,
        fields: [
          ...practice(t),
          {
            kind: 'rows',
            name: 'checkIns',
            label: x('fhir.checkIns'),
            read: prop('checkIns'),
            fields: [rating('minute', x('fhir.minute'), 120), rating('rating', x('fhir.rating'))],
          },
        ],
      };
    case 'grounding-steps':
      return {
        kind: 'group',
        read: self,
        fields: [...practice(t), { kind: 'strings', name: 'noticed', label: x('fhir.noticed'), read: prop('noticed') }],
      };
  }
}

/** The field tree of one exercise, named by its id and labelled as the lesson labels it. */
export function exerciseField(exercise: ExerciseRef, t: TFunction): Field {
  const titleKey = defaultTitleKey(exercise.type);
  const label = exercise.label !== '' ? exercise.label : titleKey !== undefined ? t(titleKey) : exercise.id;
  return { ...partsOf(exercise, t), name: exercise.id, label } as Field;
}
