import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createI18n } from '../../../common/i18n/createI18n';
import { compileLesson } from '../../../core/curriculum/compileLesson';
import { LessonCache } from '../../../core/curriculum/lessonCache';
import {
  expandLesson,
  flatChildren,
  lessonOutline,
  textOf,
  weightOf,
  type OutlineComponents,
} from '../../../common/presenter/lessonOutline';
import { planLesson, timedPartOf } from '../../../common/presenter/plan';
import { splitSections } from '../../../common/presenter/sections';
import { loadLessonComponent } from '../../../core/worksheet/renderWorksheet';
import { lessonComponents } from '../../../curriculum/components';

const root = join(import.meta.dirname, '../../..');
let work: string;
let cache: LessonCache;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'groundwork-outline-'));
  cache = new LessonCache(work);
});
afterAll(() => rm(work, { recursive: true, force: true }));

/** Compiles MDX source the way the app does and returns its sections and lesson notes. */
async function outlineOf(source: string) {
  const lesson = await cache.put(await compileLesson(source, 'lesson.mdx'));
  const Content = await loadLessonComponent(cache.modulePath(lesson.hash) ?? '');
  const outline = lessonOutline(expandLesson(Content, lessonComponents), lessonComponents);
  const sections = splitSections(outline.parts);
  return { lesson, outline, sections, plan: planLesson(sections, lesson.frontmatter).sections };
}

const i18n = createI18n('en');
const html = (nodes: unknown[]): string =>
  renderToStaticMarkup(<I18nextProvider i18n={i18n}>{nodes as ReactNode[]}</I18nextProvider>);

const frontmatter = `---
id: no-headings
title: A Lesson With No Headings
module: coping-skills
order: 1
summary: Only paragraphs, to check that splitting still works.
objectives:
  - Read along
minutes: 30
---
`;
const worksheet = '\n<Worksheet>\n\n<ShortText id="note" label="A note" />\n\n</Worksheet>\n';

describe('lessonOutline on compiled lessons', () => {
  it('gives a lesson with no headings one section per part, plus its title screen', async () => {
    const { sections, plan } = await outlineOf(
      `${frontmatter}\n<WhyItMatters>\n\nIt matters.\n\n</WhyItMatters>\n\n<Learn>\n\nFirst idea.\n\nSecond idea.\n\n</Learn>\n${worksheet}`,
    );
    expect(sections.map((s) => [s.part, s.title])).toEqual([
      ['intro', null],
      ['why', null],
      ['learn', null],
      ['worksheet', null],
    ]);
    expect(html(sections[2]?.nodes ?? [])).toBe('<p>First idea.</p><p>Second idea.</p>');
    expect(plan.reduce((a, b) => a + b, 0)).toBe(30);
  });

  it('splits at <Break />, plans by part and break minutes when there is no timing, and keeps notes out of what the room sees', async () => {
    const { sections, outline, plan } = await outlineOf(`${frontmatter}
<Learn minutes={20}>

Opening.

<Break title="Say it back" minutes={4} />

Your turn.

<FacilitatorNotes>

Pause here for questions.

</FacilitatorNotes>

</Learn>

<Practice>

Breathe.

</Practice>
${worksheet}
<FacilitatorNotes>

### Timing

Whole-lesson note.

</FacilitatorNotes>
`);
    expect(sections.map((s) => [s.part, s.title, s.minutes])).toEqual([
      ['intro', null, undefined],
      ['learn', null, undefined],
      ['learn', 'Say it back', 4],
      ['practice', null, undefined],
      ['worksheet', null, undefined],
    ]);
    const shown = html(sections.flatMap((s) => s.nodes));
    expect(shown).toContain('Your turn.');
    expect(shown).not.toContain('Pause here');
    expect(shown).not.toContain('Whole-lesson note');
    expect(html(sections[2]?.notes ?? [])).toContain('Pause here for questions.');
    expect(html(outline.lessonNotes)).toContain('Whole-lesson note.');
    // No timing in the frontmatter: the part keeps its 20 minutes, the break its 4, and the
    // other 10 go to the opening, practice and worksheet in the usual 1 : 2 : 2.
    expect(plan).toEqual([2, 16, 4, 4, 4]);
  });

  it('splits every real lesson at its headings, with all the content and none of the notes', async () => {
    const dir = join(root, 'curriculum/lessons');
    const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.mdx'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const source = await readFile(join(dir, file), 'utf8');
      const { sections, outline, plan, lesson } = await outlineOf(source);
      const headings = [
        ...source.replace(/<FacilitatorNotes>[\s\S]*?<\/FacilitatorNotes>/g, '').matchAll(/^#{2,3} (.+)$/gm),
      ];
      const titled = sections.filter((s) => s.title !== null);
      expect(
        titled.map((s) => s.title),
        file,
      ).toEqual(headings.map((m) => textOf(m[1]).replace(/\*\*/g, '').trim()));
      expect(new Set(sections.map((s) => s.part)), file).toContain('worksheet');
      expect(outline.lessonNotes.length, file).toBeGreaterThan(0);
      const notesText = textOf(outline.lessonNotes).slice(0, 200);
      expect(html(sections.flatMap((s) => s.nodes)), file).not.toContain(notesText.slice(0, 40));
      expect(
        plan.reduce((a, b) => a + b, 0),
        file,
      ).toBe(lesson.frontmatter.minutes);
      expect(
        plan.every((p) => Number.isInteger(p) && p > 0),
        file,
      ).toBe(true);
      // Each part gets the minutes the lesson's own timing gives it.
      const timing = lesson.frontmatter.timing;
      expect(timing, file).toBeDefined();
      for (const [part, minutes] of Object.entries(timing ?? {})) {
        const planned = plan.filter((_, i) => timedPartOf(sections[i]?.part ?? 'intro') === part);
        expect(
          planned.reduce((a, b) => a + b, 0),
          `${file} ${part}`,
        ).toBe(minutes);
      }
    }
  });
});

