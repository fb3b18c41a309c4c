import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadLogo, MAX_LOGO_BYTES, sniffImageType, svgHazard } from '../../../core/clinic/clinicLogo';
import type * as readRegularFileModule from '../../../core/security/readRegularFile';
import { FileRefused } from '../../../core/security/readRegularFile';

/** A refusal the next read gives instead of reading (a drive that does not answer, a permission refused to root). */
const refusal = vi.hoisted(() => ({ next: null as unknown }));
vi.mock('../../../core/security/readRegularFile', async (importOriginal) => {
  const real = await importOriginal<typeof readRegularFileModule>();
  return {
    ...real,
    readRegularFile: (path: string, limits: Parameters<typeof real.readRegularFile>[1]) => {
      const error = refusal.next;
      refusal.next = null;
      return error === null ? real.readRegularFile(path, limits) : Promise.reject(error);
    },
  };
});

const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);
const webp = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8 ')]);
const plainSvg =
  '<?xml version="1.0"?>\n<!-- made by hand -->\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><defs><linearGradient id="g"/></defs><rect fill="url(#g)" width="8" height="8"/><use href="#g"/></svg>';

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'groundwork-logo-'));
  file = join(dir, 'clinic.json');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function logoProblem(name: string): Promise<string> {
  const result = await loadLogo(file, name);
  if (!('problem' in result)) throw new Error(`${name} was accepted`);
  expect(result.problem).toMatchObject({ file, field: 'logo' });
  return result.problem.message;
}

