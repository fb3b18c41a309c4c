import { createHash } from 'node:crypto';
import type {
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  QuestionnaireResponseItemAnswer,
} from '@medplum/fhirtypes';
import type { TFunction } from 'i18next';
import type { ExerciseRef } from '../../common/exercises';
import { exerciseField, type Field } from './exerciseItems';
import { MAX_VALUE_EXTENSION, MIN_VALUE_EXTENSION, lessonOptionSystem, lessonQuestionnaireUrl } from './urls';

/** What a worksheet Questionnaire is made from: the lesson as compiled. */
export interface LessonForFhir {
  id: string;
  title: string;
  language: string;
  exercises: readonly ExerciseRef[];
}

/**
 * A worksheet's version: a short hash of its exercises (ids, types, options,
 * columns, bounds), so the version changes exactly when what can be answered does,
 * and a response always names the form it answered.
 */
export function worksheetVersion(exercises: readonly ExerciseRef[]): string {
  const shape = exercises.map(({ id, type, max, columns, options, other, checkIns }) => ({
    id,
    type,
    max,
    columns,
    options,
    other,
    checkIns,
  }));
  return createHash('sha256').update(JSON.stringify(shape)).digest('hex').slice(0, 12);
}

/** A FHIR `name` (starts upper case, letters and digits only) from a lesson id. */
const computableName = (id: string): string =>
  `Groundwork${id
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('')}`.slice(0, 250);

function questionnaireItem(field: Field, linkId: string, system: string): QuestionnaireItem {
  const base = { linkId, text: field.label };
  switch (field.kind) {
    case 'string':
    case 'text':
      return { ...base, type: field.kind };
    case 'strings':
      return { ...base, type: 'string', repeats: true };
    case 'integer':
      return {
        ...base,
        type: 'integer',
        extension: [
          { url: MIN_VALUE_EXTENSION, valueInteger: field.min },
          { url: MAX_VALUE_EXTENSION, valueInteger: field.max },
        ],
      };
    case 'choice':
      return {
        ...base,
        type: 'choice',
        repeats: field.repeats,
        answerOption: field.options.map((o) => ({ valueCoding: { system, code: o.code, display: o.display } })),
      };
    case 'group':
    case 'rows':
      return {
        ...base,
        type: 'group',
        repeats: field.kind === 'rows',
        item: field.fields.map((child) => questionnaireItem(child, `${linkId}.${child.name}`, system)),
      };
  }
}

/** The worksheet of a lesson as a FHIR R4 Questionnaire, with a stable canonical URL and version. */
export function lessonQuestionnaire(lesson: LessonForFhir, t: TFunction): Questionnaire {
  const system = lessonOptionSystem(lesson.id);
  return {
    resourceType: 'Questionnaire',
    url: lessonQuestionnaireUrl(lesson.id),
    version: worksheetVersion(lesson.exercises),
    name: computableName(lesson.id),
    title: lesson.title,
    language: lesson.language,
    status: 'active',
    subjectType: ['Patient'],
    publisher: 'Groundwork',
    item: lesson.exercises.map((exercise) => questionnaireItem(exerciseField(exercise, t), exercise.id, system)),
  };
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isWhole = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);

function answersOf(field: Field, value: unknown, system: string): QuestionnaireResponseItemAnswer[] {
  switch (field.kind) {
    case 'string':
    case 'text':
      return isText(value) ? [{ valueString: value }] : [];
    case 'strings':
      return Array.isArray(value) ? value.filter(isText).map((v) => ({ valueString: v })) : [];
    case 'integer':
      return isWhole(value) ? [{ valueInteger: value }] : [];
    case 'choice': {
      const chosen = (Array.isArray(value) ? value : [value]).filter(isText);
      return chosen.map((stored) => {
        // Stored choices are matched by their stable value, or by the label older files kept.
        const option = field.options.find((o) => o.code === stored || o.display === stored);
        return option === undefined
          ? { valueString: stored }
          : { valueCoding: { system, code: option.code, display: option.display } };
      });
    }
    default:
      return [];
  }
}

/** The response items for one field and its value; none when nothing was answered (FHIR has no empty items). */
function responseItems(field: Field, value: unknown, linkId: string, system: string): QuestionnaireResponseItem[] {
  const base = { linkId, text: field.label };
  if (field.kind === 'group') {
    const item = field.fields.flatMap((child) =>
      responseItems(child, child.read(value), `${linkId}.${child.name}`, system),
    );
    return item.length === 0 ? [] : [{ ...base, item }];
  }
  if (field.kind === 'rows') {
    if (!Array.isArray(value)) return [];
    return value.flatMap((row) => responseItems({ ...field, kind: 'group' }, row, linkId, system));
  }
  const answer = answersOf(field, value, system);
  return answer.length === 0 ? [] : [{ ...base, answer }];
}

/**
 * A person's answers to a worksheet as a QuestionnaireResponse linked to the
 * worksheet's Questionnaire (canonical URL and version). `completed` when every
 * exercise has an answer, otherwise `in-progress`.
 */
export function lessonResponse(
  lesson: LessonForFhir,
  answers: ReadonlyMap<string, { value: unknown; updatedAt: string }>,
  t: TFunction,
): QuestionnaireResponse {
  const system = lessonOptionSystem(lesson.id);
  const item = lesson.exercises.flatMap((exercise) => {
    const answer = answers.get(exercise.id);
    return answer === undefined ? [] : responseItems(exerciseField(exercise, t), answer.value, exercise.id, system);
  });
  const answered = new Set(item.map((i) => i.linkId));
  const times = [...answers.values()].map((a) => a.updatedAt).sort();
  return {
    resourceType: 'QuestionnaireResponse',
    questionnaire: `${lessonQuestionnaireUrl(lesson.id)}|${worksheetVersion(lesson.exercises)}`,
    status: lesson.exercises.every((e) => answered.has(e.id)) ? 'completed' : 'in-progress',
    ...(times.length > 0 ? { authored: times[times.length - 1] } : {}),
    item,
  };
}
