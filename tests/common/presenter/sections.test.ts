import { describe, expect, it } from 'vitest';
import { formatClock, paceOf, splitSections, type PartInput } from '../../../common/presenter/sections';

const text = (s: string) => ({ kind: 'content' as const, node: s, weight: s.length });
const heading = (title: string) => ({ kind: 'heading' as const, title, node: `# ${title}` });

describe('splitSections', () => {
  it('starts a section at every heading, with content before the first heading titled by its part', () => {
    const parts: PartInput<string>[] = [
      { part: 'intro', blocks: [] },
      {
        part: 'learn',
        blocks: [text('opening words'), heading('One'), text('a'), heading('Two'), text('b'), text('c')],
      },
    ];
    const sections = splitSections(parts);
    expect(sections.map((s) => [s.part, s.title, s.nodes])).toEqual([
      ['intro', null, []],
      ['learn', null, ['opening words']],
      ['learn', 'One', ['a']],
      ['learn', 'Two', ['b', 'c']],
    ]);
    expect(sections.map((s) => s.index)).toEqual([0, 1, 2, 3]);
  });

  it('keeps a lesson with no headings as one section per part, and an empty lesson as one section', () => {
    const sections = splitSections<string>([
      { part: 'intro', blocks: [] },
      { part: 'why', blocks: [text('why it matters')] },
      { part: 'learn', blocks: [text('p1'), text('p2'), text('p3')] },
    ]);
    expect(sections.map((s) => [s.part, s.title, s.nodes.length])).toEqual([
      ['intro', null, 0],
      ['why', null, 1],
      ['learn', null, 3],
    ]);
    expect(splitSections([])).toHaveLength(1);
    expect(splitSections<string>([{ part: 'learn', blocks: [] }])).toHaveLength(1);
  });

  it('splits at a <Break />, carrying the title on when the break has none, and keeps notes off the screen', () => {
    const sections = splitSections<string>([
      {
        part: 'practice',
        blocks: [
          heading('Breathe'),
          text('in for 4'),
          { kind: 'notes', node: 'watch the room' },
          { kind: 'break' },
          text('out for 6'),
          { kind: 'break', title: 'Talk about it', minutes: 5 },
          text('what did you notice?'),
        ],
      },
    ]);
    expect(sections.map((s) => [s.title, s.continued, s.nodes, s.notes, s.minutes])).toEqual([
      ['Breathe', false, ['in for 4'], ['watch the room'], undefined],
      ['Breathe', true, ['out for 6'], [], undefined],
      ['Talk about it', false, ['what did you notice?'], [], 5],
    ]);
  });
});

describe('splitSections, what planning reads', () => {
  it('weighs a section by its heading and content, at least a short section’s worth, and carries the part’s minutes', () => {
    const sections = splitSections<string>([
      {
        part: 'learn',
        minutes: 20,
        blocks: [
          { kind: 'break', title: 'Pair up', minutes: 3 },
          text('x'.repeat(100)),
          heading('A heading of some length'),
          text('y'.repeat(300)),
        ],
      },
      { part: 'practice', blocks: [text('z'.repeat(500))] },
    ]);
    expect(sections.map((s) => [s.title, s.continued, s.weight, s.minutes, s.partMinutes])).toEqual([
      ['Pair up', false, 120, 3, 20],
      ['A heading of some length', false, 324, undefined, 20],
      [null, false, 500, undefined, undefined],
    ]);
  });

  it('opens a part with a <Break /> as a new section with no title, not a continued one', () => {
    const sections = splitSections<string>([{ part: 'practice', blocks: [{ kind: 'break' }, text('breathe')] }]);
    expect(sections.map((s) => [s.title, s.continued, s.nodes])).toEqual([[null, false, ['breathe']]]);
  });

  it('gives an empty title screen its section, but not another empty part, nor a title screen with content an extra one', () => {
    const sections = splitSections<string>([
      { part: 'intro', blocks: [] },
      { part: 'why', blocks: [] },
      { part: 'learn', blocks: [text('p1')] },
    ]);
    expect(sections.map((s) => s.part)).toEqual(['intro', 'learn']);
    expect(splitSections<string>([{ part: 'intro', blocks: [text('Welcome')] }]).map((s) => s.nodes)).toEqual([
      ['Welcome'],
    ]);
  });

  it('gives an empty lesson one blank title screen', () => {
    const blank = { index: 0, part: 'intro', title: null, continued: false, nodes: [], notes: [], weight: 120 };
    expect(splitSections([])).toEqual([blank]);
    expect(splitSections<string>([{ part: 'learn', blocks: [] }])).toEqual([blank]);
  });
});

describe('paceOf and formatClock', () => {
  it('is on time under 80 %, almost at 80–100 %, then over', () => {
    expect(paceOf(0, 60)).toBe('not-started');
    expect(paceOf(30, 60)).toBe('on-time');
    expect(paceOf(48, 60)).toBe('almost');
    expect(paceOf(60, 60)).toBe('almost');
    expect(paceOf(61, 60)).toBe('over');
    expect(paceOf(1, 0)).toBe('over');
  });

  it('formats minutes and seconds, and hours when needed', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(65.9)).toBe('1:05');
    expect(formatClock(3725)).toBe('1:02:05');
    expect(formatClock(-30)).toBe('−0:30');
  });
});
