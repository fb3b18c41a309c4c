import { checkInMinutes } from '../../common/answerBounds';
import type { ExerciseRef } from '../../common/exercises';
import type { ChoiceOption } from '../../common/optionValue';
import { defaultTitleKey, exerciseIdSchema, exerciseTypeByComponent } from '../../common/exercises';
import { createI18n } from '../../common/i18n/createI18n';
import { optionValueSchema } from '../../common/exercises';
import { allowedComponents, allowedHtml } from './lessonComponents';
import {
  attributeFlag,
  attributeNumber,
  attributeOptions,
  attributeString,
  attributeStrings,
  hasAttribute,
  type EstreeNode,
  type MdastNode,
  type Point,
} from './mdxAttributes';

/**
 * A remark plugin run while a lesson compiles. It keeps lessons to plain content:
 * only known components, no imports or exports, and attribute values that are
 * literals (so a lesson cannot run code in the app). It also collects the
 * lesson's exercises, rejecting missing or duplicate ids. Problems are reported
 * through `file.fail`, which carries the line and column to the author.
 */

interface VFileLike {
  fail(reason: string, place?: unknown): never;
  data: Record<string, unknown>;
}

/** True when an expression is made only of literals: strings, numbers, booleans, arrays and plain objects. */
function isLiteralExpression(node: EstreeNode): boolean {
  switch (node.type) {
    case 'Literal':
      return true;
    case 'TemplateLiteral':
      return (node.expressions as unknown[]).length === 0;
    case 'UnaryExpression':
      return node.operator === '-' && isLiteralExpression(node.argument as EstreeNode);
    case 'ArrayExpression':
      return (node.elements as (EstreeNode | null)[]).every((e) => e !== null && isLiteralExpression(e));
    case 'ObjectExpression':
      return (node.properties as EstreeNode[]).every(
        (p) =>
          p.type === 'Property' &&
          !p.computed &&
          p.kind === 'init' &&
          !p.method &&
          isLiteralExpression(p.value as EstreeNode),
      );
    default:
      return false;
  }
}

/** Props no lesson may set on any element: raw HTML, inline styles, refs, keys and event handlers. */
const FORBIDDEN_PROPS = /^(dangerouslySetInnerHTML|style|ref|key|srcDoc|on[A-Z].*)$/;

/** An unlabelled exercise (a practice, a plan) is named in reports and messages by its type's English title. */
function defaultLabel(type: ExerciseRef['type'], id: string): string {
  const key = defaultTitleKey(type);
  return key === undefined ? id : createI18n('en').t(key);
}

/** Exercises found in the lesson, stored on the compiled file's data by the plugin. */
export function exercisesOf(data: Record<string, unknown>): ExerciseRef[] {
  return (data.exercises as ExerciseRef[] | undefined) ?? [];
}

