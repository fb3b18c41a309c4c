import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exerciseTypeByComponent } from '../../common/exercises';
import { languageOfFile } from '../../common/language';
import {
  LAPSE_LESSON_ID,
  PLAN_LESSON_ID,
  RECOVERY_PLAN_EXERCISE_ID,
  SAFETY_PLAN_EXERCISE_ID,
} from '../../common/personalPlans';

const lessonsDir = resolve(import.meta.dirname, '../../curriculum/lessons');

/** The core curriculum's lesson files whose frontmatter gives `id`, by language. */
function lessonFiles(id: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const entry of readdirSync(lessonsDir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.mdx')) continue;
    const text = readFileSync(join(entry.parentPath, entry.name), 'utf8');
    const frontmatterId = /^---\n(?:.*\n)*?id: (\S+)\n/.exec(text)?.[1];
    if (frontmatterId === id) found.set(languageOfFile(entry.name), text);
  }
  return found;
}

/** The exercise types a lesson body declares, by exercise id (`<SafetyPlan id="safety-plan" … />`). */
function exerciseTypes(body: string): Map<string, string | undefined> {
  const types = new Map<string, string | undefined>();
  for (const [, component, id] of body.matchAll(/<([A-Z]\w*)\s+id="([^"]+)"/g)) {
    if (id !== undefined && component !== undefined) types.set(id, exerciseTypeByComponent.get(component));
  }
  return types;
}

describe('where a person keeps their plans', () => {
  it('offers a lapse lesson that the core curriculum has, in English', () => {
    expect(lessonFiles(LAPSE_LESSON_ID).has('en')).toBe(true);
  });

  it('reads the recovery plan and the safety plan from exercises of those types in every version of the plan lesson', () => {
    const versions = lessonFiles(PLAN_LESSON_ID);
    expect(versions.has('en')).toBe(true);
    for (const [language, text] of versions) {
      const types = exerciseTypes(text);
      expect(types.get(RECOVERY_PLAN_EXERCISE_ID), language).toBe('relapse-prevention-plan');
      expect(types.get(SAFETY_PLAN_EXERCISE_ID), language).toBe('safety-plan');
    }
  });
});