describe('sniffImageType', () => {
  it('knows PNG, JPEG, WebP and SVG by their first bytes, whatever the name says', () => {
    expect(sniffImageType(png)).toBe('image/png');
    expect(sniffImageType(jpeg)).toBe('image/jpeg');
    expect(sniffImageType(webp)).toBe('image/webp');
    expect(sniffImageType(Buffer.from(plainSvg))).toBe('image/svg+xml');
    expect(sniffImageType(Buffer.from(`\uFEFF  <svg>`))).toBe('image/svg+xml');
  });

  it('knows an SVG after an XML declaration, comments or a DOCTYPE, with or without space between', () => {
    for (const svg of [
      '<?xml version="1.0"?><svg>',
      '<?xml version="1.0"?>\r\n\r\n<svg>',
      '<!-- made-by-hand --><svg>',
      '<!-- made by hand -->\n\n<SVG\n>',
      '<!DOCTYPE svg><svg>',
      '<!DOCTYPE svg>\n\n<!--a--><svg>',
    ])
      expect(sniffImageType(Buffer.from(svg)), svg).toBe('image/svg+xml');
    expect(sniffImageType(Buffer.from('hello <svg>'))).toBeNull();
  });

  it('needs every byte of a JPEG or WebP signature, not just some of them', () => {
    for (const bytes of [
      [0xff, 0xd8, 0x00],
      [0xff, 0x00, 0xff],
      [0x00, 0xd8, 0xff],
    ])
      expect(sniffImageType(Buffer.from(bytes)), String(bytes)).toBeNull();
    // A WAVE sound is a RIFF file too.
    expect(sniffImageType(Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WAVEfmt ')]))).toBeNull();
    expect(sniffImageType(Buffer.concat([Buffer.from('RIFX'), Buffer.alloc(4), Buffer.from('WEBPVP8 ')]))).toBeNull();
  });

  it('takes linear time on a file of many comments and no SVG', () => {
    const started = performance.now();
    expect(sniffImageType(Buffer.from(`${'<!--a-->'.repeat(500)}x`))).toBeNull();
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('knows nothing else: GIF, HTML, text, a password file, nothing', () => {
    for (const bytes of ['GIF89a....', '<html><script>alert(1)</script>', 'root:x:0:0:root', '', '<svgx>']) {
      expect(sniffImageType(Buffer.from(bytes)), bytes).toBeNull();
    }
  });
});

describe('svgHazard', () => {
  it('accepts a plain drawing that links only to its own parts', () => {
    expect(svgHazard(plainSvg)).toBeNull();
    expect(svgHazard('<svg><image href="data:image/png;base64,iVBORw0KGgo="/></svg>')).toBeNull();
    // Links in single quotes or none, and url() in either quotes or none.
    expect(svgHazard("<svg><use href='#g'/><image href=data:image/png;base64,iVBO /></svg>")).toBeNull();
    expect(svgHazard('<svg><rect style="fill:url(\'#g\')"/><rect fill=\'url("#g")\'/></svg>')).toBeNull();
    expect(svgHazard('<svg><rect style="fill:url(data:image/png;base64,iVBO)"/></svg>')).toBeNull();
  });

  it('refuses anything that could run script or reach outside the file', () => {
    const cases: [string, string][] = [
      ['<svg><script>alert(1)</script></svg>', 'script'],
      ['<svg><a href="javascript:alert(1)"><rect/></a></svg>', 'script'],
      ['<svg onload="alert(1)"/>', 'handler'],
      ['<svg><rect ONCLICK = "x()"/></svg>', 'handler'],
      ['<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg>&x;</svg>', 'doctype'],
      ['<svg><a href="&#106;avascript:alert(1)"/></svg>', 'entity'],
      ['<svg><foreignObject><iframe src="https://x"/></foreignObject></svg>', 'embedded'],
      ['<svg><set attributeName="href" to="https://x"/></svg>', 'animation'],
      ['<svg><image href="https://tracker.example/x.png"/></svg>', 'link'],
      ['<svg><use xlink:href="other.svg#a"/></svg>', 'link'],
      ['<svg><rect style="fill:url(https://x/y)"/></svg>', 'link'],
      ['<svg><image href=https://tracker.example/x.png /></svg>', 'link'],
      ["<svg><image href='https://tracker.example/x.png'/></svg>", 'link'],
      ['<svg><rect style="fill:url(\'https://x/y\')"/></svg>', 'link'],
      ['<svg><style>@import "https://x/y.css";</style></svg>', 'link'],
    ];
    for (const [svg, hazard] of cases) expect(svgHazard(svg), svg).toBe(hazard);
  });

  it('takes linear time on a logo built to make its patterns backtrack', () => {
    const started = performance.now();
    for (const filler of [' ', 'a', '"', '<!--'])
      svgHazard(`<svg><rect style="fill:url(${filler.repeat(128 * 1024)}" href="${'x'.repeat(128 * 1024)}`);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe('loadLogo', () => {
  it('loads PNG, JPEG, WebP and plain SVG beside the file (or below it) as data URLs of their real type', async () => {
    await mkdir(join(dir, 'images'));
    await writeFile(join(dir, 'images', 'logo.png'), png);
    await writeFile(join(dir, 'logo.jpg'), jpeg);
    // A JPEG named .png is shown as what it is.
    await writeFile(join(dir, 'misnamed.png'), jpeg);
    await writeFile(join(dir, 'logo.webp'), webp);
    await writeFile(join(dir, 'logo.svg'), plainSvg);
    const url = async (name: string) => ((await loadLogo(file, name)) as { dataUrl: string }).dataUrl;
    expect(await url('images/logo.png')).toBe(`data:image/png;base64,${png.toString('base64')}`);
    expect(await url('logo.jpg')).toMatch(/^data:image\/jpeg;base64,/);
    expect(await url('misnamed.png')).toMatch(/^data:image\/jpeg;base64,/);
    expect(await url('logo.webp')).toMatch(/^data:image\/webp;base64,/);
    expect(await url(join(dir, 'logo.svg'))).toMatch(/^data:image\/svg\+xml;base64,/);
  });

  it('refuses a FIFO named logo.png at once instead of hanging the start', async () => {
    execFileSync('mkfifo', [join(dir, 'logo.png')]);
    const started = Date.now();
    expect(await logoProblem('logo.png')).toMatch(/could not be read: this is not a plain file/);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('never reads a file outside the clinic folder: a link to /etc/passwd, an absolute path or ../', async () => {
    await symlink('/etc/passwd', join(dir, 'logo.png'));
    expect(await logoProblem('logo.png')).toMatch(/must be in the same folder as this file/);
    expect(await logoProblem('/etc/passwd')).toMatch(/must be in the same folder as this file/);
    await mkdir(join(dir, 'inner'));
    await writeFile(join(dir, 'outside.png'), png);
    const inner = join(dir, 'inner', 'clinic.json');
    const result = await loadLogo(inner, '../outside.png');
    expect(result).toEqual({ problem: expect.objectContaining({ field: 'logo' }) });
  });

  it('refuses a file that is not an image by its bytes, whatever its name', async () => {
    await writeFile(join(dir, 'logo.png'), 'root:x:0:0:root:/root:/bin/bash\n');
    expect(await logoProblem('logo.png')).toBe(
      `the logo ${join(dir, 'logo.png')} is not a PNG, JPEG, SVG or WebP image (judged by what is in the file, not by its name).`,
    );
  });

  it('checks only SVGs for scripts and links: a PNG whose text notes hold a web address is shown', async () => {
    const noted = Buffer.concat([png, Buffer.from('tEXtComment\0<a href="https://example.org" onclick=x>')]);
    await writeFile(join(dir, 'logo.png'), noted);
    expect(await loadLogo(file, 'logo.png')).toEqual({ dataUrl: `data:image/png;base64,${noted.toString('base64')}` });
  });

  it('refuses an SVG that holds a script, naming what it holds', async () => {
    await writeFile(join(dir, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    expect(await logoProblem('logo.svg')).toMatch(/contains a script, which a logo does not need/);
  });

  it('refuses a logo over 512 KB', async () => {
    await writeFile(join(dir, 'big.png'), Buffer.concat([png, Buffer.alloc(MAX_LOGO_BYTES)]));
    expect(await logoProblem('big.png')).toMatch(/is larger than 512 KB/);
  });

  it('says when the logo could not be read in time, or not at all, with the system’s reason', async () => {
    const path = join(dir, 'logo.png');
    refusal.next = new FileRefused('timeout', path);
    expect(await logoProblem('logo.png')).toBe(
      `the logo ${path} could not be read: the file could not be read within 2 seconds (is it on a network drive that is not answering?).`,
    );
    refusal.next = new FileRefused('unreadable', path, 'EACCES');
    expect(await logoProblem('logo.png')).toBe(
      `the logo ${path} could not be read: the file could not be read (EACCES); check that this user may read it.`,
    );
    refusal.next = new Error('disk on fire');
    expect(await logoProblem('logo.png')).toBe(
      `the logo ${path} could not be read: the file could not be read (disk on fire); check that this user may read it.`,
    );
  });

  it('names the missing file, and the one outside the folder, in full', async () => {
    expect(await logoProblem('missing.png')).toBe(
      `the logo ${join(dir, 'missing.png')} could not be read: there is no such file.`,
    );
    expect(await logoProblem('/etc/passwd')).toBe(
      'the logo /etc/passwd must be in the same folder as this file, or in a folder inside it.',
    );
  });

  it('refuses an SVG that links outside the file, naming what it holds', async () => {
    await writeFile(join(dir, 'logo.svg'), '<svg><image href="https://tracker.example/x.png"/></svg>');
    expect(await logoProblem('logo.svg')).toBe(
      `the SVG logo ${join(dir, 'logo.svg')} contains a link to another file or website, which a logo does not need and Groundwork does not allow; export it as a plain SVG or a PNG.`,
    );
  });
});
