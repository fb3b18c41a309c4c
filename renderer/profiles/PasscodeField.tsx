import type { JSX } from 'react';

interface PasscodeFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** "new-password" when choosing one, "current-password" when typing one to unlock. */
  autoComplete?: 'new-password' | 'current-password' | 'off';
  autoFocus?: boolean;
}

/** A labelled passcode box: the one shape every profile form uses. */
export function PasscodeField({
  id,
  label,
  value,
  onChange,
  autoComplete,
  autoFocus,
}: PasscodeFieldProps): JSX.Element {
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
      />
    </>
  );
}
