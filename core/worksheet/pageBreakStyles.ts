/**
 * Where a printed worksheet may go onto a new page, in one place.
 *
 * - Each worksheet starts a new page; a lesson author can start one with <PageBreak />.
 * - A title, label, hint or introduction never ends a page: it stays with what it introduces.
 * - Nothing breaks inside a field, a table row, a checklist option or a short exercise.
 * - Long exercises break between their parts rather than leave most of a page empty:
 *   forms (thought record, plans, SMART goal) between their fields, long checklists
 *   between options, long tables between rows (their header repeats on the next page).
 *
 * Page counts and how full each page is are measured by `npm run print:stats` and
 * held by tests/core/worksheet/paperUse.test.ts.
 */
export function pageBreakCss(largePrint: boolean): string {
  // From this many options or rows an exercise is long enough to break (about a
  // third of a page): a shorter one moves whole, a longer one would leave a gap.
  const longList = largePrint ? 7 : 13;
  const longTable = largePrint ? 6 : 8;
  return `
.worksheet + .worksheet, .page-break { break-before: page; page-break-before: always; }
h1, h2, h3, h4, .sheet-header, .exercise-label, .field-label, .exercise-hint { break-after: avoid; page-break-after: avoid; }
.worksheet-body > :is(p, ul, ol):not(.exercise ~ *, h3 ~ *),
.worksheet-body > :is(p, ul, ol):has(+ .exercise) { break-after: avoid; page-break-after: avoid; }
p { orphans: 3; widows: 3; }
${largePrint ? '/* A large-print checklist is one column of lines: never one option alone on a page. */ .checklist-print { orphans: 2; widows: 2; }' : ''}
/* The crisis lines end a worksheet with its last exercise, never alone on a page. */
.sheet-crisis { break-before: avoid; page-break-before: avoid; }
.exercise, .form-field, .row-table-print, .card-sides, table.balance-print, .crisis-lines-box, .practice-rating,
.check-box, tr, .callout, .sheet-crisis { break-inside: avoid; page-break-inside: avoid; }
.exercise:has(> .form-print), .form-print > tbody > tr,
.exercise:has(.check-box:nth-child(${longList})),
.exercise:has(.row-table-print > table > tbody > tr:nth-child(${longTable})),
.row-table-print:has(> table > tbody > tr:nth-child(${longTable})) { break-inside: auto; page-break-inside: auto; }
`;
}