export function remarkLessonRules() {
  return (tree: MdastNode, file: VFileLike): void => {
    const exercises: ExerciseRef[] = [];
    const seen = new Map<string, Point>();

    const visit = (node: MdastNode): void => {
      switch (node.type) {
        case 'mdxjsEsm':
          // mdx-bundler adds its own frontmatter export, which has no position in the source.
          if (node.position !== undefined)
            file.fail('Lessons cannot use import or export; the exercise components are available by name.', node);
          break;
        case 'mdxFlowExpression':
        case 'mdxTextExpression': {
          // Comments ({/* ... */}) are allowed; any other expression would be code.
          const body = node.data?.estree?.body ?? [];
          if (body.length > 0) file.fail('Lessons cannot contain code in { }; write plain text instead.', node);
          break;
        }
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement':
          checkElement(node);
          break;
        default:
          break;
      }
      node.children?.forEach(visit);
    };

    const checkElement = (node: MdastNode): void => {
      const name = node.name;
      if (name === null || name === undefined) {
        file.fail('Fragments (<>...</>) are not used in lessons; remove the empty tag.', node);
      }
      if (/^[a-z]/.test(name) ? !allowedHtml.has(name) : !allowedComponents.has(name)) {
        file.fail(`Unknown component <${name}>. Lessons may use: ${[...allowedComponents].sort().join(', ')}.`, node);
      }
      for (const attr of node.attributes ?? []) {
        if (attr.type !== 'mdxJsxAttribute') {
          file.fail(`Spread attributes are not allowed on <${name}>.`, attr.position ? attr : node);
        }
        const attrName = attr.name ?? '';
        // Props that would let a lesson inject markup, styles or handlers; HTML elements may only have a title.
        const htmlElement = /^[a-z]/.test(name);
        if (FORBIDDEN_PROPS.test(attrName) || (htmlElement && attrName !== 'title')) {
          file.fail(
            htmlElement
              ? `<${name}> may only have a title attribute, not ${attrName}.`
              : `The attribute ${attrName} is not allowed on <${name}>.`,
            attr.position ? attr : node,
          );
        }
        const value = attr.value;
        if (value !== null && typeof value === 'object') {
          const body = value.data?.estree?.body ?? [];
          const expr = body[0]?.type === 'ExpressionStatement' ? (body[0].expression as EstreeNode) : undefined;
          if (body.length !== 1 || expr === undefined || !isLiteralExpression(expr)) {
            file.fail(
              `The value of ${attr.name ?? 'an attribute'} on <${name}> must be plain text, a number, or a list in [ ].`,
              attr.position ? attr : node,
            );
          }
        }
      }
      const type = exerciseTypeByComponent.get(name);
      if (type === undefined) return;
      const id = attributeString(node, 'id');
      if (id === undefined) file.fail(`<${name}> needs an id, like id="my-triggers".`, node);
      const parsed = exerciseIdSchema.safeParse(id);
      if (!parsed.success) file.fail(`The id "${id}" on <${name}>: ${parsed.error.issues[0]?.message}.`, node);
      const first = seen.get(id);
      if (first !== undefined) {
        file.fail(`The exercise id "${id}" is used twice (first on line ${first.line}); each id must be unique.`, node);
      }
      seen.set(id, node.position?.start ?? { line: 0, column: 0 });
      const max = attributeNumber(node, 'max');
      if (type === 'scale' && max !== undefined && max !== 10 && max !== 100) {
        file.fail(`A scale's max must be 10 or 100, not ${max}.`, node);
      }
      const columns = attributeStrings(node, 'columns');
      if (type === 'table' && (columns === undefined || columns.length < 1 || columns.length > 8)) {
        file.fail(`<${name}> needs columns={["First", "Second"]}: a list of 1 to 8 column headings.`, node);
      }
      const rows = attributeNumber(node, 'rows');
      const options = attributeOptions(node, 'options');
      const choices = ['single-choice', 'multiple-choice', 'checklist'].includes(type);
      if (choices) checkOptions(node, name, options);
      const other = attributeFlag(node, 'other');
      if (other === 'invalid') file.fail(`Write other on <${name}> alone, or as other={false}.`, node);
      exercises.push({
        id,
        type,
        label: attributeString(node, 'label') ?? defaultLabel(type, id),
        ...(max === undefined ? {} : { max }),
        ...(type === 'table' ? { columns } : {}),
        ...(type === 'table' && rows !== undefined ? { rows } : {}),
        ...(choices ? { options } : {}),
        ...(type === 'checklist' ? { other } : {}),
        ...(type === 'urge-surfing-timer' ? { checkIns: timerCheckIns(node, name) } : {}),
      });
    };

    /**
     * Choices are stored by value, so each needs a well-formed value of its own:
     * two options with one value would be one answer under two labels.
     */
    const checkOptions: (node: MdastNode, name: string, options: ChoiceOption[] | undefined) => void = (
      node,
      name,
      options,
    ) => {
      if (options === undefined || options.length < 2) {
        file.fail(
          `<${name}> needs options={["One", "Two"]}: a list of at least two choices, each text or { value: "one", label: "One" }.`,
          node,
        );
      }
      const seen = new Set<string>();
      for (const { value, label } of options) {
        if (label.trim() === '') file.fail(`<${name}> has an option with no label; give each option its words.`, node);
        const parsed = optionValueSchema.safeParse(value);
        if (!parsed.success) {
          file.fail(
            `The option value "${value}" on <${name}>: use lowercase letters, digits and single hyphens, at most 60 characters.`,
            node,
          );
        }
        if (seen.has(value)) {
          file.fail(
            `Two options on <${name}> have the value "${value}"; each choice needs a value of its own (a slug of its words).`,
            node,
          );
        }
        seen.add(value);
      }
    };

    /** The check-in minutes of an urge-surfing timer, from whole-minute props the component accepts. */
    const timerCheckIns = (node: MdastNode, name: string): number[] => {
      const wholeMinutes = (prop: string): number | undefined => {
        const value = attributeNumber(node, prop);
        const fits = value !== undefined && Number.isInteger(value) && value >= 1 && value <= 120;
        if (hasAttribute(node, prop) && !fits) {
          file.fail(`<${name}> ${prop} must be a whole number of minutes from 1 to 120, like ${prop}={5}.`, node);
        }
        return value;
      };
      return checkInMinutes(wholeMinutes('minutes'), wholeMinutes('checkInEvery'));
    };

    visit(tree);
    file.data.exercises = exercises;
  };
}
