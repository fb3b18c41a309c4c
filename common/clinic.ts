/**
 * What the app tells the renderer about the clinic's configuration: the settings
 * in force, where they came from, and what was wrong with them. The file format
 * itself is core/clinic/clinicSchema.ts; the guide is docs/RELEASING.md.
 */

/** Which of the two configuration files a setting or problem comes from. */
export type ClinicScope = 'machine' | 'user';

/** One configuration file the app looked for, and what it found there. */
export interface ClinicSource {
  scope: ClinicScope;
  file: string;
  /** `absent`: no file there (normal); `invalid`: the file was ignored, see problems. */
  status: 'loaded' | 'absent' | 'invalid';
  /** The clinic lessons folder next to this file. */
  lessonsDir: string;
}

/** Something wrong in a clinic file, pointing at the file and the field (or line and column). */
export interface ClinicProblem {
  file: string;
  /** The setting at fault, such as "colors.accent" or "crisisLines[0].contact"; null for the whole file. */
  field: string | null;
  line?: number;
  column?: number;
  message: string;
}

export interface ClinicColors {
  /** Links, buttons and highlights; at least 4.5:1 against the white page. */
  accent: string;
  /** Text on an accent background; at least 4.5:1 against the accent. */
  accentText: string;
}

/** One module as the clinic arranged it: shown in this order, with these lessons in this order. */
export interface ClinicModule {
  id: string;
  name?: string;
  overview?: string;
  lessons?: string[];
}

/** The settings one file put in force (a later file's same setting wins, so it is listed there instead). */
export interface AppliedSettings {
  file: string;
  /** Setting names as the file spells them, such as "name" or "colors". */
  settings: string[];
}

export interface ClinicInfo {
  /** Shown in the header, the window title and on printed worksheets; null when no clinic has set one. */
  name: string | null;
  /** The logo as a data: URL, so it needs no file access from the page. */
  logo: string | null;
  colors: ClinicColors | null;
  /** The language the app starts in. */
  language: string;
  /** Minutes without use before the app locks; null when the clinic left the app's own default. */
  idleLockMinutes: number | null;
  /** The clinic's arrangement of modules and lessons; null shows every lesson. */
  modules: ClinicModule[] | null;
  sources: ClinicSource[];
  /** For each file in use, the settings taken from it; its problems are the parts ignored. */
  applied: AppliedSettings[];
  problems: ClinicProblem[];
}

/** The settings in force when no clinic file is found or every file is invalid. */
export const defaultClinicInfo: ClinicInfo = {
  name: null,
  logo: null,
  colors: null,
  language: 'en',
  idleLockMinutes: null,
  modules: null,
  sources: [],
  applied: [],
  problems: [],
};

/** "file, field: message" or "file:line:column: message", the way the app shows a problem. */
export function describeClinicProblem(problem: ClinicProblem): string {
  const where =
    problem.line !== undefined
      ? `${problem.file}:${problem.line}:${problem.column ?? 1}`
      : problem.field !== null
        ? `${problem.file}, ${problem.field}`
        : problem.file;
  return `${where}: ${problem.message}`;
}

/** What became of one clinic file that has problems: in use with parts ignored, or not used at all. */
export interface ClinicFileOutcome {
  file: string;
  /** `partly`: the file is in use and `applied` took effect; only the problems' parts were ignored. */
  outcome: 'partly' | 'unused';
  applied: string[];
  problems: ClinicProblem[];
}

/**
 * Groups the problems by file and says for each whether the rest of the file
 * was applied, so a notice never claims built-in settings while a file's name
 * and lessons are in use. Files in the order the app read them.
 */
export function clinicOutcomes(info: Pick<ClinicInfo, 'sources' | 'applied' | 'problems'>): ClinicFileOutcome[] {
  const files = [...new Set([...info.sources.map((s) => s.file), ...info.problems.map((p) => p.file)])];
  return files.flatMap((file) => {
    const problems = info.problems.filter((p) => p.file === file);
    if (problems.length === 0) return [];
    const loaded = info.sources.some((s) => s.file === file && s.status === 'loaded');
    const applied = info.applied.find((a) => a.file === file)?.settings ?? [];
    return [{ file, outcome: loaded ? 'partly' : 'unused', applied, problems }];
  });
}
