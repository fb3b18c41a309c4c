import type { JSX } from 'react';

/** A form's error, announced at once to screen readers; nothing when there is none. */
export function FormError({ message }: { message: string | null }): JSX.Element | null {
  return message === null ? null : (
    <p role="alert" className="form-error">
      {message}
    </p>
  );
}
