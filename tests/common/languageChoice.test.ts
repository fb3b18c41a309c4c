import { describe, expect, it } from 'vitest';
import { appLanguageOf, clinicLanguageOf, languageNames, resolveLanguage } from '../../common/languageChoice';

describe('the language in force', () => {
  it('is the profile’s choice over the clinic’s and the system’s', () => {
    expect(resolveLanguage({ profile: 'es', clinic: 'en', system: ['en-US'] })).toEqual({
      language: 'es',
      source: 'profile',
    });
    expect(resolveLanguage({ profile: 'en', clinic: 'es', system: ['es-MX'] })).toEqual({
      language: 'en',
      source: 'profile',
    });
  });

  it('passes a profile language the app does not have (from a newer Groundwork) on to the clinic’s', () => {
    expect(resolveLanguage({ profile: 'fr' as never, clinic: 'es', system: ['en-US'] })).toEqual({
      language: 'es',
      source: 'clinic',
    });
  });

  it('is the clinic’s when the profile has no choice', () => {
    expect(resolveLanguage({ profile: null, clinic: 'es', system: ['en-US'] })).toEqual({
      language: 'es',
      source: 'clinic',
    });
  });

  it('is the first system language the app has when neither the profile nor the clinic chose', () => {
    expect(resolveLanguage({ profile: undefined, clinic: null, system: ['fr-CA', 'es-419', 'en'] })).toEqual({
      language: 'es',
      source: 'system',
    });
  });

  it('passes a clinic language the app lacks on to the system’s, and ends in English', () => {
    expect(resolveLanguage({ profile: null, clinic: 'fr', system: ['es-ES'] }).language).toBe('es');
    expect(resolveLanguage({ profile: null, clinic: 'fr', system: ['de-DE', 'pt'] })).toEqual({
      language: 'en',
      source: 'default',
    });
    expect(resolveLanguage({ profile: null, clinic: null, system: [] }).source).toBe('default');
  });

  it('reads a language tag by its first part, in any case', () => {
    expect(appLanguageOf('ES-mx')).toBe('es');
    expect(appLanguageOf('es_US')).toBe('es');
    expect(appLanguageOf('eng')).toBeNull();
    expect(appLanguageOf('')).toBeNull();
    expect(appLanguageOf(undefined)).toBeNull();
  });
});

describe('the clinic’s language', () => {
  const clinic = (language: string, settings: string[]) => ({
    language,
    applied: [{ file: '/etc/groundwork/clinic.json', settings }],
  });

  it('counts only when a clinic file set it, since the app fills in English by default', () => {
    expect(clinicLanguageOf(clinic('es', ['name', 'language']))).toBe('es');
    expect(clinicLanguageOf(clinic('en', ['name']))).toBeNull();
    expect(clinicLanguageOf({ language: 'en', applied: [] })).toBeNull();
    expect(clinicLanguageOf(null)).toBeNull();
  });
});

describe('the language menu', () => {
  it('names each language in itself', () => {
    expect(languageNames).toEqual({ en: 'English', es: 'Español' });
  });
});
