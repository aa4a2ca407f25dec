import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import type { VFile } from 'vfile';
import { type UnknownRuleInComment } from '../config/inline.js';
import type { PaperList, RuleFinding, RuleId } from '../types.js';
/** What every rule may know besides the entries: kept small so that rules stay pure. */
export interface RuleContext {
    /** "Now", for checks such as "no arXiv month after today". Tests pin it. */
    today: Date;
    /** Rule ids that the document's `<!-- paperlint-… -->` comments name but paperlint does not know. */
    unknownRuleIds?: readonly UnknownRuleInComment[];
}
export type RuleCheck<Options> = (list: PaperList, options: Options, context: RuleContext) => RuleFinding[];
export interface Rule<Options = unknown> {
    id: RuleId;
    /** Options used when the configuration gives none; user options are merged over them. */
    defaults: Options;
    check: RuleCheck<Options>;
    /** The rule as a remark-lint plugin (`unified-lint-rule`), for `paperlint/preset` and `lint()`. */
    plugin: ReturnType<typeof lintRule<Root, Partial<Options> | undefined>>;
}
/** Data attached to each VFile message so that `lint()` can rebuild the full finding. */
export interface MessageData {
    paperlint: RuleFinding;
}
/** `file.data.paperlintToday` pins "today" (tests, reproducible runs); otherwise the clock decides. */
export declare function contextOf(file: VFile, tree: Root): RuleContext;
/** Makes a rule from its id, default options and pure check; the plugin reads the shared entry model. */
export declare function defineRule<Options extends object>(id: RuleId, defaults: Options, check: RuleCheck<Options>): Rule<Options>;
