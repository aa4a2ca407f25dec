import type { Root } from 'mdast';
import type { RuleId, Span } from '../types.js';
export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line';
/**
 * One `<!-- paperlint-… -->` comment, or one of remark's `<!--lint disable|enable|ignore …-->` comments naming
 * paperlint's rules (or none), so that a list written for remark-lint means the same to paperlint.
 */
export interface InlineDirective {
    /** `ignore` (remark's): the lines of the node after the comment, which `line` to `endLine` give. */
    kind: DirectiveKind | 'ignore';
    /** The rules it names; every rule when the comment names none. */
    rules: readonly RuleId[];
    /** 1-based lines where the comment starts and ends. */
    line: number;
    endLine: number;
}
/** A rule id in a comment that paperlint does not know: ignored, and reported by `entry-format`. */
export interface UnknownRuleInComment {
    rule: string;
    /** The comment's kind, as written after `paperlint-`. */
    kind: DirectiveKind;
    /** The whole comment, `<!--` to `-->`. */
    span: Span;
}
interface DocumentDirectives {
    directives: InlineDirective[];
    unknownRules: UnknownRuleInComment[];
}
/** The paperlint comments of a document, in document order, and the unknown rule ids they name. */
export declare function inlineDirectives(tree: Root): DocumentDirectives;
/** The unknown rule ids of a document's paperlint comments; a `source` without `paperlint-` has none. */
export declare function unknownRuleIds(tree: Root, source: string): UnknownRuleInComment[];
/**
 * Whether a finding of `rule` on `line` is silenced by the document's paperlint or remark `lint` comments. A
 * `source` without either has none, which spares a walk over every node of a large list.
 */
export declare function inlineSuppressions(tree: Root, source?: string): (rule: RuleId, line: number) => boolean;
export {};
