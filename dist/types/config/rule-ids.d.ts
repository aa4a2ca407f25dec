import type { RuleId } from '../types.js';
/** Every rule id of the contract, offline rules first, in the contract's order. */
export declare const RULE_IDS: readonly ["entry-format", "duplicate-entry", "conflicting-link", "arxiv-url", "arxiv-date", "entry-order", "dead-link", "redirect", "unverified-link", "arxiv-not-found", "arxiv-title-mismatch", "arxiv-withdrawn", "doi-not-found", "github-repo"];
/** Rule ids that `RuleId` has and RULE_IDS lacks: `never` (checked by test/config/rule-ids.test.ts). */
export type MissingRuleIds = Exclude<RuleId, (typeof RULE_IDS)[number]>;
export declare function isRuleId(value: string): value is RuleId;
