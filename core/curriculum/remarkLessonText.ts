/**
 * A remark plugin that records, while a lesson compiles, what the curriculum check
 * needs: the anatomy parts in the order they appear, and the text a patient reads
 * (everything but the facilitator notes), one block per paragraph, heading, list
 * item or exercise label. It changes nothing in the lesson.
 */

interface TextNode {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: TextNode[];
}

/** What the plugin leaves on the compiled file. */
export interface LessonText {
  /** The lesson's top-level anatomy parts as they appear, such as ["WhyItMatters", "Learn", ...]. */
  parts: string[];
  /** Every component the lesson uses, once each, such as "Caution" or "Scale". */
  components: string[];
  /** Blocks of patient-facing text (facilitator notes excluded). */
  patientBlocks: string[];
  /** Blocks of the facilitator notes. */
  facilitatorBlocks: string[];
}

const PARTS = new Set(['WhyItMatters', 'Learn', 'Practice', 'Worksheet', 'TakeItWithYou', 'FacilitatorNotes']);
const BLOCKS = new Set(['paragraph', 'heading', 'listItem', 'tableCell']);
/** Props of exercise components that a person reads. */
const READ_PROPS = new Set(['label', 'hint', 'minLabel', 'maxLabel', 'front', 'back', 'title', 'prompt']);

function inlineText(node: TextNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return String(node.value ?? '');
  if (node.type === 'break') return ' ';
  return (node.children ?? []).map(inlineText).join('');
}

/** String values inside a literal attribute expression, such as options={["a", "b"]}. */
function literalStrings(value: unknown): string[] {
  const estree = (value as { data?: { estree?: unknown } } | null)?.data?.estree;
  const found: string[] = [];
  const walk = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    const n = node as { type?: string; value?: unknown };
    if (n.type === 'Literal' && typeof n.value === 'string') found.push(n.value);
    for (const child of Object.values(node)) if (typeof child === 'object') walk(child);
  };
  walk(estree);
  return found;
}

export function remarkLessonText() {
  return (tree: TextNode, file: { data: Record<string, unknown> }): void => {
    const text: LessonText = { parts: [], components: [], patientBlocks: [], facilitatorBlocks: [] };
    const visit = (node: TextNode, inNotes: boolean, topLevel: boolean): void => {
      const target = inNotes ? text.facilitatorBlocks : text.patientBlocks;
      const isJsx = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
      if (isJsx && typeof node.name === 'string') {
        // Only the lesson's own parts count: notes inside a part are a section's notes for the presenter.
        if (PARTS.has(node.name) && topLevel) text.parts.push(node.name);
        if (!text.components.includes(node.name)) text.components.push(node.name);
      }
      const notes = inNotes || (isJsx && node.name === 'FacilitatorNotes');
      if (isJsx) {
        for (const attr of node.attributes ?? []) {
          if (attr.type !== 'mdxJsxAttribute' || attr.name === undefined) continue;
          if (typeof attr.value === 'string' && READ_PROPS.has(attr.name)) target.push(attr.value);
          else if (typeof attr.value === 'object' && attr.value !== null) target.push(...literalStrings(attr.value));
        }
      }
      // A list item holding a nested list is read through its children; any other block is read whole.
      const nested = node.type === 'listItem' && (node.children ?? []).some((c) => c.type === 'list');
      if (BLOCKS.has(node.type) && !nested) {
        const block = inlineText(node).replace(/\s+/g, ' ').trim();
        if (block !== '') (notes ? text.facilitatorBlocks : text.patientBlocks).push(block);
        return;
      }
      for (const child of node.children ?? []) visit(child, notes, node.type === 'root');
    };
    visit(tree, false, false);
    file.data.lessonText = text;
  };
}
