/**
 * Print CSS for the exercise types beyond text, scales and checklists: ruled
 * tables with room to write, the 2 x 2 balance, the two-sided coping card, and
 * guided practice. Included by printCss() in printStyles.ts.
 */
export const exercisePrintCss = `
.field-label { font-weight: 700; margin: 5pt 0 2pt; }
.form-exercise > .form-field + .form-field, .form-print > tbody > tr > td > .form-field + .form-field { margin-top: 4pt; }
.form-print { width: 100%; border-collapse: collapse; table-layout: auto; }
.form-print > thead > tr > td, .form-print > tbody > tr > td { border: none; padding: 0; }
.row-table-print { margin: 4pt 0 6pt; }
table.row-table { width: 100%; border-collapse: collapse; table-layout: fixed; margin-top: 2pt; font-size: 0.88em; }
table.row-table th, table.row-table td { border: 0.75pt solid #555; padding: 3pt 4pt; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
table.row-table th { font-size: 0.8em; background: #eee; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
table.row-table td { height: 2.2em; white-space: pre-wrap; }
table.row-table tr.blank-row td { height: 2.8em; }
.large-print table.row-table tr.blank-row td { height: 2.3em; }
table.row-table .col-rating, table.row-table .col-choice { width: 14%; }
table.row-table .col-datetime { width: 16%; }
table.row-table .col-long { width: auto; }
table.row-table.cols-7 { font-size: 0.75em; }
table.row-table.cols-7 th { font-size: 0.68em; }
.printed-rating { display: inline-flex; align-items: baseline; gap: 2pt; font-weight: 400; }
.rating-box { display: inline-block; min-width: 2.4em; min-height: 1.35em; border-bottom: 0.75pt solid #333; text-align: center; font-weight: 700; }
.rating-range { font-size: 0.8em; color: #333; }
table.balance-print { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.balance-print th, table.balance-print td { border: 0.75pt solid #555; padding: 4pt 6pt; vertical-align: top; text-align: left; }
table.balance-print thead td { border: none; width: 18%; }
table.balance-print tbody th { width: 18%; }
table.balance-print td .write-line { height: 1.7em; }
.card-sides { display: flex; gap: 10pt; }
.card-side { flex: 1; border: 1pt dashed #333; border-radius: 6pt; padding: 6pt 8pt; }
.card-side-name { font-size: 0.7em; text-transform: uppercase; letter-spacing: 0.05em; color: #444; margin: 0 0 2pt; }
.crisis-lines-box { border-left: 3pt solid #111; padding: 3pt 8pt; margin: 6pt 0; }
.plan-crisis-lines { margin: 2pt 0 0; padding-left: 14pt; font-size: 0.88em; }
.practice-intro { font-size: 0.88em; }
.practice-rating { margin: 4pt 0; }
.muscle-steps { margin: 4pt 0; padding-left: 16pt; font-size: 0.88em; }
.muscle-steps li { margin-bottom: 2pt; }
.choice-print { list-style: none; padding: 0; margin: 4pt 0 0; columns: 2; column-gap: 18pt; }
.choice-print.single .check-box::before { border-radius: 50%; }
`;
