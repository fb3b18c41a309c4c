import { createContext, useContext } from 'react';
import type { CrisisLine } from '../../../common/api';
import { defaultCrisisLines } from '../../../common/crisisLines';

/**
 * The crisis lines the app is set up with (from getAppInfo on screen, and passed
 * into the print path), so a safety plan always shows the clinic's own numbers.
 * Without a provider it falls back to the built-in US lines rather than none.
 */
export const CrisisLinesContext = createContext<readonly CrisisLine[]>(defaultCrisisLines);

export function useCrisisLines(): readonly CrisisLine[] {
  return useContext(CrisisLinesContext);
}
