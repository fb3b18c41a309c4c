/**
 * ESLint rule `groundwork/no-user-facing-literals`: every sentence a person sees
 * comes from the i18n files (common/i18n/en.ts and common/i18n/en/*.ts), so a
 * Spanish file of the same shape can translate all of it.
 *
 * It reports English written straight into the places a person reads:
 * - JSX text (`<p>Saved</p>`) and text props (aria-label, title, placeholder, alt, label, …);
 * - the message of an API error (`new ApiFailure(code, '…')`, `fail(code, '…')`), which screens show;
 * - `new Error('…')` in renderer/ and curriculum/, whose message a screen may show;
 * - `title: '…'` of a window or dialog in electron/.
 * "English" means a run of two letters or more: punctuation, symbols and `${values}` alone pass.
 *
 * The allow-list is the files it does not run on (eslint.config.js says which and why);
 * there is no list of allowed strings.
 */

const FIX =
  "Move the words into common/i18n/en.ts (or common/i18n/en/<feature>.ts) and use t('key') here " +
  '(useTranslation() in React, createI18n() elsewhere), so the Spanish translation can include them.';

/** JSX props whose text a person reads or a screen reader speaks. */
const TEXT_PROPS = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'placeholder',
  'alt',
  'label',
]);

const hasWords = (text) => /\p{L}{2,}/u.test(text);

/** The first stretch of English in an expression that is (or may evaluate to) a literal string, or null. */
function literalWords(node) {
  if (node === null || node === undefined) return null;
  switch (node.type) {
    case 'Literal':
      return typeof node.value === 'string' && hasWords(node.value) ? node.value : null;
    case 'TemplateLiteral': {
      const text = node.quasis.map((q) => q.value.cooked ?? '').join('…');
      return hasWords(node.quasis.map((q) => q.value.cooked ?? '').join(' ')) ? text : null;
    }
    case 'ConditionalExpression':
      return literalWords(node.consequent) ?? literalWords(node.alternate);
    case 'LogicalExpression':
      return literalWords(node.left) ?? literalWords(node.right);
    case 'BinaryExpression':
      return node.operator === '+' ? (literalWords(node.left) ?? literalWords(node.right)) : null;
    case 'JSXExpressionContainer':
      return literalWords(node.expression);
    case 'TSAsExpression':
    case 'TSSatisfiesExpression':
      return literalWords(node.expression);
    default:
      return null;
  }
}

const quote = (text) => JSON.stringify(text.length > 50 ? `${text.slice(0, 47)}...` : text.trim());

/** Options: `errors` (also report `new Error('…')`) and `windowTitles` (also report `title: '…'` properties). */
export default {
  meta: {
    type: 'problem',
    docs: { description: 'User-visible English must come from the i18n files' },
    schema: [
      {
        type: 'object',
        properties: { errors: { type: 'boolean' }, windowTitles: { type: 'boolean' } },
        additionalProperties: false,
      },
    ],
    messages: { literal: '{{where}} shows {{text}} to a person without the i18n files. {{fix}}' },
  },
  create(context) {
    const options = context.options[0] ?? {};
    const report = (node, where, text) =>
      context.report({ node, messageId: 'literal', data: { where, text: quote(text), fix: FIX } });
    /** The message argument of an API error: the second one of `ApiFailure` and `fail`. */
    const checkMessage = (node, name) => {
      const text = literalWords(node.arguments[1]);
      if (text !== null) report(node.arguments[1], `The message of ${name}`, text);
    };
    return {
      JSXText(node) {
        if (hasWords(node.value)) report(node, 'JSX text', node.value);
      },
      JSXAttribute(node) {
        const name = node.name.type === 'JSXIdentifier' ? node.name.name : null;
        if (name === null || !TEXT_PROPS.has(name)) return;
        const text = literalWords(node.value);
        if (text !== null) report(node, `The ${name} prop`, text);
      },
      NewExpression(node) {
        if (node.callee.type !== 'Identifier') return;
        if (node.callee.name === 'ApiFailure') checkMessage(node, 'an ApiFailure');
        else if (node.callee.name === 'Error' && options.errors === true) {
          const text = literalWords(node.arguments[0]);
          if (text !== null) report(node.arguments[0], 'An Error a screen may show', text);
        }
      },
      CallExpression(node) {
        if (node.callee.type === 'Identifier' && node.callee.name === 'fail') checkMessage(node, 'a failed Result');
      },
      Property(node) {
        if (options.windowTitles !== true || node.computed) return;
        const key = node.key.type === 'Identifier' ? node.key.name : node.key.value;
        if (key !== 'title') return;
        const text = literalWords(node.value);
        if (text !== null) report(node.value, 'A window or dialog title', text);
      },
    };
  },
};
