import type { Rule } from 'eslint';

/** ESLint rule `groundwork/no-user-facing-literals` (noUserFacingLiterals.mjs says what it reports). */
declare const rule: Rule.RuleModule;
export default rule;
