import { describe, expect, it } from 'vitest';
import {
  baseLanguage,
  isLessonLanguage,
  languageNames,
  languageOfFile,
  lessonLanguages,
  pickLanguage,
} from '../../common/language';

describe('isLessonLanguage', () => {
  it.each(lessonLanguages)('takes %s', (language) => {
    expect(isLessonLanguage(language)).toBe(true);
  });

  it.each(['fr', 'EN', '', 'english', null, undefined, 1, ['en'], { en: true }])('refuses %j', (value) => {
    expect(isLessonLanguage(value)).toBe(false);
  });
});

describe('languageOfFile', () => {
  it('reads a plain lesson file as English', () => {
    expect(languageOfFile('01-how-stress-works.mdx')).toBe('en');
  });

  it('reads the language a file names before .mdx', () => {
    expect(languageOfFile('01-how-stress-works.es.mdx')).toBe('es');
    expect(languageOfFile('01-how-stress-works.en.mdx')).toBe('en');
  });

  it('falls back to English for a language lessons are not written in', () => {
    expect(languageOfFile('01-how-stress-works.fr.mdx')).toBe(baseLanguage);
  });

  it('reads the language only at the end of the name', () => {
    expect(languageOfFile('01-how-stress-works.es.mdx.bak')).toBe('en');
    expect(languageOfFile('01-how-stress-works.spa.mdx')).toBe('en');
  });
});

describe('pickLanguage', () => {
  it('serves the language asked for when the lesson has it', () => {
    expect(pickLanguage(['en', 'es'], 'es')).toBe('es');
    expect(pickLanguage(['es', 'en'], 'en')).toBe('en');
  });

  it('serves English when the lesson lacks the language asked for', () => {
    expect(pickLanguage(['en'], 'es')).toBe('en');
  });

  it('serves the only version of a lesson written in Spanish only, even when English is asked for', () => {
    expect(pickLanguage(['es'], 'en')).toBe('es');
  });

  it('serves nothing when the lesson has no version at all', () => {
    expect(pickLanguage([], 'en')).toBeNull();
  });
});

describe('languageNames', () => {
  it('names every lesson language in itself', () => {
    expect(Object.keys(languageNames).sort()).toEqual([...lessonLanguages].sort());
    expect(languageNames.es).toBe('Español');
  });
});
