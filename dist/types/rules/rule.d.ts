import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import type { VFile } from 'vfile';
import { type UnknownRuleInComment } from '../config/inline.js';
import { type DocumentAnchors } from '../parse/anchors.js';
import type { RepositoryRemote } from '../text/repository-url.js';
import type { PaperList, RuleFinding, RuleId } from '../types.js';
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
/** What `lintText` passes to the rules through the file's data. */
export interface ContextData {
    /** Pins "today" (tests, reproducible runs); otherwise the clock decides. */
    paperlintToday?: Date;
    paperlintRepository?: RepositoryView;
}
export declare function contextOf(file: VFile, tree: Root): RuleContext;
/** Makes a rule from its id, default options and pure check; the plugin reads the shared entry model. */
export declare function defineRule<Options extends object>(id: RuleId, defaults: Options, check: RuleCheck<Options>): Rule<Options>;