/** Stand-ins for the lesson's structural components: the outline knows them only by identity. */
type Props = { children?: ReactNode; minutes?: unknown; title?: unknown };
const stub = (name: string) => Object.assign((props: Props) => props.children ?? null, { displayName: name });
const structure = {
  WhyItMatters: stub('WhyItMatters'),
  Learn: stub('Learn'),
  Practice: stub('Practice'),
  Worksheet: stub('Worksheet'),
  TakeItWithYou: stub('TakeItWithYou'),
  FacilitatorNotes: stub('FacilitatorNotes'),
  Break: stub('Break'),
} satisfies OutlineComponents;
const { Learn, Practice, Worksheet, FacilitatorNotes, Break } = structure;
const ShortText = (_: { id: string; label: string }): ReactNode => null;
const Checklist = (_: { id: string; options: string[] }): ReactNode => null;

describe('lessonOutline on hand-made element trees', () => {
  it('opens fragments and arrays, and drops blank text, null, undefined and true/false', () => {
    const p = <p>Breathe.</p>;
    expect(flatChildren(['Hello', ' \n ', null, undefined, false, true, 0, [<>{p}</>]])).toEqual(['Hello', 0, p]);
  });

  it('reads the plain text of a heading, numbers included and empty children left out', () => {
    expect(
      textOf(
        <h3>
          Step {2}: <em>breathe</em>
          {null}
          {false}
        </h3>,
      ),
    ).toBe('Step 2: breathe');
    expect(textOf(['a', 'b'])).toBe('ab');
    expect(textOf(null)).toBe('');
  });

  it('weighs text by its length, and each component by a fixed amount plus the words of its props', () => {
    expect(weightOf('Breathe in.')).toBe(11);
    expect(weightOf(42)).toBe(2);
    expect(weightOf(['ab', 'cd'])).toBe(4);
    expect(weightOf(null)).toBe(0);
    expect(weightOf(<p className="x">Breathe in.</p>)).toBe(1 + 11);
    expect(
      weightOf(
        <ul>
          <li>Tea</li>
          <li>Walk</li>
        </ul>,
      ),
    ).toBe(7);
    expect(weightOf(<ShortText id="note" label="A note" />)).toBe(300 + 4 + 6);
    // A list prop counts its items with a space between them.
    expect(weightOf(<Checklist id="signs" options={['Tea', 'Walk']} />)).toBe(300 + 5 + 8);
    expect(
      weightOf(
        <Learn>
          <p>Hi</p>
        </Learn>,
      ),
    ).toBe(300 + 2);
  });

  it('splits parts into headings (h2 and h3), breaks, notes and weighed content, with the intro first', () => {
    const para = <p>Breathe in.</p>;
    const h2 = <h2> Why it helps </h2>;
    const h3 = <h3>Try it</h3>;
    const outline = lessonOutline(
      <>
        <Learn minutes={20}>
          {h2}
          {para}
          <Break title=" Say it back " minutes={4} />
          <Break />
          <FacilitatorNotes>Pause.</FacilitatorNotes>
          {h3}
        </Learn>
        <Practice>{para}</Practice>
      </>,
      structure,
    );
    expect(outline).toStrictEqual({
      parts: [
        { part: 'intro', blocks: [] },
        {
          part: 'learn',
          minutes: 20,
          blocks: [
            { kind: 'heading', title: 'Why it helps', node: h2 },
            { kind: 'content', node: para, weight: 11 },
            { kind: 'break', title: 'Say it back', minutes: 4 },
            { kind: 'break' },
            { kind: 'notes', node: 'Pause.' },
            { kind: 'heading', title: 'Try it', node: h3 },
          ],
        },
        { part: 'practice', blocks: [{ kind: 'content', node: para, weight: 11 }] },
      ],
      lessonNotes: [],
    });
  });

  it('ignores minutes that are not a count of minutes (text, negative, endless), and keeps 0', () => {
    const minutesOf = (minutes: unknown) =>
      lessonOutline(
        <Worksheet minutes={minutes}>
          <Break minutes={minutes} />
        </Worksheet>,
        structure,
      ).parts[1];
    for (const bad of ['5', -5, Number.POSITIVE_INFINITY, Number.NaN]) {
      expect(minutesOf(bad), String(bad)).toStrictEqual({ part: 'worksheet', blocks: [{ kind: 'break' }] });
    }
    expect(minutesOf(0)).toStrictEqual({ part: 'worksheet', minutes: 0, blocks: [{ kind: 'break', minutes: 0 }] });
  });

  it('keeps an empty break title out, as a break with no title', () => {
    const outline = lessonOutline(
      <Learn>
        <Break title="  " />
      </Learn>,
      structure,
    );
    expect(outline.parts[1]?.blocks).toStrictEqual([{ kind: 'break' }]);
  });

  it('shows content written outside any part as teaching, one part per run of it, and keeps whole-lesson notes apart', () => {
    const a = <p>Before.</p>;
    const b = <p>Still before.</p>;
    const c = <p>After.</p>;
    const outline = lessonOutline(
      <>
        {a}
        {b}
        <FacilitatorNotes>Whole-lesson note.</FacilitatorNotes>
        <Practice>{c}</Practice>
        {c}
      </>,
      structure,
    );
    expect(outline.lessonNotes).toEqual(['Whole-lesson note.']);
    expect(outline.parts).toStrictEqual([
      { part: 'intro', blocks: [] },
      {
        part: 'learn',
        blocks: [
          { kind: 'content', node: a, weight: 7 },
          { kind: 'content', node: b, weight: 13 },
        ],
      },
      { part: 'practice', blocks: [{ kind: 'content', node: c, weight: 6 }] },
      { part: 'learn', blocks: [{ kind: 'content', node: c, weight: 6 }] },
    ]);
  });

  it('calls a compiled lesson with its components, and refuses anything that is not a component', () => {
    const Content = (props: { components: Record<string, unknown> }): ReactNode => (
      <p>{Object.keys(props.components).join(' ')}</p>
    );
    expect(expandLesson(Content, { Learn, Practice })).toStrictEqual(<p>Learn Practice</p>);
    expect(() => expandLesson({ default: Content }, structure)).toThrow(
      'The compiled lesson is not a function component.',
    );
  });
});
