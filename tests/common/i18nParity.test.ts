import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../common/i18n/createI18n';
import { en } from '../../common/i18n/en';
import { es } from '../../common/i18n/es';
import { compareTranslations, formatProblems, type ParityOptions } from '../../common/i18n/parity';

/**
 * Spanish strings allowed to read exactly like the English ones, and why. Strings
 * with no letters outside their {{variables}} ("{{value}} = {{label}}", "—") need
 * no entry. An entry whose strings differ fails, so the list cannot go stale.
 */
const sameInSpanish: Record<string, string> = {
  'app.name': 'the product name',
  'presenter.audienceTitle': 'the lesson title and the product name',
  'desktop.pdfFiles': 'the name of the file type',
  'worksheet.a4': 'the name of the paper size',
  'clinic.problems.kinds.null': 'a JSON word the staff type into the clinic file',
  'presenter.agenda': '"agenda" is the Spanish word too',
  'presenter.minutesShort': '"min" is the Spanish abbreviation too',
  'presenter.keys.crisisKeys': 'the letter on the keyboard',
  'checkins.form.usedNo': '"No" is the Spanish answer too',
  'reminders.notification.title': 'the product name, and nothing about health on a lock screen',
};

const options: ParityOptions = { referenceLanguage: 'en', language: 'es', sameAllowed: sameInSpanish };

/** Every string of a nested object, with its dotted path. */
function strings(messages: object, path = ''): [string, string][] {
  return Object.entries(messages).flatMap(([key, value]): [string, string][] => {
    const at = path === '' ? key : `${path}.${key}`;
    return typeof value === 'string' ? [[at, value]] : strings(value as object, at);
  });
}

const words = (text: string): string[] => text.toLowerCase().split(/[^\p{L}]+/u);

describe('the Spanish strings', () => {
  it('have every English key, no other key, the same variables and no English left in', () => {
    // One line per problem, naming the key: "missing: data.profiles.create: missing in es; en: …".
    expect(formatProblems(compareTranslations(en, es, options))).toBe('');
  });

  it('come in one file per English file, under the same name', () => {
    const tsFiles = (folder: string): string[] =>
      readdirSync(fileURLToPath(new URL(`../../common/i18n/${folder}/`, import.meta.url)))
        .filter((name) => name.endsWith('.ts'))
        .sort();
    expect(tsFiles('es')).toEqual(tsFiles('en'));
  });

  it('speak to the reader as usted, never tú', () => {
    const tu = new Set(['tú', 'tu', 'tus', 'te', 'ti', 'contigo', 'puedes', 'tienes', 'quieres', 'eres', 'estás']);
    const found = strings(es).filter(([, text]) => words(text).some((w) => tu.has(w)));
    expect(found).toEqual([]);
  });

  it('use none of the stigmatizing words SPANISH.md rules out', () => {
    const stigma =
      /\b(adict[oa]s?|drogadict[oa]s?|alcohólic[oa]s?|toxicóman[oa]s?|vicios[oa]s?|limpi[oa]s?|suci[oa]s?)\b|abuso de sustancias|abusador/iu;
    expect(strings(es).filter(([, text]) => stigma.test(text))).toEqual([]);
  });
});

describe('the i18n instance', () => {
  it('holds the Spanish strings beside the English ones and still starts in English', () => {
    const i18n = createI18n();
    expect(i18n.language).toBe('en');
    expect(i18n.t('crisis.button')).toBe(en.crisis.button);
    expect(i18n.getFixedT('es')('crisis.button')).toBe(es.crisis.button);
  });

  it('picks the Spanish plural form for one, many and round millions, never falling back to English', () => {
    const t = createI18n().getFixedT('es');
    expect(t('data.storage.pending', { count: 1 })).toBe('1 archivo está pendiente de guardar.');
    expect(t('data.storage.pending', { count: 3 })).toBe('3 archivos están pendientes de guardar.');
    expect(t('data.storage.pending', { count: 1_000_000 })).toBe('1000000 de archivos están pendientes de guardar.');
    expect(t('presenter.guide.minutes', { count: 1 })).toBe('1 minuto');
  });
});

