/**
 * Lessons whose frontmatter tries to run code, for the tests of
 * core/curriculum/frontmatter.ts and of the lesson list. Each payload, if it ever
 * ran, would write a marker file and set a global; the tests check neither happened.
 */

/** The global a payload sets when it runs. */
export const ranKey = '__groundworkFrontmatterRan';

/** A worksheet, so a lesson whose frontmatter got through would also compile. */
export const lessonBody = '\n<Worksheet>\n\n<ShortText id="a" label="A" />\n\n</Worksheet>\n';

const rest =
  "title: 'Evil lesson', module: 'coping-skills', order: 1, summary: 'This lesson runs code.', objectives: ['Run code'], minutes: 45";

/** JavaScript that writes the marker and sets the global while it is evaluated. */
const jsObject = (mark: string, id: string): string =>
  `{ id: (require('fs').writeFileSync(${JSON.stringify(mark)}, 'x'), globalThis.${ranKey} = true, '${id}'), ${rest} }`;

const yaml = (idLine: string): string =>
  `---\n${idLine}\ntitle: Evil lesson\nmodule: coping-skills\norder: 1\nsummary: This lesson runs code.\nobjectives:\n  - Run code\nminutes: 45\n---\n${lessonBody}`;

const json = JSON.stringify({
  id: 'json-lesson',
  title: 'JSON lesson',
  module: 'coping-skills',
  order: 1,
  summary: 'Frontmatter written as JSON.',
  objectives: ['Read JSON'],
  minutes: 45,
});

type Where = { line: number; column: number };

/** [name, source given the marker path, where the problem is reported]. */
export const hostileFences: [string, (mark: string) => string, Where][] = [
  ['---js', (mark) => `---js\n${jsObject(mark, 'evil-js')}\n---\n${lessonBody}`, { line: 1, column: 4 }],
  [
    '--- javascript',
    (mark) => `--- javascript\n${jsObject(mark, 'evil-javascript')}\n---\n${lessonBody}`,
    { line: 1, column: 5 },
  ],
  ['---JS', (mark) => `---JS\n${jsObject(mark, 'evil-upper')}\n---\n${lessonBody}`, { line: 1, column: 4 }],
  ['---coffee', (mark) => `---coffee\n${jsObject(mark, 'evil-coffee')}\n---\n${lessonBody}`, { line: 1, column: 4 }],
  ['---json', () => `---json\n${json}\n---\n${lessonBody}`, { line: 1, column: 4 }],
  ['---yaml with a custom tag', () => `---yaml\nid: !evil x\n---\n${lessonBody}`, { line: 1, column: 4 }],
  [
    'a !!js/function tag',
    (mark) => yaml(`id: !!js/function "function () { require('fs').writeFileSync('${mark}', 'x') }"`),
    { line: 2, column: 5 },
  ],
  ['a !!js/regexp tag', () => yaml('id: !!js/regexp /evil/'), { line: 2, column: 5 }],
  ['a !!js/undefined tag', () => yaml("id: !!js/undefined ''"), { line: 2, column: 5 }],
  ['a custom tag', () => yaml('id: !evil evil-tag'), { line: 2, column: 5 }],
];
