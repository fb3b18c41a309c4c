import type { JSX, ReactNode } from 'react';
import type { CrisisLine } from '../../common/api';

/**
 * A contact with each number in a span that never breaks across lines, so a long
 * contact ("Llame al 988 y oprima 2, o envíe AYUDA…") can wrap between its words
 * while "1-800-662-4357" stays whole.
 */
function withNumbersWhole(contact: string): ReactNode[] {
  return contact.split(/(\d[\d\-–. ()]*\d|\d)/).map((part, i) =>
    i % 2 === 1 ? (
      <span key={i} className="crisis-number">
        {part}
      </span>
    ) : (
      part
    ),
  );
}

/** The crisis lines, each with its name, what to dial or text, and when to use it. */
export function CrisisLineList({ lines, className }: { lines: CrisisLine[]; className: string }): JSX.Element {
  return (
    <ul className={className}>
      {lines.map((line) => (
        <li key={`${line.name}-${line.contact}`}>
          <strong>{line.name}</strong>
          <span className="crisis-contact">{withNumbersWhole(line.contact)}</span>
          <span>{line.detail}</span>
        </li>
      ))}
    </ul>
  );
}
