import { describe, expect, it } from 'vitest';
import { compareTranslations, formatProblems, variablesOf } from '../../../common/i18n/parity';

/** The parity check's report of Spanish against English, one line per problem. */
const check = (reference: unknown, translation: unknown, sameAllowed: Record<string, string> = {}): string =>
  formatProblems(compareTranslations(reference, translation, { referenceLanguage: 'en', language: 'es', sameAllowed }));

const englishFiles = { files_one: '{{count}} file', files_other: '{{count}} files' };

describe('the parity check of one translation', () => {
  it('reports a value that is not a string, in either language, instead of comparing it', () => {
    const reference = { a: 5, b: null, c: 'Close', d: 'Open' };
    const translation = { a: 'cinco', b: 'nada', c: ['Cerrar'], d: null };
    expect(check(reference, translation)).toBe(
      [
        'not-text: a: en value is not a string',
        'not-text: b: en value is not a string',
        'not-text: c: es value is not a string',
        'not-text: d: es value is not a string',
      ].join('\n'),
    );
  });

  it('names a key that is plain text in one language and plural in the other', () => {
    const reference = { files: 'Files', items_one: '{{count}} item', items_other: '{{count}} items' };
    const translation = {
      files_one: '{{count}} archivo',
      files_many: '{{count}} de archivos',
      files_other: '{{count}} archivos',
      items: 'Elementos',
    };
    expect(check(reference, translation)).toBe(
      ['plural-forms: files: en is text, es is plural', 'plural-forms: items: en is plural, es is text'].join('\n'),
    );
  });

  it('checks each plural form against its English form, and a form English lacks against English _other', () => {
    const translation = {
      files_one: '{{n}} archivo',
      files_many: 'Millones de archivos',
      files_other: '{{count}} files',
    };
    expect(check(englishFiles, translation)).toBe(
      [
        'variables: files_one: needs {{count}}, has {{n}}',
        'variables: files_many: needs {{count}}, has {{}}',
        'untranslated: files_other: same as en: "{{count}} files"',
      ].join('\n'),
    );
  });

  it('reads a plural form that is not a string as empty, so its missing variables show', () => {
    const translation = { files_one: 1, files_many: '{{count}} de archivos', files_other: '{{count}} archivos' };
    expect(check(englishFiles, translation)).toBe('variables: files_one: needs {{count}}, has {{}}');
  });

  it('tells plural forms from keys that only look like them', () => {
    const reference = { ...englishFiles, files_title: 'Files', files_oneByOne: 'One file at a time' };
    const translation = {
      files_one: '{{count}} archivo',
      files_many: '{{count}} de archivos',
      files_other: '{{count}} archivos',
    };
    expect(check(reference, translation)).toBe(
      [
        'missing: files_title: missing in es; en: "Files"',
        'missing: files_oneByOne: missing in es; en: "One file at a time"',
      ].join('\n'),
    );
  });

  it('compares variables by name, in any order and whatever their format', () => {
    expect(variablesOf('Due {{when, datetime}} for {{ name }}, {{name}} again')).toEqual(['name', 'when']);
    const reference = { a: 'Saved by {{name}} at {{time}}', b: 'Due {{when, datetime}}' };
    const translation = { a: 'A las {{time}} lo guardó {{name}}', b: 'Vence el {{cuando, datetime}}' };
    expect(check(reference, translation)).toBe('variables: b: needs {{when}}, has {{cuando}}');
  });

  it('finds English words beside a variable even with no space between them', () => {
    expect(check({ a: 'Press {{key}} to go on' }, { a: 'Pulse{{key}}to continuar' })).toBe(
      'english-words: a: "Pulse{{key}}to continuar" has to',
    );
  });

  it('lists each English word it finds once, separated by commas', () => {
    expect(check({ a: 'The file and the copy are saved' }, { a: 'Se guardó the archivo and the copia' })).toBe(
      'english-words: a: "Se guardó the archivo and the copia" has the, and',
    );
  });

  it('notices an English string left in place whatever its spacing or case', () => {
    expect(check({ a: 'Close ', b: 'Open' }, { a: 'close', b: ' OPEN ' })).toBe(
      ['untranslated: a: same as en: "Close "', 'untranslated: b: same as en: "Open"'].join('\n'),
    );
  });

  it('accepts an allowed identical string whatever its spacing', () => {
    expect(check({ name: 'Groundwork ' }, { name: 'Groundwork' }, { name: 'brand' })).toBe('');
    expect(check({ name: 'Groundwork' }, { name: ' Groundwork' }, { name: 'brand' })).toBe('');
  });

  it('calls an allowance stale once its key is gone from either language', () => {
    const stale = 'stale-allowance: name: allowed to match en (brand) but does not';
    expect(check({ name: 'Groundwork' }, {}, { name: 'brand' })).toBe(
      `missing: name: missing in es; en: "Groundwork"\n${stale}`,
    );
    expect(check({}, { name: 'Groundwork' }, { name: 'brand' })).toBe(`extra: name: not in en\n${stale}`);
    expect(check({}, {}, { name: 'brand' })).toBe(stale);
  });
});
