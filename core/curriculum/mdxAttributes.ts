/**
 * Reading attribute values of MDX elements as the lesson wrote them. Only
 * literals count: a value that is code reads as undefined (and remarkLessonRules
 * refuses it).
 */
import { optionValue, type ChoiceOption } from '../../common/optionValue';

export interface Point {
  line: number;
  column: number;
}
export interface MdastNode {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: MdxAttribute[];
  children?: MdastNode[];
  position?: { start: Point; end: Point };
  data?: { estree?: EstreeProgram };
}
export interface MdxAttribute {
  type: string;
  name?: string;
  value?: string | null | { type: string; value: string; data?: { estree?: EstreeProgram } };
  position?: { start: Point; end: Point };
}
export interface EstreeNode {
  type: string;
  [key: string]: unknown;
}
export interface EstreeProgram {
  body: EstreeNode[];
}

const findAttribute = (node: MdastNode, name: string): MdxAttribute | undefined =>
  node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);

/** Whether the element has the attribute at all, whatever its value. */
export function hasAttribute(node: MdastNode, name: string): boolean {
  return findAttribute(node, name) !== undefined;
}

/** The one expression of an attribute written in { }, or undefined. */
function expressionOf(attr: MdxAttribute | undefined): EstreeNode | undefined {
  const value = attr?.value;
  if (value === null || value === undefined || typeof value !== 'object') return undefined;
  const statement = value.data?.estree?.body[0];
  return statement?.type === 'ExpressionStatement' ? (statement.expression as EstreeNode) : undefined;
}

/** An attribute written as plain text, such as label="My plan". */
export function attributeString(node: MdastNode, name: string): string | undefined {
  const value = findAttribute(node, name)?.value;
  return typeof value === 'string' ? value : undefined;
}

/** An attribute written as a number, such as max={100}. */
export function attributeNumber(node: MdastNode, name: string): number | undefined {
  const expression = expressionOf(findAttribute(node, name));
  return expression?.type === 'Literal' && typeof expression.value === 'number' ? expression.value : undefined;
}

/** A flag attribute: written bare (`other`) or as a literal (`other={false}`); absent is false. */
export function attributeFlag(node: MdastNode, name: string): boolean | 'invalid' {
  const attr = findAttribute(node, name);
  if (attr === undefined) return false;
  if (attr.value === null || attr.value === undefined) return true;
  const expression = expressionOf(attr);
  return expression?.type === 'Literal' && typeof expression.value === 'boolean' ? expression.value : 'invalid';
}

/** An attribute written as a list of plain strings, such as columns={["Time", "Plan"]}. */
export function attributeStrings(node: MdastNode, name: string): string[] | undefined {
  const expression = expressionOf(findAttribute(node, name));
  if (expression?.type !== 'ArrayExpression') return undefined;
  const items = (expression.elements as EstreeNode[]).map((e) => (e.type === 'Literal' ? e.value : undefined));
  return items.every((i): i is string => typeof i === 'string') ? items : undefined;
}

/**
 * A list of choices, each plain text ("Racing heart") or `{ value: "racing-heart",
 * label: "Corazón acelerado" }` with exactly those two text properties. Plain text
 * gets its slug as value (common/optionValue.ts); anything else reads as undefined.
 */
export function attributeOptions(node: MdastNode, name: string): ChoiceOption[] | undefined {
  const expression = expressionOf(findAttribute(node, name));
  if (expression?.type !== 'ArrayExpression') return undefined;
  const options = (expression.elements as EstreeNode[]).map(optionOf);
  return options.every((o): o is ChoiceOption => o !== undefined) ? options : undefined;
}

function optionOf(element: EstreeNode): ChoiceOption | undefined {
  if (element.type === 'Literal') {
    return typeof element.value === 'string' ? { value: optionValue(element.value), label: element.value } : undefined;
  }
  if (element.type !== 'ObjectExpression') return undefined;
  const fields = new Map<string, unknown>();
  for (const property of element.properties as EstreeNode[]) {
    const key = property.key as EstreeNode | undefined;
    const keyName = key?.type === 'Identifier' ? key.name : key?.type === 'Literal' ? key.value : undefined;
    const value = property.value as EstreeNode | undefined;
    if (typeof keyName !== 'string' || value?.type !== 'Literal' || fields.has(keyName)) return undefined;
    fields.set(keyName, value.value);
  }
  const value = fields.get('value');
  const label = fields.get('label');
  if (fields.size !== 2 || typeof value !== 'string' || typeof label !== 'string') return undefined;
  return { value, label };
}
