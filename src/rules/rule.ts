import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import type { VFile } from 'vfile';
import { type UnknownRuleInComment, unknownRuleIds } from '../config/inline.js';
import { ruleDocsUrl } from '../config/rule-ids.js';
import { type DocumentAnchors, documentAnchors } from '../parse/anchors.js';
import { paperListOf, stripBom } from '../parse/index.js';
import type { RepositoryRemote } from '../text/repository-url.js';
import type { PaperList, RuleFinding, RuleId } from '../types.js';
import { reportedSpan } from './reported-span.js';

/**
 * The repository a linted file belongs to, as the CLI and the Action know it (`src/repository.ts` reads it
 * from the disk, lazily, never outside its root); rules ask it instead of touching files.
 */
export interface RepositoryView {
  /** The linted file's path from the repository's root, `/`-separated. */
  file: string;
  /** What a folder holds (`` is the root): each name as cased, and whether it is a folder; undefined when there is no such folder. */
  folder(path: string): ReadonlyMap<string, 'file' | 'folder'> | undefined;
  /** The anchors of a Markdown file of the repository; undefined when it cannot be read as one. */
  anchorsOf(path: string): DocumentAnchors | undefined;
  /** The repository on GitHub, when known: links to its own files there are links into this working tree. */
  remote?: RepositoryRemote;
}

/** What every rule may know besides the entries: kept small so that rules stay pure. */
export interface RuleContext {
  /** "Now", for checks such as "no arXiv month after today". Tests pin it. */
  today: Date;
  /** Rule ids that the document's `<!-- paperlint-… -->` comments name but paperlint does not know. */
  unknownRuleIds?: readonly UnknownRuleInComment[];
  /** The document's anchors, headings and destinations (computed once per tree, on first use). */
  anchors?: () => DocumentAnchors;
  /** The repository the file belongs to, when the caller knows it (the CLI, the Action). */
  repository?: RepositoryView;
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

/** What `lintText` passes to the rules through the file's data. */
export interface ContextData {
  /** Pins "today" (tests, reproducible runs); otherwise the clock decides. */
  paperlintToday?: Date;
  paperlintRepository?: RepositoryView;
}

export function contextOf(file: VFile, tree: Root): RuleContext {
  const { paperlintToday, paperlintRepository } = file.data as ContextData;
  const source = String(file.value ?? '');
  let unknown = unknownIdsOfTree.get(tree);
  if (!unknown) {
    unknown = unknownRuleIds(tree, source);
    unknownIdsOfTree.set(tree, unknown);
  }
  return {
    today: paperlintToday ?? new Date(),
    unknownRuleIds: unknown,
    anchors: () => documentAnchors(tree, stripBom(source)),
    ...(paperlintRepository && { repository: paperlintRepository }),
  };
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
