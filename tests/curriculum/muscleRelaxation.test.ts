import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exercisesEn } from '../../common/i18n/en/exercises';
import { muscleGroups } from '../../curriculum/components/exercises/MuscleRelaxation';

const lessonFile = join(
  import.meta.dirname,
  '../../curriculum/lessons/stress-management/03-muscle-relaxation-and-grounding.mdx',
);

/** The muscle groups the lesson teaches: the list under its "The order" heading, name before the colon. */
async function lessonGroups(): Promise<string[]> {
  const source = await readFile(lessonFile, 'utf8');
  const section = source.split('### The order')[1]?.split('###')[0] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('- '))
    .map((line) => line.slice(2).split(':')[0]?.trim() ?? '');
}

describe('progressive muscle relaxation', () => {
  it('guides the same muscle groups, in the same order, as the lesson that teaches it', async () => {
    const taught = await lessonGroups();
    expect(taught).toHaveLength(9);
    expect(muscleGroups.map((g) => exercisesEn.muscle[g])).toEqual(taught);
  });

  it('paces the groups so the guided practice fills the minutes the lesson plans for it', async () => {
    const source = await readFile(lessonFile, 'utf8');
    const planned = Number(/Tense and release \(about (\d+) minutes\)/.exec(source)?.[1]);
    // Seconds to tense, then to rest (a range counts as its middle); "once more" means each group twice.
    const spans = [...exercisesEn.muscle.rhythm.matchAll(/(\d+)(?: to (\d+))? seconds/g)].map(
      ([, low, high]) => (Number(low) + Number(high ?? low)) / 2,
    );
    expect(spans).toHaveLength(2);
    const [tense = 0, rest = 0] = spans;
    const rounds = /once more|twice/.test(exercisesEn.muscle.rhythm) ? 2 : 1;
    const guided = (muscleGroups.length * rounds * (tense + rest)) / 60;
    // A minute or two of the plan is settling in and sitting quietly at the end.
    expect(guided).toBeGreaterThanOrEqual(planned - 3);
    expect(guided).toBeLessThanOrEqual(planned);
  });
});
