import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Questionnaire, QuestionnaireItem, QuestionnaireResponseItem } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createI18n } from '../../../common/i18n/createI18n';
import { Curriculum } from '../../../core/curriculum/curriculum';
import {
  lessonQuestionnaire,
  lessonResponse,
  worksheetVersion,
  type LessonForFhir,
} from '../../../core/fhir/lessonResources';
import { checkResource, loadFhirDefinitions } from '../../../core/fhir/validate';
import { sampleAnswer } from './sampleAnswers';

const root = join(import.meta.dirname, '../../..');
const { t } = createI18n();
let work: string;
const lessons: LessonForFhir[] = [];

beforeAll(async () => {
  await loadFhirDefinitions(join(root, 'resources'));
  work = await mkdtemp(join(tmpdir(), 'groundwork-fhir-'));
  const curriculum = new Curriculum([{ dir: join(root, 'curriculum/lessons'), label: 'lessons' }], join(work, 'cache'));
  for (const item of await curriculum.list()) {
    if (item.status !== 'ok') continue;
    const lesson = await curriculum.open(item.id);
    lessons.push({ id: item.id, title: item.title, language: 'en', exercises: lesson.exercises });
  }
}, 120_000);
afterAll(() => rm(work, { recursive: true, force: true }));

/** The value, or a failed test saying what was missing. */
function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`no ${what}`);
  return value;
}

const linkIds = (items: readonly (QuestionnaireItem | QuestionnaireResponseItem)[] = []): string[] =>
  items.flatMap((i) => [i.linkId, ...linkIds(i.item)]);

const answersFor = (lesson: LessonForFhir) =>
  new Map(lesson.exercises.map((e) => [e.id, { value: sampleAnswer(e), updatedAt: '2026-11-20T10:00:00.000Z' }]));

describe('worksheets as FHIR Questionnaires', () => {
  it('every lesson gives a Questionnaire that passes R4 validation with no problem at all', () => {
    expect(lessons.length).toBeGreaterThanOrEqual(26);
    for (const lesson of lessons) {
      const questionnaire = lessonQuestionnaire(lesson, t);
      expect(checkResource(questionnaire).problems, lesson.id).toEqual([]);
      expect(questionnaire.url).toBe(`https://groundwork.app/fhir/Questionnaire/lesson-${lesson.id}`);
      expect(questionnaire.item?.map((i) => i.linkId)).toEqual(lesson.exercises.map((e) => e.id));
    }
  });

  it('maps exercise types to item types: scales to bounded integers, choices to coded options, rows to repeating groups', () => {
    const all = lessons.flatMap((lesson) =>
      (lessonQuestionnaire(lesson, t).item ?? []).map((item, i) => ({
        item,
        exercise: must(lesson.exercises[i], 'exercise'),
      })),
    );
    const ofType = (type: string) => all.filter((x) => x.exercise.type === type);
    for (const { item, exercise } of ofType('scale')) {
      expect(item.type).toBe('integer');
      expect(item.extension?.map((e) => e.valueInteger)).toEqual([0, exercise.max ?? 10]);
    }
    for (const { item, exercise } of ofType('single-choice')) {
      expect(item.type).toBe('choice');
      expect(item.answerOption?.map((o) => o.valueCoding?.display)).toEqual(exercise.options?.map((o) => o.label));
    }
    for (const { item } of ofType('trigger-chart')) {
      expect(item).toMatchObject({ type: 'group', repeats: true });
      expect(item.item?.map((i) => i.type)).toEqual(['string', 'choice', 'integer', 'text']);
    }
    expect(ofType('safety-plan')[0]?.item.item?.map((i) => i.linkId)).toContain('safety-plan.helpers');
  });

  it("a worksheet's version changes exactly when what can be answered changes", () => {
    const exercises = must(lessons[0], 'lesson').exercises;
    expect(worksheetVersion(exercises)).toBe(worksheetVersion(structuredClone(exercises)));
    const relabelled = exercises.map((e) => ({ ...e, label: `${e.label}!` }));
    expect(worksheetVersion(relabelled)).toBe(worksheetVersion(exercises));
    const changed = [...exercises, { id: 'extra', type: 'short-text' as const, label: 'Extra' }];
    expect(worksheetVersion(changed)).not.toBe(worksheetVersion(exercises));
  });
});

