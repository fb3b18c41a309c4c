/**
 * How long tests wait for the slow operations, in one place (issue 17). Each
 * limit comes from a measured time with a wide margin, so a test fails for a
 * hang or a real slowdown, not because the machine is busy with other work.
 *
 * Figures measured on the 2-core development machine on 2026-12-02, "quiet"
 * from the app's own notes, "busy" with both cores loaded by seven other
 * sessions' builds and tests (load average 16–19) plus two busy loops.
 * Used by Vitest tests and Playwright specs alike: plain numbers, no imports.
 */
export const timeouts = {
  /**
   * One scrypt derivation at the app's cost (N = 2^17, r = 8, p = 1), which creating,
   * unlocking or re-keying a profile with a passcode runs once: 0.4 s quiet,
   * 10.0–13.9 s busy. Waited for as a screen's answer, so 6× the worst busy figure.
   */
  scrypt: 60_000,
  /**
   * Opening an encrypted backup file as a new profile: three scrypt runs (open the file, wrap
   * and unwrap the new profile's key) and the writes; 1–4 s quiet. Busy at load average 31 it
   * had not finished after 90 s, so twice the scrypt limit for each run.
   */
  backupImport: 360_000,
  /** Saving one lesson's worksheet as a PDF in Chromium: 1–4 s quiet; failed the old 10 s limit busy (issue 17). */
  pdfExport: 90_000,
  /** Printing the whole curriculum as one packet (18+ lessons, large print the largest): up to 90 s allowed before. */
  packetPrint: 180_000,
  /** Compiling every lesson of the curriculum (mdx-bundler) before printing it: over 60 s at load average 31. */
  curriculumCompile: 300_000,
  /**
   * Starting the development host for a browser test (tsx, then the lesson cache):
   * a few seconds quiet; busy (load average 29) it did not start within the old 30 s limit.
   */
  hostStart: 120_000,
  /**
   * The kill test, per SIGKILL: start a child, let it save, kill it, reload and check
   * the store. 20 kills took 79 s busy (3.9 s each over two lanes); budget 8 s each plus a minute to start.
   */
  killTest: (kills: number): number => 60_000 + kills * 8_000,
} as const;
