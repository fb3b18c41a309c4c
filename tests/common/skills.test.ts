import { describe, expect, it } from 'vitest';
import { createI18n, resourceLanguages } from '../../common/i18n/createI18n';
import { isSkillId, skillIds, skillLabelKey } from '../../common/skills';

describe('skill catalogue', () => {
  it.each(skillIds)('knows %s', (id) => {
    expect(isSkillId(id)).toBe(true);
  });

  it.each(['', 'Grounding', 'deep-breathing', 'grounding ', 'constructor', 'toString'])(
    'does not take %j for a skill',
    (id) => {
      expect(isSkillId(id)).toBe(false);
    },
  );

  it.each(resourceLanguages)('names every skill in %s, each differently', (language) => {
    const i18n = createI18n(language);
    const names = skillIds.map((id) => {
      const key = skillLabelKey(id);
      expect(i18n.exists(key, { lng: language, fallbackLng: false }), key).toBe(true);
      return i18n.t(key);
    });
    expect(new Set(names).size).toBe(skillIds.length);
  });
});
