import type { Html, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Point, RuleId, Span } from '../types.js';
import { isRuleId, RULE_IDS } from './rule-ids.js';

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

const COMMENT = /<!--([\s\S]*?)-->/g;
const DIRECTIVE = /^paperlint-(disable-next-line|disable|enable)(?:\s+([\s\S]*))?$/;
/** remark-message-control's comments (`<!--lint disable no-html-->`), as remark-lint reads them. */
const REMARK_DIRECTIVE = /^lint\s+(disable|enable|ignore)(?:\s+([\s\S]*))?$/;
/** Whether a document may hold a comment of either kind: most lists have none, and skip the walk. */
const MAY_HAVE_DIRECTIVES = /paperlint-|<!--\s*lint\s/;

/** ESLint-style: ids separated by spaces or commas, an optional "-- reason" after them. */
const namesIn = (text = '') =>
  text
    .split(/\s--\s|^--\s/)[0]
    .split(/[\s,]+/)
    .filter(Boolean);

/** The source point of `index` in an HTML node's value, from where the node starts. */
function pointAt(value: string, index: number, start: Omit<Point, 'offset'> & { offset?: number }): Point {
  let line = start.line;
  let lineStart = -1;
  for (let i = value.indexOf('\n'); i !== -1 && i < index; i = value.indexOf('\n', i + 1)) {
    line++;
    lineStart = i;
  }
  const column = lineStart < 0 ? start.column + index : index - lineStart;
  return { line, column, offset: (start.offset ?? 0) + index };
}

interface DocumentDirectives {
  directives: InlineDirective[];
  unknownRules: UnknownRuleInComment[];
}

/** Read once per tree: every offline rule's context and the suppression lookup ask for the same comments. */
const read = new WeakMap<Root, DocumentDirectives>();

/** The paperlint comments of a document, in document order, and the unknown rule ids they name. */
export function inlineDirectives(tree: Root): DocumentDirectives {
  let found = read.get(tree);
  if (!found) {
    found = readDirectives(tree);
    read.set(tree, found);
  }
  return found;
}

function readDirectives(tree: Root): DocumentDirectives {
  const directives: InlineDirective[] = [];
  const unknownRules: UnknownRuleInComment[] = [];
  visit(tree, 'html', (node: Html, index, parent) => {
    const start = node.position?.start;
    if (start === undefined) return;
    for (const match of node.value.matchAll(COMMENT)) {
      const from = pointAt(node.value, match.index, start);
      const to = pointAt(node.value, match.index + match[0].length, start);
      const remark = REMARK_DIRECTIVE.exec(match[1].trim());
      if (remark) {
        // Ids of remark-lint's own rules (`no-html`) are theirs: they silence nothing here and are no mistake.
        const names = namesIn(remark[2]);
        const rules = names.length === 0 ? RULE_IDS : names.filter(isRuleId);
        // `ignore` silences the node after the comment (its lines), as remark does.
        const place =
          remark[1] === 'ignore' ? parent?.children[(index ?? 0) + 1]?.position : { start: from, end: to };
        if (rules.length === 0 || !place) continue;
        const kind = remark[1] as InlineDirective['kind'];
        directives.push({ kind, rules, line: place.start.line, endLine: place.end.line });
        continue;
      }
      const directive = DIRECTIVE.exec(match[1].trim());
      if (!directive) continue;
      const kind = directive[1] as DirectiveKind;
      const names = namesIn(directive[2]);
      const rules = names.filter(isRuleId);
      for (const name of names) {
        if (!isRuleId(name)) unknownRules.push({ rule: name, kind, span: { start: from, end: to } });
      }
      // A comment naming only unknown ids must not silence every rule.
      if (names.length > 0 && rules.length === 0) continue;
      directives.push({
        kind,
        rules: names.length === 0 ? RULE_IDS : rules,
        line: from.line,
        endLine: to.line,
      });
    }
  });
  directives.sort((a, b) => a.line - b.line);
  return { directives, unknownRules };
}

/** The unknown rule ids of a document's paperlint comments; a `source` without `paperlint-` has none. */
export function unknownRuleIds(tree: Root, source: string): UnknownRuleInComment[] {
  return source.includes('paperlint-') ? inlineDirectives(tree).unknownRules : [];
}

/** Inclusive line ranges per rule in which its findings are silenced. */
function suppressedRanges(directives: readonly InlineDirective[]): Map<RuleId, [number, number][]> {
  const ranges = new Map<RuleId, [number, number][]>(RULE_IDS.map((id) => [id, []]));
  const openSince = new Map<RuleId, number>();
  for (const directive of directives) {
    for (const rule of directive.rules) {
      const list = ranges.get(rule)!;
      if (directive.kind === 'disable-next-line') list.push([directive.endLine + 1, directive.endLine + 1]);
      else if (directive.kind === 'ignore') list.push([directive.line, directive.endLine]);
      else if (directive.kind === 'disable') {
        if (!openSince.has(rule)) openSince.set(rule, directive.line);
      } else {
        const start = openSince.get(rule);
        // The enable comment's own line still counts as disabled: it may end an entry's line.
        if (start !== undefined) list.push([start, directive.endLine]);
        openSince.delete(rule);
      }
    }
  }
  for (const [rule, start] of openSince) ranges.get(rule)!.push([start, Number.POSITIVE_INFINITY]);
  return ranges;
}

/**
 * Whether a finding of `rule` on `line` is silenced by the document's paperlint or remark `lint` comments. A
 * `source` without either has none, which spares a walk over every node of a large list.
 */
export function inlineSuppressions(tree: Root, source?: string): (rule: RuleId, line: number) => boolean {
  if (source !== undefined && !MAY_HAVE_DIRECTIVES.test(source)) return () => false;
  const ranges = suppressedRanges(inlineDirectives(tree).directives);
  return (rule, line) => (ranges.get(rule) ?? []).some(([start, end]) => start <= line && line <= end);
}
