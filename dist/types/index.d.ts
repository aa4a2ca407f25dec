export { applyFixes, fixText } from './fix.js';
export { InputError, type LintOptions, lint, lintText } from './lint.js';
export { buildPaperList, parseMarkdown } from './parse/index.js';
export { formatReport } from './report/index.js';
export { offlineRules } from './rules/index.js';
export type * from './types.js';
export { VERSION } from './version.js';
