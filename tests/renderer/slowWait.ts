import { test } from '@playwright/test';
import { timeouts } from '../timeouts';

type SlowOperation = Exclude<keyof typeof timeouts, 'killTest' | 'hostStart' | 'curriculumCompile'>;

/**
 * The wait for one slow operation (tests/timeouts.ts), for an `expect`'s options.
 * It also gives the running test that much more time, so a test that waits for
 * several slow steps in turn is never cut short by its own overall limit.
 */
export function slowWait(operation: SlowOperation): { timeout: number } {
  const timeout = timeouts[operation];
  test.info().setTimeout(test.info().timeout + timeout);
  return { timeout };
}
