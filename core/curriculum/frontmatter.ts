import { isAlias, isNode, LineCounter, parseDocument, visit } from 'yaml';

/**
 * Lesson frontmatter is read here and nowhere else, as plain YAML only.
 *
 * gray-matter (which mdx-bundler calls on every source it is given) picks a
 * parser from the first line: `---js` or `--- javascript` is run with `eval`
 * while the frontmatter is read, before any lesson rule sees the file. So the
 * fence is split off here, by one strict rule, and the compiler gets the lesson
 * back with those lines left blank (line numbers unchanged), so gray-matter never
 * finds frontmatter to parse.
 */

/** Where in the lesson file something is wrong (1-based), and what. */
export interface FrontmatterProblem {
  line: number;
  column: number;
  message: string;
}

export type FrontmatterResult =
  | {
      ok: true;
      /** The parsed YAML: plain strings, numbers, booleans, null, lists and maps, nothing else. */
      data: unknown;
      /** The lesson with its frontmatter lines blanked, so MDX positions still match the file. */
      body: string;
    }
  | { ok: false; problem: FrontmatterProblem };

/** Far above any real lesson's frontmatter (about 1 KB); bounds what the YAML parser is given. */
export const MAX_FRONTMATTER_CHARS = 20_000;

const FENCE = /^---[ \t]*$/;

const failure = (line: number, column: number, message: string): FrontmatterResult => ({
  ok: false,
  problem: { line, column, message },
});

/**
 * Splits a lesson into its frontmatter and body and parses the frontmatter as
 * YAML 1.2 with the core schema: no tags of any kind (so no `!!js/function`,
 * `!!binary` or custom tags), no anchors or aliases, no directives, no repeated
 * keys. Anything else is a problem with the line and column to fix.
 */
export function parseFrontmatter(source: string): FrontmatterResult {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
  const first = lines[0] ?? '';
  if (!first.startsWith('---')) {
    return failure(1, 1, 'A lesson starts with its frontmatter: a line with only ---, the details in YAML, then ---.');
  }
  if (!FENCE.test(first)) {
    const language = first.slice(3).trim();
    return failure(
      1,
      first.indexOf(language) + 1,
      `Frontmatter is always YAML: write only --- on the first line, not "${first.trim()}".`,
    );
  }
  const close = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (close === -1) return failure(1, 1, 'The frontmatter has no closing --- line.');
  const yaml = lines.slice(1, close).join('\n');
  if (yaml.length > MAX_FRONTMATTER_CHARS) {
    return failure(1, 1, `The frontmatter is longer than ${MAX_FRONTMATTER_CHARS} characters.`);
  }
  const parsed = parseYaml(yaml);
  if (!parsed.ok) return parsed;
  // Blank lines in place of the frontmatter keep every later line and column where the author wrote it.
  const rest = text
    .split('\n')
    .slice(close + 1)
    .join('\n');
  return { ok: true, data: parsed.data, body: `${'\n'.repeat(close + 1)}${rest}` };
}

type YamlResult = { ok: true; data: unknown } | { ok: false; problem: FrontmatterProblem };

/** The YAML between the fences; its line 1 is the file's line 2. */
function parseYaml(yaml: string): YamlResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, {
    version: '1.2',
    schema: 'core',
    merge: false,
    uniqueKeys: true,
    strict: true,
    stringKeys: true,
    prettyErrors: true,
    lineCounter,
  });
  const at = (offset: number, message: string): YamlResult => {
    const { line, col } = lineCounter.linePos(offset);
    return { ok: false, problem: { line: line + 1, column: col, message } };
  };
  const syntax = doc.errors[0];
  if (syntax !== undefined) {
    return at(
      syntax.pos[0],
      `The frontmatter between the --- lines is not valid YAML: ${syntax.message.split('\n')[0]}`,
    );
  }
  if (doc.directives.yaml.explicit) return at(0, 'Frontmatter cannot use a %YAML or %TAG directive.');
  const refusals: YamlResult[] = [];
  visit(doc, (_key, node) => {
    if (!isNode(node) && !isAlias(node)) return undefined;
    const offset = node.range?.[0] ?? 0;
    if (isAlias(node)) refusals.push(at(offset, 'Frontmatter cannot use YAML aliases (*name).'));
    else if (node.anchor !== undefined) refusals.push(at(offset, 'Frontmatter cannot use YAML anchors (&name).'));
    else if (node.tag !== undefined) {
      const start = tagStart(yaml, offset);
      const tag = yaml.slice(start).split(/\s/)[0] ?? node.tag;
      refusals.push(at(start, `Frontmatter cannot use YAML tags such as ${tag}; write plain values.`));
    }
    return refusals.length > 0 ? visit.BREAK : undefined;
  });
  // Anything the parser only warned about (it reads an unknown tag as a plain string) is refused too.
  const warning = doc.warnings[0];
  if (refusals.length === 0 && warning !== undefined) {
    refusals.push(at(warning.pos[0], `The frontmatter is not plain YAML: ${warning.message.split('\n')[0]}`));
  }
  return refusals[0] ?? { ok: true, data: doc.toJS({ maxAliasCount: 0 }) };
}

/** Where the tag written before a value (at `offset`) begins: "!!js/function", "!custom". */
function tagStart(yaml: string, offset: number): number {
  const bang = yaml.lastIndexOf('!', offset);
  if (bang === -1) return offset;
  let start = bang;
  while (start > 0 && !/\s/.test(yaml.charAt(start - 1))) start -= 1;
  return start;
}
