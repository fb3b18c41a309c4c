import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The text of a PDF, as poppler's pdftotext reads it. */
export async function pdfText(path: string, layout = false): Promise<string> {
  const { stdout } = await run('pdftotext', [...(layout ? ['-layout'] : []), path, '-']);
  return stdout;
}

/** pdfinfo's fields (Pages, Tagged, Page size, ...). */
export async function pdfInfo(path: string): Promise<Record<string, string>> {
  const { stdout } = await run('pdfinfo', [path]);
  return Object.fromEntries(
    stdout
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1] ?? '', m[2] ?? '']),
  );
}

/** Each word of a PDF page with its box, from pdftotext -bbox. */
export async function pdfWords(path: string): Promise<{ word: string; page: number; yMin: number; yMax: number }[]> {
  const { stdout } = await run('pdftotext', ['-bbox', path, '-']);
  const words: { word: string; page: number; yMin: number; yMax: number }[] = [];
  let page = 0;
  for (const line of stdout.split('\n')) {
    if (line.includes('<page ')) page += 1;
    const m = /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/.exec(line);
    if (m) words.push({ page, yMin: Number(m[1]), yMax: Number(m[2]), word: m[3] ?? '' });
  }
  return words;
}
