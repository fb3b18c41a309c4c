import { dirname } from 'node:path';
import type { ClinicProblem } from '../../common/clinic';
import { createI18n } from '../../common/i18n/createI18n';
import { FileRefused, readRegularFile } from '../security/readRegularFile';
import { clinicErrorMap, issueProblem } from './clinicIssues';
import { clinicConfigSchema, type ClinicConfig, type ClinicSettingsFile } from './clinicSchema';
import { findJsonSyntaxError, lineAndColumn } from './jsonSyntax';

const { t } = createI18n();

/** A clinic file is a few kilobytes; anything much larger is a mistake or an attack. */
export const MAX_CONFIG_BYTES = 256 * 1024;
const READ_TIMEOUT_MS = 2_000;

/** One clinic file, read and checked. */
export interface ClinicFile {
  /** `invalid`: the file is there but not used at all (see problems). */
  status: 'absent' | 'invalid' | 'loaded';
  /** The settings, when the whole file is valid. */
  config: ClinicConfig | null;
  /**
   * The settings that are valid on their own, even in a file that is not used:
   * the logo and lesson lists among them are still checked, so every problem in
   * the file is reported at once rather than one per restart.
   */
  valid: Partial<ClinicSettingsFile>;
  problems: ClinicProblem[];
}

const invalid = (problems: ClinicProblem[], valid: Partial<ClinicSettingsFile> = {}): ClinicFile => ({
  status: 'invalid',
  config: null,
  valid,
  problems,
});

function refusalProblem(file: string, error: FileRefused): ClinicProblem {
  const message = {
    absent: () => '',
    'not-regular': () => t('clinic.problems.notAFile'),
    outside: () => t('clinic.problems.outside'),
    'too-large': () => t('clinic.problems.tooLarge', { limit: '256 KB' }),
    timeout: () => t('clinic.problems.timeout', { seconds: READ_TIMEOUT_MS / 1000 }),
    unreadable: () => t('clinic.problems.unreadable', { code: error.code ?? 'error' }),
  }[error.reason]();
  return { file, field: null, message };
}

/** Each setting of the file checked on its own; keys come from the schema, never from the file. */
function validSettings(data: unknown): Partial<ClinicSettingsFile> {
  const valid: Partial<ClinicSettingsFile> = {};
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return valid;
  for (const [key, schema] of Object.entries(clinicConfigSchema.shape)) {
    if (key === 'schemaVersion' || !Object.hasOwn(data, key)) continue;
    const parsed = schema.safeParse((data as Record<string, unknown>)[key], { error: clinicErrorMap });
    if (parsed.success && parsed.data !== undefined) Object.assign(valid, { [key]: parsed.data });
  }
  return valid;
}

function checkJson(file: string, text: string): ClinicFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // JSON.parse's own message may quote the file; the scanner says where and what instead.
    const found = findJsonSyntaxError(text) ?? { offset: 0, reason: 'value' as const };
    return invalid([
      {
        file,
        field: null,
        ...lineAndColumn(text, found.offset),
        message: t('clinic.problems.notJson', { reason: t(`clinic.problems.json.${found.reason}`) }),
      },
    ]);
  }
  const parsed = clinicConfigSchema.safeParse(data, { error: clinicErrorMap });
  if (parsed.success) return { status: 'loaded', config: parsed.data, valid: parsed.data, problems: [] };
  return invalid(
    parsed.error.issues.map((issue) => issueProblem(file, issue)),
    validSettings(data),
  );
}

/**
 * Reads one clinic file as hostile input: a regular file in its own folder, at
 * most 256 KB, read within 2 seconds, then parsed and checked setting by
 * setting. Never throws: whatever is wrong becomes a problem naming the file and
 * the setting (or line and column), and the file is then not used.
 */
export async function readClinicFile(file: string): Promise<ClinicFile> {
  let text: string;
  try {
    const bytes = await readRegularFile(file, {
      maxBytes: MAX_CONFIG_BYTES,
      timeoutMs: READ_TIMEOUT_MS,
      within: dirname(file),
    });
    // Windows editors often start a file with a byte-order mark, which JSON does not allow.
    text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    const refused = error instanceof FileRefused ? error : new FileRefused('unreadable', file, String(error));
    if (refused.reason === 'absent') return { status: 'absent', config: null, valid: {}, problems: [] };
    return invalid([refusalProblem(file, refused)]);
  }
  try {
    return checkJson(file, text);
  } catch (error) {
    // A last line of defence: a mistake in a check must cost the clinic its settings, never the app its start.
    return invalid([
      { file, field: null, message: t('clinic.problems.unchecked', { reason: (error as Error).message }) },
    ]);
  }
}
