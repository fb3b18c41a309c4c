import { useId, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { OWN_SKILL_MAX, OWN_SKILLS_MAX, type CheckInChoices } from '../../common/checkinApi';
import { isSkillId, skillLabelKey } from '../../common/skills';

interface SkillsFieldProps {
  choices: CheckInChoices;
  skills: string[];
  ownSkills: string[];
  onChange(next: { skills: string[]; ownSkills: string[] }): void;
}

/**
 * Skills used: the skills of lessons the person has opened as checkboxes, then
 * their own skills (earlier ones offered again as checkboxes, new ones added by name).
 */
export function SkillsField({ choices, skills, ownSkills, onChange }: SkillsFieldProps): JSX.Element {
  const { t } = useTranslation();
  const hintId = useId();
  const inputId = useId();
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  // Skills chosen earlier that this version's lessons no longer offer stay listed, so saving keeps them.
  const offered = [...new Set([...choices.lessonSkills.map((s) => s.skillId), ...skills.filter(isSkillId)])];
  const ownOffered = [...new Set([...ownSkills, ...choices.ownSkills])];
  const lower = new Set(ownSkills.map((s) => s.toLowerCase()));

  const toggle = (list: string[], item: string, on: boolean): string[] =>
    on ? [...list, item] : list.filter((x) => x !== item);

  const add = (): void => {
    const text = draft.trim();
    if (text === '') return;
    if (text.length > OWN_SKILL_MAX) return setProblem(t('checkins.form.ownSkillTooLong', { max: OWN_SKILL_MAX }));
    if (ownSkills.length >= OWN_SKILLS_MAX && !lower.has(text.toLowerCase()))
      return setProblem(t('checkins.form.ownSkillsFull', { max: OWN_SKILLS_MAX }));
    setProblem(null);
    setDraft('');
    if (!lower.has(text.toLowerCase())) onChange({ skills, ownSkills: [...ownSkills, text] });
  };

  return (
    <fieldset className="checkin-skills" aria-describedby={hintId}>
      <legend>{t('checkins.form.skills')}</legend>
      <p id={hintId} className="hint">
        {t('checkins.form.skillsHint')}
      </p>
      {offered.length === 0 ? <p className="hint">{t('checkins.form.noLessonSkills')}</p> : null}
      <ul className="checkin-skill-list">
        {offered.map((id) => (
          <li key={id}>
            <label>
              <input
                type="checkbox"
                checked={skills.includes(id)}
                onChange={(e) => onChange({ skills: toggle(skills, id, e.target.checked), ownSkills })}
              />
              {t(skillLabelKey(id))}
            </label>
          </li>
        ))}
        {ownOffered.map((text) => (
          <li key={`own-${text}`}>
            <label>
              <input
                type="checkbox"
                checked={ownSkills.includes(text)}
                onChange={(e) => onChange({ skills, ownSkills: toggle(ownSkills, text, e.target.checked) })}
              />
              {text}
            </label>
          </li>
        ))}
      </ul>
      <div className="checkin-own-skill">
        <label htmlFor={inputId}>{t('checkins.form.ownSkill')}</label>
        <input
          id={inputId}
          type="text"
          autoComplete="off"
          maxLength={OWN_SKILL_MAX + 20}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" onClick={add}>
          {t('checkins.form.addOwnSkill')}
        </button>
      </div>
      {problem === null ? null : (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