describe('answers as FHIR QuestionnaireResponses', () => {
  it('a fully answered worksheet of every lesson validates, is completed, and names its Questionnaire and version', () => {
    for (const lesson of lessons) {
      const questionnaire: Questionnaire = lessonQuestionnaire(lesson, t);
      const response = lessonResponse(lesson, answersFor(lesson), t);
      expect(checkResource(response).problems, lesson.id).toEqual([]);
      expect(response.status, lesson.id).toBe('completed');
      expect(response.questionnaire).toBe(`${questionnaire.url}|${questionnaire.version}`);
      const known = new Set(linkIds(questionnaire.item));
      expect(
        linkIds(response.item).filter((id) => !known.has(id)),
        lesson.id,
      ).toEqual([]);
    }
  });

  it('leaves out what was not answered, and is in progress until every exercise is', () => {
    const lesson = must(
      lessons.find((l) => l.exercises.some((e) => e.type === 'thought-record')),
      'lesson',
    );
    const record = must(
      lesson.exercises.find((e) => e.type === 'thought-record'),
      'exercise',
    );
    const response = lessonResponse(
      lesson,
      new Map([
        [
          record.id,
          { value: { situation: 'At work', thoughts: '   ', belief: null }, updatedAt: '2026-11-21T09:00:00Z' },
        ],
      ]),
      t,
    );
    expect(response.status).toBe('in-progress');
    expect(response.authored).toBe('2026-11-21T09:00:00Z');
    expect(linkIds(response.item)).toEqual([record.id, `${record.id}.situation`]);
    expect(checkResource(response).isValid).toBe(true);
  });

  it('carries a choice by its stable value and display, and each row as its own repeat', () => {
    const lesson = must(
      lessons.find((l) => l.exercises.some((e) => e.type === 'trigger-chart')),
      'lesson',
    );
    const chart = must(
      lesson.exercises.find((e) => e.type === 'trigger-chart'),
      'exercise',
    );
    const rows = [
      { id: 'r1-aaaaaaaa', trigger: 'Payday', kind: 'external', risk: 8, plan: '' },
      { id: 'r2-aaaaaaaa', trigger: 'Lonely evenings', kind: 'internal', risk: 0, plan: 'Call Ana' },
    ];
    const response = lessonResponse(
      lesson,
      new Map([[chart.id, { value: rows, updatedAt: '2026-11-21T09:00:00Z' }]]),
      t,
    );
    const repeats = response.item?.filter((i) => i.linkId === chart.id) ?? [];
    expect(repeats).toHaveLength(2);
    expect(repeats[1]?.item?.find((i) => i.linkId === `${chart.id}.kind`)?.answer?.[0]?.valueCoding).toMatchObject({
      code: 'internal',
    });
    expect(repeats[1]?.item?.find((i) => i.linkId === `${chart.id}.risk`)?.answer).toEqual([{ valueInteger: 0 }]);
    expect(repeats[0]?.item?.some((i) => i.linkId === `${chart.id}.plan`)).toBe(false);
  });
});

describe('the validator itself', () => {
  it('refuses what R4 forbids: a missing linkId, an unknown status, a property R4 does not have', () => {
    const lesson = must(lessons[0], 'lesson');
    const good = lessonQuestionnaire(lesson, t);
    const noLinkId = { ...good, item: [{ type: 'string', text: 'x' }] } as unknown as Questionnaire;
    expect(checkResource(noLinkId).isValid).toBe(false);
    expect(checkResource({ ...good, status: 'finished' } as unknown as Questionnaire).isValid).toBe(false);
    expect(checkResource({ ...good, colour: 'red' } as unknown as Questionnaire).isValid).toBe(false);
  });
});
