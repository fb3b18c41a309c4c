import { resolve } from 'node:path';
import { ESLint, RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import rule from '../../../scripts/eslint/noUserFacingLiterals.mjs';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const tester = new RuleTester({
  languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
});
const literal = [{ messageId: 'literal' }];

tester.run('no-user-facing-literals', rule, {
  valid: [
    { code: 'const a = <p>{t("lesson.saved")}</p>;' },
    { code: 'const a = <p> – · {count} × </p>;' },
    { code: 'const a = <input aria-label={t("data.name")} placeholder="…" />;' },
    { code: 'const a = <div className="card wide" id="box-breathing" role="note" />;' },
    { code: 'throw new ApiFailure("forbidden", t("data.lock.locked"), { reason: "locked" });' },
    { code: 'return fail("internal", t("errors.internalError"));' },
    { code: 'throw new Error("The page broke.");', name: 'an Error outside the renderer is for the log' },
    { code: 'const w = { title: "Groundwork" };', name: 'titles are checked only where asked (electron/)' },
    { code: 'const w = { title: t("app.name") };', options: [{ windowTitles: true }] },
    { code: 'const size = `${width}×${height}`;' },
  ],
  invalid: [
    { code: 'const a = <p>Your answers are saved</p>;', errors: literal },
    { code: 'const a = <button aria-label="Close">×</button>;', errors: literal },
    { code: 'const a = <img alt={"A calm lake"} />;', errors: literal },
    { code: 'const a = <input placeholder={busy ? "Saving…" : t("x")} />;', errors: literal },
    { code: 'const a = <abbr title={`About ${name}`} />;', errors: literal },
    { code: 'throw new ApiFailure("export-failed", `Could not print: ${reason}.`);', errors: literal },
    { code: 'return fail("forbidden", "That request was blocked.");', errors: literal },
    { code: 'throw new Error("Lesson missing");', options: [{ errors: true }], errors: literal },
    { code: 'const w = { title: "Groundwork – audience view" };', options: [{ windowTitles: true }], errors: literal },
  ],
});

const root = resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: root, ruleFilter: ({ ruleId }) => ruleId === 'groundwork/no-user-facing-literals' });

/** Each report as `file:line:column message`, the way a person finds and fixes it. */
const format = (results: ESLint.LintResult[]): string[] =>
  results.flatMap((r) =>
    r.messages.map((m) => `${r.filePath.slice(root.length + 1)}:${m.line}:${m.column} ${m.message}`),
  );

describe('user-facing words in the source', () => {
  // Lints every source file once: about 30 s on a busy two-core machine.
  it('all come from the i18n files', { timeout: 180_000 }, async () => {
    const found = format(await eslint.lintFiles(['common', 'core', 'electron', 'renderer', 'curriculum']));
    expect(found, `Words a person sees are written outside common/i18n/:\n${found.join('\n')}\n`).toEqual([]);
  });

  it('are found, with file and line, when planted in a new screen, and allowed in the i18n files', async () => {
    const screen = 'export const Planted = () => (\n  <section>\n    <h2>Check in</h2>\n  </section>\n);\n';
    const planted = format(await eslint.lintText(screen, { filePath: resolve(root, 'renderer/checkIn/Planted.tsx') }));
    expect(planted).toHaveLength(1);
    expect(planted[0]).toMatch(/^renderer\/checkIn\/Planted\.tsx:3:9 JSX text shows "Check in" .*common\/i18n\/en\.ts/);
    const electron = format(
      await eslint.lintText('export const o = { title: "Check-in window" };\n', {
        filePath: resolve(root, 'electron/checkInWindow.ts'),
      }),
    );
    expect(electron).toHaveLength(1);
    const words = format(
      await eslint.lintText('export const checkInEn = { title: "Check in" };\n', {
        filePath: resolve(root, 'common/i18n/en/checkIn.ts'),
      }),
    );
    expect(words).toEqual([]);
  });
});
