import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, isAbsolute, resolve } from 'node:path';
import type { z } from 'zod';
import type { ClinicProblem, ClinicSource } from '../../common/clinic';
import type { ClinicLocation } from './clinicLocations';
import { clinicConfigSchema, type ClinicConfig } from './clinicSchema';

/** Settings a clinic can make: everything in the file but its version. */
export type ClinicSettingsFile = Omit<ClinicConfig, 'schemaVersion'>;
type SettingKey = keyof ClinicSettingsFile;

/** The merged configuration, with the file each setting came from so problems can name it. */
export interface LoadedClinic {
  settings: ClinicSettingsFile;
  origin: Partial<Record<SettingKey, string>>;
  /** The logo as a data: URL, or null. */
  logo: string | null;
  sources: ClinicSource[];
  locations: ClinicLocation[];
  problems: ClinicProblem[];
}

const MAX_CONFIG_BYTES = 256 * 1024;
const MAX_LOGO_BYTES = 512 * 1024;
const logoTypes: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
};

/** "crisisLines[0].contact" from a schema issue's path. */
function fieldName(path: readonly PropertyKey[]): string | null {
  if (path.length === 0) return null;
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

/** Line and column (1-based) of a character offset. */
function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

function syntaxProblem(file: string, text: string, error: Error): ClinicProblem {
  const message = error.message.replace(/^JSON\.parse: /, '');
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  const offset = /position (\d+)/.exec(message);
  const where = lineColumn
    ? { line: Number(lineColumn[1]), column: Number(lineColumn[2]) }
    : offset
      ? position(text, Number(offset[1]))
      : { line: 1, column: 1 };
  const plain = message.replace(/\s*in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)/, '');
  return {
    file,
    field: null,
    ...where,
    message: `the file is not valid JSON (${plain}). Check for a missing comma or quote near this point.`,
  };
}

type FileResult =
  { status: 'absent' } | { status: 'invalid'; problems: ClinicProblem[] } | { status: 'loaded'; config: ClinicConfig };

async function readConfigFile(file: string): Promise<FileResult> {
  let text: string;
  try {
    const info = await stat(file);
    if (!info.isFile()) return { status: 'invalid', problems: [{ file, field: null, message: 'this is not a file.' }] };
    if (info.size > MAX_CONFIG_BYTES) {
      return { status: 'invalid', problems: [{ file, field: null, message: 'the file is larger than 256 KB.' }] };
    }
    // Windows editors often start a file with a byte-order mark, which JSON does not allow.
    text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { status: 'absent' };
    return {
      status: 'invalid',
      problems: [{ file, field: null, message: `the file could not be read (${code ?? (error as Error).message}).` }],
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { status: 'invalid', problems: [syntaxProblem(file, text, error as Error)] };
  }
  const parsed = clinicConfigSchema.safeParse(data);
  if (parsed.success) return { status: 'loaded', config: parsed.data };
  return { status: 'invalid', problems: parsed.error.issues.map((issue) => issueProblem(file, issue)) };
}

function issueProblem(file: string, issue: z.core.$ZodIssue): ClinicProblem {
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => `"${k}"`).join(', ');
    return {
      file,
      field: fieldName([...issue.path, issue.keys[0] ?? '']),
      message: `unknown setting ${keys}: check the spelling against docs/RELEASING.md.`,
    };
  }
  return { file, field: fieldName(issue.path), message: issue.message };
}

async function loadLogo(file: string, logo: string): Promise<{ dataUrl: string } | { problem: ClinicProblem }> {
  const path = isAbsolute(logo) ? logo : resolve(dirname(file), logo);
  const type = logoTypes[extname(path).toLowerCase()];
  if (type === undefined) return { problem: { file, field: 'logo', message: 'use a PNG, JPEG, SVG or WebP image.' } };
  try {
    const info = await stat(path);
    if (info.size > MAX_LOGO_BYTES) {
      return { problem: { file, field: 'logo', message: `${path} is larger than 512 KB; use a smaller image.` } };
    }
    const bytes = await readFile(path);
    return { dataUrl: `data:${type};base64,${bytes.toString('base64')}` };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return { problem: { file, field: 'logo', message: `the image ${path} could not be read (${code}).` } };
  }
}

/**
 * Reads the clinic files in order (machine-wide, then per-user) and merges them, a
 * later file's setting replacing an earlier one's. A file with any problem is
 * ignored as a whole, so a half-valid file never applies half its settings; the
 * problems say which file and which setting.
 */
export async function loadClinicConfig(locations: ClinicLocation[]): Promise<LoadedClinic> {
  const settings: ClinicSettingsFile = {};
  const origin: Partial<Record<SettingKey, string>> = {};
  const sources: ClinicSource[] = [];
  const problems: ClinicProblem[] = [];
  for (const location of locations) {
    const result = await readConfigFile(location.file);
    sources.push({
      scope: location.scope,
      file: location.file,
      status: result.status,
      lessonsDir: location.lessonsDir,
    });
    if (result.status === 'invalid') problems.push(...result.problems);
    if (result.status !== 'loaded') continue;
    const { schemaVersion: _version, ...fileSettings } = result.config;
    for (const key of Object.keys(fileSettings) as SettingKey[]) {
      Object.assign(settings, { [key]: fileSettings[key] });
      origin[key] = location.file;
    }
  }
  let logo: string | null = null;
  if (settings.logo !== undefined && origin.logo !== undefined) {
    const loaded = await loadLogo(origin.logo, settings.logo);
    if ('dataUrl' in loaded) logo = loaded.dataUrl;
    else problems.push(loaded.problem);
  }
  return { settings, origin, logo, sources, locations, problems };
}
