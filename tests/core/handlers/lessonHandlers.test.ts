import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lessonHandlers } from '../../../core/handlers/lessonHandlers';
import { handlerWorld, root, type HandlerWorld } from './handlerFixtures';

let world: HandlerWorld;
beforeEach(async () => {
  world = await handlerWorld();
});
afterEach(() => world.close());

describe('lesson handlers', () => {
  it('lists the lessons and opens one by id, with the address of its compiled module', async () => {
    const handlers = lessonHandlers({ curriculum: world.curriculum, clinic: world.clinic });
    const { lessons } = await handlers.listLessons({});
    expect(lessons).toMatchObject([{ status: 'ok', id: 'sample-lesson' }]);
    const lesson = await handlers.openLesson({ lessonId: 'sample-lesson' });
    expect(lesson.frontmatter.title).toBe('A Sample Lesson');
    expect(lesson.moduleUrl).toMatch(/^\/lessons\/[0-9a-f]+\.mjs$/);
    await expect(handlers.openLesson({ lessonId: 'missing' })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('reads the program file, and gives an empty program when there is none', async () => {
    const withProgram = lessonHandlers({
      curriculum: world.curriculum,
      clinic: world.clinic,
      programFile: join(root, 'curriculum/program.json'),
    });
    expect((await withProgram.getProgram({})).modules.length).toBeGreaterThan(0);
    const without = lessonHandlers({
      curriculum: world.curriculum,
      clinic: world.clinic,
      programFile: join(world.work, 'none.json'),
    });
    expect(await without.getProgram({})).toEqual({ modules: [], schedules: [] });
  });
});
