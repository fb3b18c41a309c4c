import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { pageMarginMm } from '../../core/worksheet/printStyles';

const run = promisify(execFile);

/** A grey image, as pdftoppm -gray writes it (binary PGM, one byte a pixel, 0 is black). */
export interface Gray {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** Parses a binary PGM (P5) image. */
export function parsePgm(data: Buffer): Gray {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 64).toString('latin1'));
  if (header === null) throw new Error('not a binary PGM image');
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { width, height, pixels: new Uint8Array(data.subarray(header[0].length, header[0].length + width * height)) };
}

/** How full one printed page is. */
export interface PageFill {
  /** 1-based page number in the PDF. */
  page: number;
  /** The running header in the top margin (clinic name and lesson title): the same on every page of one worksheet. */
  header: string;
  /** Words in the page's body, between the margins (headers and page numbers left out). */
  words: number;
  /**
   * How far down the body the printing reaches: from the top margin to the lowest
   * inked pixel row (text, ruled lines, boxes), as a share of the body's height.
   * Content flows from the top, so this is the share of the page that is used.
   */
  fill: number;
  /** Whether this is the last page of its worksheet (the next page has another header, or there is none). */
  lessonLast: boolean;
}

/** Resolution of the page images the fill is measured on: coarse enough to be quick, fine enough for a ruled line. */
const DPI = 50;
/** A pixel lighter than this is paper; 0.75 pt grey lines render around 150–200 at 50 dpi. */
const INK = 215;
const MM_PER_INCH = 25.4;
const PT_PER_INCH = 72;

/** The last pixel row of the body (between the page margins) with any ink, or -1. */
function lastInkedRow(image: Gray, top: number, bottom: number, left: number, right: number): number {
  for (let y = bottom - 1; y >= top; y -= 1) {
    const row = y * image.width;
    for (let x = left; x < right; x += 1) if ((image.pixels[row + x] ?? 255) < INK) return y;
  }
  return -1;
}

interface TextPage {
  header: string;
  words: number;
}

/** Words per page from pdftotext -bbox: the running header (top margin) apart from the body's words. */
async function textPages(pdf: string): Promise<TextPage[]> {
  const { stdout } = await run('pdftotext', ['-bbox', pdf, '-'], { maxBuffer: 256 * 1024 * 1024 });
  const top = (pageMarginMm.top / MM_PER_INCH) * PT_PER_INCH;
  const pages: TextPage[] = [];
  let current: { header: string[]; words: number; bottom: number } | undefined;
  for (const line of stdout.split('\n')) {
    const page = /<page width="[\d.]+" height="([\d.]+)">/.exec(line);
    if (page) {
      const height = Number(page[1]);
      current = { header: [], words: 0, bottom: height - (pageMarginMm.bottom / MM_PER_INCH) * PT_PER_INCH };
      continue;
    }
    if (line.includes('</page>') && current) {
      pages.push({ header: current.header.join(' '), words: current.words });
      current = undefined;
      continue;
    }
    const word = /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/.exec(line);
    if (!word || !current) continue;
    if (Number(word[2]) <= top) current.header.push(word[3] ?? '');
    else if (Number(word[1]) < current.bottom) current.words += 1;
  }
  return pages;
}

/** Measures every page of a printed worksheet PDF: its words and how far down its body the printing reaches. */
export async function measurePages(pdf: string): Promise<PageFill[]> {
  const work = await mkdtemp(join(tmpdir(), 'groundwork-page-fill-'));
  try {
    await run('pdftoppm', ['-gray', '-r', String(DPI), pdf, join(work, 'p')]);
    const files = (await readdir(work)).filter((f) => f.endsWith('.pgm')).sort();
    const text = await textPages(pdf);
    const px = (mm: number): number => Math.round((mm / MM_PER_INCH) * DPI);
    const pages = await Promise.all(
      files.map(async (file, index): Promise<Omit<PageFill, 'lessonLast'>> => {
        const image = parsePgm(await readFile(join(work, file)));
        const top = px(pageMarginMm.top);
        const bottom = image.height - px(pageMarginMm.bottom);
        const last = lastInkedRow(image, top, bottom, px(pageMarginMm.left), image.width - px(pageMarginMm.right));
        return {
          page: index + 1,
          header: text[index]?.header ?? '',
          words: text[index]?.words ?? 0,
          fill: last < 0 ? 0 : (last + 1 - top) / (bottom - top),
        };
      }),
    );
    return pages.map((p, i) => ({ ...p, lessonLast: pages[i + 1]?.header !== p.header }));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
