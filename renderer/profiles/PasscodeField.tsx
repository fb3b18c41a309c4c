import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { passcodeStrength } from '../../common/passcodeStrength';

interface PasscodeFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** "new-password" when choosing one, "current-password" when typing one to unlock. */
  autoComplete?: 'new-password' | 'current-password' | 'off';
  autoFocus?: boolean;
  /** When choosing a passcode: its shortest allowed length, and a hint on how hard it is to guess. */
  strength?: { minLength: number };
}

/** A labelled passcode box: the one shape every profile form uses. */
export function PasscodeField({
  id,
  label,
  value,
  onChange,
  autoComplete,
  autoFocus,
  strength,
}: PasscodeFieldProps): JSX.Element {
  const { t } = useTranslation();
  const level = strength === undefined ? null : passcodeStrength(value, strength.minLength);
  const hintId = `${id}-strength`;
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="password"
        autoComplete={autoComplete}
        autoFocus={autoFocus}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={level === null ? undefined : hintId}
      />
      {level === null ? null : (
        // Polite: read out when the person pauses, and only when the advice changes, not at every key.
        <p id={hintId} className={`passcode-hint passcode-${level}`} aria-live="polite">
          <span className="passcode-meter" aria-hidden="true">
            <span />
            <span />
            <span />
          </span>
          {t(`data.strength.${level}`, { min: strength?.minLength })}
        </p>
      )}
    </>
  );
}
