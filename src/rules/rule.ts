import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import type { VFile } from 'vfile';
import { type UnknownRuleInComment, unknownRuleIds } from '../config/inline.js';
import { ruleDocsUrl } from '../config/rule-ids.js';
import { paperListOf } from '../parse/index.js';
import type { PaperList, RuleFinding, RuleId } from '../types.js';
import { reportedSpan } from './reported-span.js';

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

/** The unknown rule ids of each tree's comments, found once for all the rules instead of one walk per rule. */
const unknownIdsOfTree = new WeakMap<Root, UnknownRuleInComment[]>();

/** `file.data.paperlintToday` pins "today" (tests, reproducible runs); otherwise the clock decides. */
export function contextOf(file: VFile, tree: Root): RuleContext {
  const pinned = (file.data as { paperlintToday?: Date }).paperlintToday;
  let unknown = unknownIdsOfTree.get(tree);
  if (!unknown) {
    unknown = unknownRuleIds(tree, String(file.value ?? ''));
    unknownIdsOfTree.set(tree, unknown);
  }
  return { today: pinned ?? new Date(), unknownRuleIds: unknown };
}

/** Makes a rule from its id, default options and pure check; the plugin reads the shared entry model. */
export function defineRule<Options extends object>(
  id: RuleId,
  defaults: Options,
  check: RuleCheck<Options>,
): Rule<Options> {
  const plugin = lintRule<Root, Partial<Options> | undefined>(
    { origin: `paperlint:${id}`, url: ruleDocsUrl(id) },
    (tree, file, options) => {
      const list = paperListOf(tree, file);
      const findings = check(list, { ...defaults, ...options }, contextOf(file, tree));
      for (const finding of findings) {
        const place = reportedSpan(list, finding);
        const message = file.message(finding.message, {
          place: { start: place.start, end: place.end },
          ruleId: id,
          source: 'paperlint',
        });
        Object.assign(message, { paperlint: finding } satisfies MessageData);
      }
    },
  );
  return { id, defaults, check, plugin };
}
