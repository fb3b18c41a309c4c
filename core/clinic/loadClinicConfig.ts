import type { ClinicProblem, ClinicSource } from '../../common/clinic';
import type { ClinicLocation } from './clinicLocations';
import { loadLogo } from './clinicLogo';
import type { ClinicModuleChoice, ClinicSettingsFile } from './clinicSchema';
import { readClinicFile } from './readClinicFile';

export type { ClinicSettingsFile } from './clinicSchema';
type SettingKey = keyof ClinicSettingsFile;

/** A module list one clinic file names, whether or not that file is in use. */
export interface ClinicModuleList {
  file: string;
  modules: ClinicModuleChoice[];
}

/** The merged configuration, with the file each setting came from so problems can name it. */
export interface LoadedClinic {
  settings: ClinicSettingsFile;
  origin: Partial<Record<SettingKey, string>>;
  /** The logo as a data: URL, or null. */
  logo: string | null;
  sources: ClinicSource[];
  locations: ClinicLocation[];
  problems: ClinicProblem[];
  /** Every file's module list, so lessons that do not exist are reported for each; absent: only the one in force. */
  moduleLists?: ClinicModuleList[];
}

/**
 * Reads the clinic files in order (machine-wide, then per-user) and merges them, a
 * later file's setting replacing an earlier one's. A file with any problem is
 * ignored as a whole, so a half-valid file never applies half its settings; the
 * problems say which file and which setting. Every problem of every file is
 * collected, including its logo's and its lesson lists', so one look at the About
 * page shows them all. Never throws.
 */
export async function loadClinicConfig(locations: ClinicLocation[]): Promise<LoadedClinic> {
  const settings: ClinicSettingsFile = {};
  const origin: Partial<Record<SettingKey, string>> = {};
  const sources: ClinicSource[] = [];
  const problems: ClinicProblem[] = [];
  const moduleLists: ClinicModuleList[] = [];
  let logo: string | null = null;
  for (const location of locations) {
    const result = await readClinicFile(location.file);
    sources.push({
      scope: location.scope,
      file: location.file,
      status: result.status,
      lessonsDir: location.lessonsDir,
    });
    problems.push(...result.problems);
    let fileLogo: string | null = null;
    if (result.valid.logo !== undefined) {
      const loaded = await loadLogo(location.file, result.valid.logo);
      if ('dataUrl' in loaded) fileLogo = loaded.dataUrl;
      else problems.push(loaded.problem);
    }
    if (result.valid.modules !== undefined) moduleLists.push({ file: location.file, modules: result.valid.modules });
    if (result.config === null) continue;
    const { schemaVersion: _version, ...fileSettings } = result.config;
    for (const key of Object.keys(fileSettings) as SettingKey[]) {
      Object.assign(settings, { [key]: fileSettings[key] });
      origin[key] = location.file;
    }
    // A later file's logo replaces an earlier one's, even when it cannot be shown (its problem says why).
    if (fileSettings.logo !== undefined) logo = fileLogo;
  }
  return { settings, origin, logo, sources, locations, problems, moduleLists };
}
