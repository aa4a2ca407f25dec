import type { PaperList, RuleFinding, Span } from '../types.js';
/**
 * Where a finding is shown: the text its fix replaces, when it has a fix (the contract: "a fix replaces the
 * finding's span", so that a JSON consumer can apply it), else the node the rule reported. A fix that inserts
 * (an arXiv link proposed after an entry's title) is shown at its insertion point: an empty span, which
 * SARIF reads as an insertion point too.
 */
export declare function reportedSpan(list: PaperList, finding: RuleFinding): Span;
