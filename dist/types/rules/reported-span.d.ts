import type { PaperList, RuleFinding, Span } from '../types.js';
/**
 * Where a finding is shown: the text its fix replaces, when it has a fix (the contract: "a fix replaces the
 * finding's span", so that a JSON consumer can apply it), else the node the rule reported.
 */
export declare function reportedSpan(list: PaperList, finding: RuleFinding): Span;
