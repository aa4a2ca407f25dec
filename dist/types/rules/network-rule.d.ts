import type { Link, PaperList, RuleFinding, RuleId } from '../types.js';
import type { LinkVerdict, VerifyResults } from '../verify/types.js';
/** What a network rule may know besides the results: "now", for checks of age. Tests pin it. */
export interface NetworkRuleContext {
    today: Date;
}
export type NetworkCheck<Options> = (list: PaperList, results: VerifyResults, options: Options, context: NetworkRuleContext) => RuleFinding[];
/**
 * A rule that reads verification results: run by `lint()` after `verify()`, pure like every other rule.
 * Each finding carries its own severity (a title mismatch is an error or an info); configuration overrides it.
 */
export interface NetworkRule<Options = unknown> {
    id: RuleId;
    /** Options used when the configuration gives none; user options are merged over them. */
    defaults: Options;
    /** Without options and context: the defaults, and the clock's today. */
    check: (list: PaperList, results: VerifyResults, options?: Options, context?: NetworkRuleContext) => RuleFinding[];
}
export declare function defineNetworkRule<Options extends object = Record<string, never>>(id: RuleId, check: NetworkCheck<Options>, defaults?: Options): NetworkRule<Options>;
/** Every link of the file that has a verdict (arXiv and DOI links have registry results instead). */
export declare function linkVerdicts(list: PaperList, results: VerifyResults): Array<{
    link: Link;
    verdict: LinkVerdict;
}>;
