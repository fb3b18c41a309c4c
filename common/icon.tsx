import type { JSX } from 'react';
import type { LucideIcon } from 'lucide-react';

/**
 * A lucide icon beside a text label: hidden from assistive technology, so the
 * label is always the name, and sized to the text it sits with. Pass the icon
 * itself (`<Icon icon={Printer} />`), imported by name so the bundle keeps only
 * the icons in use.
 */
export function Icon({ icon: Glyph }: { icon: LucideIcon }): JSX.Element {
  return <Glyph aria-hidden="true" focusable="false" className="icon" size="1.15em" strokeWidth={2.25} />;
}
