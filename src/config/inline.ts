import type { Html, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { RuleId } from '../types.js';
import { isRuleId, RULE_IDS } from './rule-ids.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line';

/** One `<!-- paperlint-… -->` comment. */
export interface InlineDirective {
  kind: DirectiveKind;
  /** The rules it names; every rule when the comment names none. */
  rules: readonly RuleId[];
  /** 1-based lines where the comment starts and ends. */
  line: number;
  endLine: number;
}

/** A rule id in a comment that paperlint does not know (ignored; callers may warn). */
export interface UnknownRuleInComment {
  rule: string;
  line: number;
}

const COMMENT = /<!--([\s\S]*?)-->/g;
const DIRECTIVE = /^paperlint-(disable-next-line|disable|enable)(?:\s+([\s\S]*))?$/;

function lineAt(text: string, index: number, firstLine: number): number {
  let line = firstLine;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** The paperlint comments of a document, in document order, and the unknown rule ids they name. */
export function inlineDirectives(tree: Root): {
  directives: InlineDirective[];
  unknownRules: UnknownRuleInComment[];
} {
  const directives: InlineDirective[] = [];
  const unknownRules: UnknownRuleInComment[] = [];
  visit(tree, 'html', (node: Html) => {
    const firstLine = node.position?.start.line;
    if (firstLine === undefined) return;
    for (const match of node.value.matchAll(COMMENT)) {
      const directive = DIRECTIVE.exec(match[1].trim());
      if (!directive) continue;
      const line = lineAt(node.value, match.index, firstLine);
      const endLine = lineAt(node.value, match.index + match[0].length, firstLine);
      // ESLint-style: ids separated by spaces or commas, an optional "-- reason" after them.
      const names = (directive[2] ?? '')
        .split(/\s--\s|^--\s/)[0]
        .split(/[\s,]+/)
        .filter(Boolean);
      const rules = names.filter(isRuleId);
      for (const name of names) if (!isRuleId(name)) unknownRules.push({ rule: name, line });
      // A comment naming only unknown ids must not silence every rule.
      if (names.length > 0 && rules.length === 0) continue;
      directives.push({
        kind: directive[1] as DirectiveKind,
        rules: names.length === 0 ? RULE_IDS : rules,
        line,
        endLine,
      });
    }
  });
  directives.sort((a, b) => a.line - b.line);
  return { directives, unknownRules };
}

/** Inclusive line ranges per rule in which its findings are silenced. */
function suppressedRanges(directives: readonly InlineDirective[]): Map<RuleId, [number, number][]> {
  const ranges = new Map<RuleId, [number, number][]>(RULE_IDS.map((id) => [id, []]));
  const openSince = new Map<RuleId, number>();
  for (const directive of directives) {
    for (const rule of directive.rules) {
      const list = ranges.get(rule)!;
      if (directive.kind === 'disable-next-line') list.push([directive.endLine + 1, directive.endLine + 1]);
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
 * Whether a finding of `rule` on `line` is silenced by the document's paperlint comments. A `source` without
 * `paperlint-` has none, which spares a walk over every node of a large list.
 */
export function inlineSuppressions(tree: Root, source?: string): (rule: RuleId, line: number) => boolean {
  if (source !== undefined && !source.includes('paperlint-')) return () => false;
  const ranges = suppressedRanges(inlineDirectives(tree).directives);
  return (rule, line) => (ranges.get(rule) ?? []).some(([start, end]) => start <= line && line <= end);
}
