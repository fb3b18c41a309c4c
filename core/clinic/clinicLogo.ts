import { dirname, isAbsolute, resolve } from 'node:path';
import type { ClinicProblem } from '../../common/clinic';
import { createI18n } from '../../common/i18n/createI18n';
import { FileRefused, readRegularFile } from '../security/readRegularFile';

const { t } = createI18n();

export const MAX_LOGO_BYTES = 512 * 1024;

export type LogoType = 'image/png' | 'image/jpeg' | 'image/webp' | 'image/svg+xml';

const startsWith = (bytes: Buffer, ascii: string, at = 0): boolean =>
  bytes.subarray(at, at + ascii.length).toString('latin1') === ascii;

/**
 * Comments, an XML declaration and a DOCTYPE may come before an SVG's root element.
 * A comment ends at its first "-->" (a lazy [\s\S]*? could also run past it, and a
 * run of comments then took exponential time).
 */
const svgStart = /^\s*(?:<\?xml[^>]*>\s*|<!--(?:[^-]|-(?!->))*-->\s*|<!doctype[^>]*>\s*)*<svg[\s>]/i;

/** The image type by the file's first bytes (never by its name), or null when it is none we show. */
export function sniffImageType(bytes: Buffer): LogoType | null {
  if (startsWith(bytes, '\x89PNG\r\n\x1a\n')) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (startsWith(bytes, 'RIFF') && startsWith(bytes, 'WEBP', 8)) return 'image/webp';
  if (
    svgStart.test(
      bytes
        .subarray(0, 4096)
        .toString('utf8')
        .replace(/^\uFEFF/, ''),
    )
  )
    return 'image/svg+xml';
  return null;
}

/** What an SVG logo may not contain. */
export type SvgHazard = 'script' | 'handler' | 'doctype' | 'entity' | 'embedded' | 'animation' | 'link';

/** Links an SVG may hold: to its own parts (#id) or to an embedded raster image. */
const safeReference = /^\s*(?:#|data:image\/(?:png|jpeg|webp);base64,)/i;

/**
 * What in an SVG could run script or reach outside the file, or null when there
 * is nothing. The logo is only ever shown through <img>, where Chromium runs no
 * script and loads nothing; this check refuses (it never edits) anything a logo
 * does not need, so a file that would be dangerous anywhere else is not shown.
 */
export function svgHazard(svg: string): SvgHazard | null {
  const text = svg.toLowerCase();
  if (/<script\b|javascript:|vbscript:/.test(text)) return 'script';
  if (/\son[a-z]+\s*=/.test(text)) return 'handler';
  if (/<!doctype|<!entity|<\?xml-stylesheet/.test(text)) return 'doctype';
  if (/&(?!(?:amp|lt|gt|quot|apos);)/.test(text)) return 'entity';
  if (/<(?:foreignobject|iframe|embed|object|audio|video|image-set)\b/.test(text)) return 'embedded';
  if (/<(?:set|animate|animatemotion|animatetransform|discard|handler|listener)\b/.test(text)) return 'animation';
  if (/@import/.test(text)) return 'link';
  const references = [
    ...text.matchAll(/\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g),
    // No closing parenthesis is required: "([^)]*)\s*\)" backtracks quadratically on url( followed by spaces.
    ...text.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))/g),
  ].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
  if (references.some((ref) => !safeReference.test(ref))) return 'link';
  return null;
}

function refusalMessage(error: unknown, path: string): string {
  const reason = error instanceof FileRefused ? error.reason : 'unreadable';
  switch (reason) {
    case 'outside':
      return t('clinic.problems.logoOutside', { path });
    case 'too-large':
      return t('clinic.problems.logoTooLarge', { path, limit: '512 KB' });
    case 'absent':
      return t('clinic.problems.logoUnreadable', { path, reason: t('clinic.problems.missing') });
    case 'not-regular':
      return t('clinic.problems.logoUnreadable', { path, reason: t('clinic.problems.notAFile') });
    case 'timeout':
      return t('clinic.problems.logoUnreadable', { path, reason: t('clinic.problems.timeout', { seconds: 2 }) });
    default: {
      const code = error instanceof FileRefused ? error.code : (error as Error).message;
      return t('clinic.problems.logoUnreadable', { path, reason: t('clinic.problems.unreadable', { code }) });
    }
  }
}

/**
 * The logo a clinic file names, as a data: URL so the page needs no file access.
 * It must be a regular file in the clinic file's folder (or below it), at most
 * 512 KB, and a PNG, JPEG, WebP or plain SVG by its contents.
 */
export async function loadLogo(file: string, logo: string): Promise<{ dataUrl: string } | { problem: ClinicProblem }> {
  const folder = dirname(file);
  const path = isAbsolute(logo) ? resolve(logo) : resolve(folder, logo);
  const problem = (message: string) => ({ problem: { file, field: 'logo', message } });
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(path, { maxBytes: MAX_LOGO_BYTES, within: folder });
  } catch (error) {
    return problem(refusalMessage(error, path));
  }
  const type = sniffImageType(bytes);
  if (type === null) return problem(t('clinic.problems.logoType', { path }));
  if (type === 'image/svg+xml') {
    const what = svgHazard(bytes.toString('utf8'));
    if (what !== null)
      return problem(t('clinic.problems.logoSvgUnsafe', { path, what: t(`clinic.problems.svg.${what}`) }));
  }
  return { dataUrl: `data:${type};base64,${bytes.toString('base64')}` };
}