describe('the parity check', () => {
  const check = (reference: object, translation: object, sameAllowed: Record<string, string> = {}): string =>
    formatProblems(compareTranslations(reference, translation, { ...options, sameAllowed }));

  it('names a missing key and an extra key by their paths', () => {
    const result = check({ a: { b: 'Save', c: 'Close' } }, { a: { b: 'Guardar', d: 'Cerrar' } });
    expect(result).toBe('missing: a.c: missing in es; en: "Close"\nextra: a.d: not in en');
  });

  it('catches a variable renamed, dropped or added', () => {
    const reference = { x: 'Open {{name}}', y: 'Saved to {{path}}', z: 'Done' };
    const translation = { x: 'Abrir {{nombre}}', y: 'Se guardó', z: 'Listo {{count}}' };
    expect(check(reference, translation)).toBe(
      [
        'variables: x: needs {{name}}, has {{nombre}}',
        'variables: y: needs {{path}}, has {{}}',
        'variables: z: needs {{}}, has {{count}}',
      ].join('\n'),
    );
  });

  it('catches an English string left in place, and English words left in a Spanish one', () => {
    const reference = { a: 'Close', b: 'Not saved yet. Try again.', c: '{{item}} {{number}}' };
    const translation = { a: 'close', b: 'Todavía no se guardó. Try again, please.', c: '{{item}} {{number}}' };
    expect(check(reference, translation)).toBe(
      [
        'untranslated: a: same as en: "Close"',
        'english-words: b: "Todavía no se guardó. Try again, please." has please',
      ].join('\n'),
    );
  });

  it('accepts an allowed identical string and fails an allowance that no longer applies', () => {
    expect(check({ name: 'Groundwork' }, { name: 'Groundwork' }, { name: 'brand' })).toBe('');
    expect(check({ name: 'Groundwork' }, { name: 'Otro' }, { name: 'brand' })).toBe(
      'stale-allowance: name: allowed to match en (brand) but does not',
    );
  });

  it('asks for the plural forms Spanish needs, not the English ones', () => {
    const reference = { files_one: '{{count}} file', files_other: '{{count}} files' };
    const good = {
      files_one: '{{count}} archivo',
      files_many: '{{count}} de archivos',
      files_other: '{{count}} archivos',
    };
    expect(check(reference, good)).toBe('');
    expect(check(reference, { files_one: '{{count}} archivo', files_other: '{{count}} archivos' })).toBe(
      'plural-forms: files: es needs _one, _many, _other, has _one, _other',
    );
    expect(check(reference, {})).toBe(
      'missing: files: missing in es (plural: _one, _many, _other); en: "{{count}} file"',
    );
  });

  it('fails on defects planted in a copy of the real Spanish strings, naming each key', () => {
    const planted = structuredClone(es) as unknown as Record<string, Record<string, Record<string, string>>>;
    const profiles = planted['data']?.['profiles'] ?? {};
    delete profiles['create'];
    profiles['createNew'] = 'Crear perfil';
    (planted['lessons'] as unknown as Record<string, string>)['minutes'] = '{{minutos}} minutos';
    (planted['crisis'] as unknown as Record<string, string>)['close'] = en.crisis.close;
    // Only what the planting added, so a problem in the real strings fails the first test, not this one.
    const before = new Set(compareTranslations(en, es, options).map((p) => formatProblems([p])));
    const lines = compareTranslations(en, planted, options)
      .map((p) => formatProblems([p]))
      .filter((line) => !before.has(line));
    expect(lines).toEqual([
      'missing: data.profiles.create: missing in es; en: "Create profile"',
      'untranslated: crisis.close: same as en: "Close"',
      'variables: lessons.minutes: needs {{count}}, has {{minutos}}',
      'extra: data.profiles.createNew: not in en',
    ]);
  });
});
