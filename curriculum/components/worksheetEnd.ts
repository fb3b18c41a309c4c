import { createContext, useContext, type ReactNode } from 'react';

/**
 * What a printed worksheet ends with (the crisis lines). The Worksheet part places
 * it after its last exercise, inside the same box, because Chromium keeps a block
 * with `break-before: avoid` on its previous sibling's page only when both share a
 * parent: the crisis lines then move with the last exercise instead of printing alone.
 */
export const WorksheetEndContext = createContext<ReactNode>(null);

export function useWorksheetEnd(): ReactNode {
  return useContext(WorksheetEndContext);
}
