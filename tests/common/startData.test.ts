import { describe, expect, it } from 'vitest';
import { methods, requestSchemas } from '../../common/api';
import { lessonLanguages } from '../../common/language';
import { startCalls, startDataId, startKey } from '../../common/startData';

const keys = startCalls.map((c) => startKey(c.method, c.request));

describe('the answers written into the first page', () => {
  it('answers the app info, the lesson list and the program in every lesson language', () => {
    for (const language of lessonLanguages) {
      for (const method of ['getAppInfo', 'listLessons', 'getProgram'] as const) {
        expect(keys, `${method} ${language}`).toContain(startKey(method, { language }));
      }
    }
  });

  it('answers the profiles and the open profile worksheet progress', () => {
    expect(keys).toContain(startKey('getProfiles', {}));
    expect(keys).toContain(startKey('getLessonProgress', {}));
  });

  it('asks nothing else, and nothing twice', () => {
    expect(startCalls).toHaveLength(3 * lessonLanguages.length + 2);
    expect(new Set(keys).size).toBe(startCalls.length);
  });

  it('sends only calls the API takes, with requests its schemas accept', () => {
    for (const { method, request } of startCalls) {
      expect(methods).toContain(method);
      expect(requestSchemas[method].safeParse(request).success, method).toBe(true);
    }
  });

  it('names its data block with an id an HTML page can use', () => {
    expect(startDataId).toMatch(/^[a-z][a-z0-9-]*$/);
  });
});

describe('startKey', () => {
  it('finds an answer by an equal request built afresh', () => {
    expect(startKey('listLessons', { language: 'es' })).toBe(startKey('listLessons', { language: 'es' }));
  });

  it('tells apart calls that differ in their method or in their request', () => {
    const key = startKey('listLessons', { language: 'es' });
    expect(key).not.toBe(startKey('listLessons', { language: 'en' }));
    expect(key).not.toBe(startKey('getProgram', { language: 'es' }));
    expect(startKey('getProfiles', {})).not.toBe(startKey('getLessonProgress', {}));
  });
});
