import { createHash } from 'node:crypto';
import { bundleMDX } from 'mdx-bundler';
import type { ExerciseRef } from '../../common/exercises';
import type { LessonProblem } from '../../common/api';
import { lessonFrontmatterSchema, type LessonFrontmatter } from '../../common/lessonSchema';
import { parseFrontmatter } from './frontmatter';
import { allowedComponents } from './lessonComponents';
import { exercisesOf, remarkLessonRules } from './remarkLessonRules';
import { remarkLessonText, type LessonText } from './remarkLessonText';

/**
 * Bump when the compiler's output changes shape, so cached lessons compiled by an
 * older version are compiled again.
 */
const COMPILER_VERSION = '8';

export interface CompiledLesson {
  hash: string;
  file: string;
  frontmatter: LessonFrontmatter;
  exercises: ExerciseRef[];
  /** Anatomy parts and patient-facing text, for the curriculum check and report. */
  text: LessonText;
  /** An ES module whose default export takes (React, ReactDOM, _jsx_runtime) and returns the lesson's exports. */
  moduleCode: string;
}

export class LessonCompileError extends Error {
  constructor(readonly problem: LessonProblem) {
    super(`${problem.file}:${problem.line}:${problem.column}: ${problem.message}`);
    this.name = 'LessonCompileError';
  }
}

/** Content hash of a lesson's source and everything that shapes its compiled output. */
export function lessonHash(source: string): string {
  return createHash('sha256')
    .update(`groundwork-lesson:${COMPILER_VERSION}:${[...allowedComponents].sort().join(',')}\n`)
    .update(source)
    .digest('hex')
    .slice(0, 32);
}

/** Line (1-based) of a top-level frontmatter key, so a bad value points at its line. */
function frontmatterLine(source: string, key: string | undefined): number {
  if (key === undefined) return 1;
  const lines = source.split(/\r?\n/);
  const index = lines.findIndex((line, i) => i > 0 && line.startsWith(`${key}:`));
  return index === -1 ? 1 : index + 1;
}

/**
 * Reads and validates only the frontmatter: cheap, used to find a lesson's id without compiling it.
 * `body` is the lesson with its frontmatter lines blanked: the only source the MDX compiler is given.
 */
export function readFrontmatter(
  source: string,
  file: string,
): { ok: true; frontmatter: LessonFrontmatter; body: string } | { ok: false; problem: LessonProblem } {
  const front = parseFrontmatter(source);
  if (!front.ok) return { ok: false, problem: { file, ...front.problem } };
  const parsed = lessonFrontmatterSchema.safeParse(front.data);
  if (parsed.success) return { ok: true, frontmatter: parsed.data, body: front.body };
  const issue = parsed.error.issues[0];
  const key = issue?.path[0] === undefined ? undefined : String(issue.path[0]);
  const where = issue?.path.length ? `"${issue.path.join('.')}"` : 'frontmatter';
  const unknownKeys = issue?.code === 'unrecognized_keys' ? issue.keys : undefined;
  return {
    ok: false,
    problem: {
      file,
      line: frontmatterLine(source, unknownKeys?.[0] ?? key),
      column: 1,
      message: `Frontmatter ${where}: ${issue?.message ?? 'is not valid'}.`,
    },
  };
}

/** A gray-matter engine that refuses to parse: the frontmatter was already read by parseFrontmatter. */
const refuse = {
  parse(): never {
    throw new Error('Frontmatter is read by parseFrontmatter, never by gray-matter.');
  },
};

/**
 * Options for mdx-bundler's own gray-matter call. The body it gets has no
 * frontmatter left, so these never run; they are the second lock: should a
 * fence ever reach gray-matter, every engine it knows (JavaScript included)
 * refuses instead of evaluating.
 */
export const inertGrayMatterOptions = {
  language: 'yaml',
  engines: { yaml: refuse, yml: refuse, json: refuse, javascript: refuse, js: refuse, coffee: refuse, toml: refuse },
};

interface EsbuildMessage {
  text: string;
  location?: { line: number; column: number } | null;
  detail?: { cause?: { line?: number; column?: number; reason?: string; message?: string } };
}

function problemFromBuildError(error: unknown, file: string): LessonProblem {
  const first = (error as { errors?: EsbuildMessage[] }).errors?.[0];
  const cause = first?.detail?.cause;
  if (cause?.line !== undefined) {
    return {
      file,
      line: cause.line,
      column: cause.column ?? 1,
      message: cause.reason ?? cause.message ?? first?.text ?? 'Unknown error',
    };
  }
  if (first !== undefined) {
    return {
      file,
      line: first.location?.line ?? 1,
      column: (first.location?.column ?? 0) + 1,
      message: first.text.replace(/^Cannot process MDX file with esbuild:\s*/, ''),
    };
  }
  return { file, line: 1, column: 1, message: (error as Error).message };
}

/**
 * Compiles one lesson's MDX to an ES module the renderer can import under a CSP
 * without 'unsafe-eval' (mdx-bundler's own loader uses `new Function`).
 * Throws LessonCompileError with file, line and column on any problem.
 */
export async function compileLesson(source: string, file: string): Promise<CompiledLesson> {
  const front = readFrontmatter(source, file);
  if (!front.ok) throw new LessonCompileError(front.problem);

  let exercises: ExerciseRef[] = [];
  let text: LessonText = { parts: [], components: [], patientBlocks: [], facilitatorBlocks: [] };
  let code: string;
  try {
    const result = await bundleMDX({
      source: front.body,
      grayMatterOptions: () => inertGrayMatterOptions,
      mdxOptions(options) {
        options.remarkPlugins = [...(options.remarkPlugins ?? []), remarkLessonRules, remarkLessonText];
        options.recmaPlugins = [
          ...(options.recmaPlugins ?? []),
          // Read the exercises the remark plugin left on the file once compilation is done.
          () => (_tree: unknown, vfile: { data: Record<string, unknown> }) => {
            exercises = exercisesOf(vfile.data);
            text = (vfile.data.lessonText as LessonText | undefined) ?? text;
          },
        ];
        return options;
      },
      esbuildOptions(options) {
        options.logLevel = 'silent';
        options.minify = true;
        return options;
      },
    });
    code = result.code;
  } catch (error) {
    throw new LessonCompileError(problemFromBuildError(error, file));
  }
  if (exercises.length === 0) {
    // Every lesson ends in a worksheet: a lesson without exercises is a mistake, not a choice.
    throw new LessonCompileError({
      file,
      line: 1,
      column: 1,
      message: 'The lesson has no exercises in its worksheet.',
    });
  }
  const moduleCode = `export default function lesson(React, ReactDOM, _jsx_runtime) {\n${code}\n}\n`;
  return { hash: lessonHash(source), file, frontmatter: front.frontmatter, exercises, text, moduleCode };
}
