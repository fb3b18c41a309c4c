import { Fragment, isValidElement, type ReactElement, type ReactNode } from 'react';
import type { Block, PartInput, PresentPart } from './sections';

/**
 * Reads a compiled lesson's element tree into parts and blocks for
 * splitSections. A compiled MDX lesson, called with its components, returns a
 * fragment whose children are the anatomy parts (<Learn>, <Practice>...) holding
 * plain elements (h3, p, ul) and exercise components, so the lesson can be cut
 * at its headings without compiling it a second way.
 */

/** The components that mark a lesson's structure, by identity. */
export interface OutlineComponents {
  WhyItMatters: unknown;
  Learn: unknown;
  Practice: unknown;
  Worksheet: unknown;
  TakeItWithYou: unknown;
  FacilitatorNotes: unknown;
  Break: unknown;
}

/** A lesson's parts for the room, and the facilitator notes that belong to the whole lesson. */
export interface LessonOutline {
  parts: PartInput<ReactNode>[];
  lessonNotes: ReactNode[];
}

type AnyElement = ReactElement<Record<string, unknown>>;

/** Weight given to an exercise or other component, on top of its text: people need time to do it. */
const COMPONENT_WEIGHT = 300;

const isElement = (node: unknown): node is AnyElement => isValidElement(node);

/** Children of a node as a flat list, with fragments opened and blank text dropped. */
export function flatChildren(children: unknown): ReactNode[] {
  const out: ReactNode[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (isElement(node) && node.type === Fragment) walk(node.props.children);
    else if (typeof node === 'string' && node.trim() === '') return;
    else if (node !== null && node !== undefined && typeof node !== 'boolean') out.push(node as ReactNode);
  };
  walk(children);
  return out;
}

/** The plain text of a node, such as a heading's title. */
export function textOf(node: unknown): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (isElement(node)) return textOf(node.props.children);
  return '';
}

/** Roughly how much there is to read or do in a node: its text, plus a fixed amount per component. */
export function weightOf(node: unknown): number {
  if (typeof node === 'string' || typeof node === 'number') return String(node).length;
  if (Array.isArray(node)) return node.reduce<number>((sum, n) => sum + weightOf(n), 0);
  if (!isElement(node)) return 0;
  const own = typeof node.type === 'string' ? 0 : COMPONENT_WEIGHT;
  const props = Object.entries(node.props)
    .filter(([key]) => key !== 'children')
    .reduce((sum, [, value]) => sum + textOf(Array.isArray(value) ? value.join(' ') : value).length, 0);
  return own + props + weightOf(node.props.children);
}

const minutesProp = (element: AnyElement): number | undefined => {
  const value = element.props.minutes;
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
};

/** Builds the outline of an expanded lesson (see expandLesson). */
export function lessonOutline(root: ReactNode, components: OutlineComponents): LessonOutline {
  const partOf = new Map<unknown, PresentPart>([
    [components.WhyItMatters, 'why'],
    [components.Learn, 'learn'],
    [components.Practice, 'practice'],
    [components.Worksheet, 'worksheet'],
    [components.TakeItWithYou, 'takeaway'],
  ]);
  const parts: PartInput<ReactNode>[] = [{ part: 'intro', blocks: [] }];
  const lessonNotes: ReactNode[] = [];
  // Content written outside any part is still shown, as teaching content.
  let loose: PartInput<ReactNode> | null = null;

  const blocksOf = (children: unknown): Block<ReactNode>[] =>
    flatChildren(children).map((node): Block<ReactNode> => {
      if (isElement(node) && (node.type === 'h2' || node.type === 'h3')) {
        return { kind: 'heading', title: textOf(node.props.children).trim(), node };
      }
      if (isElement(node) && node.type === components.Break) {
        const title = typeof node.props.title === 'string' ? node.props.title.trim() : '';
        const minutes = minutesProp(node);
        return {
          kind: 'break',
          ...(title === '' ? {} : { title }),
          ...(minutes === undefined ? {} : { minutes }),
        };
      }
      if (isElement(node) && node.type === components.FacilitatorNotes) {
        return { kind: 'notes', node: node.props.children as ReactNode };
      }
      return { kind: 'content', node, weight: weightOf(node) };
    });

  for (const node of flatChildren(root)) {
    const part = isElement(node) ? partOf.get(node.type) : undefined;
    if (isElement(node) && part !== undefined) {
      loose = null;
      const minutes = minutesProp(node);
      parts.push({ part, blocks: blocksOf(node.props.children), ...(minutes === undefined ? {} : { minutes }) });
    } else if (isElement(node) && node.type === components.FacilitatorNotes) {
      lessonNotes.push(node.props.children as ReactNode);
    } else {
      if (loose === null) {
        loose = { part: 'learn', blocks: [] };
        parts.push(loose);
      }
      loose.blocks.push(...blocksOf(node));
    }
  }
  return { parts, lessonNotes };
}

/**
 * Calls a compiled lesson's content function to get its element tree. MDX's
 * content function only builds elements (it uses no hooks) when no wrapper
 * component is given, so calling it directly is safe.
 */
export function expandLesson(Content: unknown, components: object): ReactNode {
  if (typeof Content !== 'function') throw new Error('The compiled lesson is not a function component.');
  const render = Content as (props: { components: Record<string, unknown> }) => ReactNode;
  return render({ components: { ...components } as Record<string, unknown> });
}
