import { describe, expect, it } from 'vitest';
import { methods, requestSchemas } from '../../common/api';
import { limits } from '../../common/limits';

const lessonIds = (count: number): string[] => Array.from({ length: count }, (_, i) => `lesson-${i + 1}`);

describe('request schemas', () => {
  it('cover exactly the API methods', () => {
    expect(Object.keys(requestSchemas).sort()).toEqual([...methods].sort());
  });

  it('take a lesson id up to the id limit and refuse a longer one', () => {
    const longest = 'a'.repeat(limits.idChars);
    expect(requestSchemas.openLesson.safeParse({ lessonId: longest }).success).toBe(true);
    expect(requestSchemas.openLesson.safeParse({ lessonId: `${longest}a` }).success).toBe(false);
    expect(requestSchemas.openLesson.safeParse({ lessonId: '../secrets' }).success).toBe(false);
  });

  it.each(['exportWorksheet', 'printWorksheet'] as const)(
    '%s takes a worksheet request and refuses extra keys',
    (m) => {
      const request = { lessonId: 'box-breathing', filled: true, paper: 'a4', largePrint: true, language: 'es' };
      expect(requestSchemas[m].safeParse(request).success).toBe(true);
      expect(requestSchemas[m].safeParse({ lessonId: 'box-breathing', filled: false, paper: 'letter' }).success).toBe(
        true,
      );
      expect(requestSchemas[m].safeParse({ ...request, path: '/tmp/out.pdf' }).success).toBe(false);
      expect(requestSchemas[m].safeParse({ ...request, paper: 'legal' }).success).toBe(false);
    },
  );

  it.each(['exportPacket', 'printPacket'] as const)('%s takes from one to 200 lessons', (m) => {
    const packet = (ids: string[]) => ({ lessonIds: ids, filled: false, paper: 'letter', language: 'en' });
    expect(requestSchemas[m].safeParse(packet(lessonIds(1))).success).toBe(true);
    expect(requestSchemas[m].safeParse(packet(lessonIds(2))).success).toBe(true);
    expect(requestSchemas[m].safeParse(packet(lessonIds(200))).success).toBe(true);
    expect(requestSchemas[m].safeParse(packet([])).success).toBe(false);
    expect(requestSchemas[m].safeParse(packet(lessonIds(201))).success).toBe(false);
    expect(requestSchemas[m].safeParse({ ...packet(lessonIds(2)), extra: 1 }).success).toBe(false);
  });
});
