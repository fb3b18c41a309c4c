export interface BreakProps {
  /** Title of the section that starts here, shown in the presenter's agenda when no heading follows. */
  title?: string;
  /** Planned minutes for the section that starts here, used by the presenter's pacing clock. */
  minutes?: number;
}

/**
 * Marks where a new projected section starts when a lesson is presented to a
 * group (see common/presenter/sections.ts). It shows nothing when a person reads
 * the lesson or prints its worksheet.
 */
export function Break(_props: BreakProps): null {
  return null;
}
