import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n, defaultLanguage, resourceLanguages, supportedLanguages } from '../../../common/i18n/createI18n';

describe('the app’s i18n instance', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('is ready as soon as it is made, in the language asked for or else English', () => {
    expect(createI18n('es').t('data.profiles.create')).toBe('Crear perfil');
    expect(createI18n('fr').language).toBe(defaultLanguage);
    expect(createI18n().t('data.profiles.create')).toBe('Create profile');
    expect(supportedLanguages.every((language) => resourceLanguages.includes(language))).toBe(true);
  });

  it('puts a name into a sentence exactly as typed, leaving escaping to React', () => {
    const name = 'Ana & "Bo" <O’Neil>';
    expect(createI18n().t('data.profiles.renameDone', { name })).toBe(`The profile is now called ${name}.`);
    expect(createI18n('es').t('data.profiles.signedInAs', { name: "Jo's" })).toBe("Perfil: Jo's");
  });

  it('prints nothing to the console when it is made', () => {
    // i18next prints its sponsor notice once per process; forget that it may have done so already.
    Reflect.deleteProperty(globalThis, '__i18next_supportNoticeShown');
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    createI18n('es');
    expect(info).not.toHaveBeenCalled();
    expect(log).not.toHaveBeenCalled();
  });
});
