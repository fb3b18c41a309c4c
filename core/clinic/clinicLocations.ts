import { dirname, join, posix, win32 } from 'node:path';
import type { ClinicScope } from '../../common/clinic';

/** Where one clinic configuration file is looked for, and its lessons folder beside it. */
export interface ClinicLocation {
  scope: ClinicScope;
  file: string;
  lessonsDir: string;
}

export const CLINIC_FILE_NAME = 'clinic.json';

/**
 * The machine-wide configuration file, which IT places once for every user:
 * Linux /etc/groundwork/clinic.json, Windows %ProgramData%\Groundwork\clinic.json,
 * macOS /Library/Application Support/Groundwork/clinic.json.
 */
export function machineClinicFile(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string {
  if (platform === 'win32') {
    const programData = env.ProgramData ?? env.PROGRAMDATA ?? 'C:\\ProgramData';
    return win32.join(programData, 'Groundwork', CLINIC_FILE_NAME);
  }
  if (platform === 'darwin') return posix.join('/Library/Application Support/Groundwork', CLINIC_FILE_NAME);
  return posix.join('/etc/groundwork', CLINIC_FILE_NAME);
}

function near(scope: ClinicScope, file: string, platform: NodeJS.Platform): ClinicLocation {
  const path = platform === 'win32' ? win32 : posix;
  return { scope, file, lessonsDir: path.join(path.dirname(file), 'lessons') };
}

/**
 * Both locations, machine first: settings in the per-user file (in the app's data
 * folder) override the machine-wide ones.
 */
export function clinicLocations(options: {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  userDataDir: string;
}): ClinicLocation[] {
  return [
    near('machine', machineClinicFile(options.platform, options.env), options.platform),
    {
      scope: 'user',
      file: join(options.userDataDir, CLINIC_FILE_NAME),
      lessonsDir: join(options.userDataDir, 'lessons'),
    },
  ];
}

/** A location for a file given on the command line (the browser host and tests). */
export function clinicLocationFor(scope: ClinicScope, file: string, lessonsDir?: string): ClinicLocation {
  return { scope, file, lessonsDir: lessonsDir ?? join(dirname(file), 'lessons') };
}
