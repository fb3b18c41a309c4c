import type { JSX } from 'react';
import type { CrisisLine } from '../../common/api';

/** The crisis lines, each with its name, what to dial or text, and when to use it. */
export function CrisisLineList({ lines, className }: { lines: CrisisLine[]; className: string }): JSX.Element {
  return (
    <ul className={className}>
      {lines.map((line) => (
        <li key={`${line.name}-${line.contact}`}>
          <strong>{line.name}</strong>
          <span className="crisis-contact">{line.contact}</span>
          <span>{line.detail}</span>
        </li>
      ))}
    </ul>
  );
}
