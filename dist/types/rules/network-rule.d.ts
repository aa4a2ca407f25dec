import type { Link, PaperList, RuleFinding, RuleId } from '../types.js';
import type { LinkVerdict, VerifyResults } from '../verify/types.js';
/**
 * A rule that reads verification results: run by `lint()` after `verify()`, pure like every other rule.
 * Each finding carries its own severity (a title mismatch is an error or an info); configuration overrides it.
 */
export interface NetworkRule {
    id: RuleId;
    check: (list: PaperList, results: VerifyResults) => RuleFinding[];
}
export declare function defineNetworkRule(id: RuleId, check: (list: PaperList, results: VerifyResults) => RuleFinding[]): NetworkRule;
/** Every link of the file that has a verdict (arXiv and DOI links have registry results instead). */
export declare function linkVerdicts(list: PaperList, results: VerifyResults): Array<{
    link: Link;
    verdict: LinkVerdict;
}>;
