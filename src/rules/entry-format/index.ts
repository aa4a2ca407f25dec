/**
 * @rule entry-format
 * @summary Entries without a link or title, broken link syntax, and spacing, punctuation, date, label and separator styles that break the list's own convention; unknown rule ids in paperlint comments.
 * @fixable yes
 *
 * Each finding names its sub-check in parentheses at the end of the message, and each sub-check is an
 * option that `false` turns off (`{"whitespace": false}`):
 * - `no-link`: an entry with no link at all, when most entries of its section (or list) have one. Online, an
 *   entry with a full title is searched on arXiv (`--max-searches`, default 50 a run); when exactly one
 *   paper carries the title, the message names it (`Expected a link, as most entries have; arXiv has this
 *   title as 2306.01234 (no-link)`) and the fix inserts its link at the end of the title's line, in the
 *   list's own label style, separator and URL form (`, [[paper]](https://arxiv.org/abs/2306.01234)`);
 * - `empty-title`: an entry with links but no title, unless a link's text is one (three words or more, no
 *   link label: `- paper: [Crosslingual Generalization through Multitask Finetuning](…)`);
 * - `link-syntax`: Markdown links that do not render as links, unbalanced brackets (`link-syntax.ts`);
 * - `spacing`, `fullwidth`, `whitespace`: spaces around commas, full-width punctuation next to Latin
 *   text, and runs of spaces Markdown shows as one (`spacing.ts`);
 * - `date`: `2023/5` among `2023/05` (`dates.ts`);
 * - `label`: `Paper` among `paper` (`labels.ts`);
 * - `separator`: what separates two links of an entry (`separators.ts`);
 * - `directive`: an unknown rule id in a `<!-- paperlint-disable … -->` comment (`directives.ts`).
 *
 * A style most entries of a list use is its convention, not a defect: each variant is counted per
 * section (over the whole list when a section has fewer than five occurrences) and only a variant used
 * less than a third as often as the majority is reported. Messages say what is expected and where:
 * `Expected a space after ',' in 'Systems,arxiv'`.
 *
 * Findings are warnings on the entry, except `whitespace` (an info: readers never see it) and
 * `directive` (on the comment). Every spacing, full-width, whitespace, date, label and separator finding
 * has a fix (a date or label only where the source spells it as read), as have `[text] (url)`,
 * `[text]url)` and `[text]((url))`; several places of one kind in one entry make one finding whose fix
 * covers them all. A message quotes at most three places and counts the rest (`and 21 more`).
 *
 * @example ok
 * - Title One, arxiv 2023/05, [[paper]](https://arxiv.org/abs/2305.11700)
 * - Title Two, arxiv 2023/06, [[paper]](https://arxiv.org/abs/2306.11700)
 *
 * @example not-ok
 * - Title One, arxiv 2023/05, [[paper]](https://arxiv.org/abs/2305.11700)
 * - Title Two, arxiv 2023/06
 * - [[paper]](https://arxiv.org/abs/2307.11700)
 * - Title Four, arxiv 2023/08, [[paper]](https://arxiv.org/abs/2308.11700)
 * - Title Five, arxiv 2023/09, [[paper]](https://arxiv.org/abs/2309.11700)
 * @expect 2:1 warning Expected a link, as most entries have (no-link)
 * @expect 3:1 warning Expected a title besides the links (empty-title)
 */

import { isTitleLike } from '../../parse/title.js';
import type { Entry, Fix, PaperList, RuleFinding, Severity } from '../../types.js';
import { defineRule, type RuleContext } from '../rule.js';
import { observeDates } from './dates.js';
import { unknownDirectiveFindings } from './directives.js';
import { observeLabels } from './labels.js';
import { linkSyntaxProblems } from './link-syntax.js';
import { observeSeparators } from './separators.js';
import { observeSpacing, spacingScope } from './spacing.js';
import { type Problem, StyleTally, type SubCheck } from './tally.js';
import { maskText, ownEnd } from './text.js';

export type EntryFormatOptions = Record<SubCheck, boolean>;

const DEFAULTS: EntryFormatOptions = {
  'no-link': true,
  'empty-title': true,
  'link-syntax': true,
  spacing: true,
  whitespace: true,
  fullwidth: true,
  date: true,
  label: true,
  separator: true,
  directive: true,
};

/** Whitespace Markdown does not render is worth a fix, not a maintainer's attention. */
const SEVERITY: Partial<Record<SubCheck, Severity>> = { whitespace: 'info' };

function hasLink(entry: Entry): boolean {
  return entry.links.length + entry.arxiv.length + entry.dois.length > 0;
}

/** A link whose text reads as a paper's title (`- paper: [Crosslingual Generalization through …](…)`). */
function hasTitleLink(entry: Entry): boolean {
  return entry.links.some((link) => isTitleLike(link.label) && link.label.trim().split(/\s+/).length >= 3);
}

/** At most this many places are quoted in one message; the rest are counted (`and 21 more`). */
const MAX_QUOTED = 3;

/** "'a', 'b' and 'c'", or "'a', 'b', 'c' and 21 more": an annotation stays readable. */
function listed(places: string[]): string {
  if (places.length > MAX_QUOTED)
    return `${places.slice(0, MAX_QUOTED).join(', ')} and ${places.length - MAX_QUOTED} more`;
  return places.length < 2 ? (places[0] ?? '') : `${places.slice(0, -1).join(', ')} and ${places.at(-1)}`;
}

/** One fix for several: the source from the first to the last with each applied; none when two overlap. */
function mergedFix(source: string, fixes: Fix[]): Fix | undefined {
  const sorted = [...fixes].sort((a, b) => a.start - b.start);
  let replacement = '';
  for (let i = 0; i < sorted.length; i++) {
    if (i > 0 && sorted[i].start < sorted[i - 1].end) return undefined;
    if (i > 0) replacement += source.slice(sorted[i - 1].end, sorted[i].start);
    replacement += sorted[i].replacement;
  }
  return { start: sorted[0].start, end: sorted.at(-1)!.end, replacement };
}

/** The source a problem's fix replaces, or its place. */
function reach(problem: Problem): [number, number] {
  return problem.fix
    ? [problem.fix.start, Math.max(problem.fix.end, problem.fix.start + 1)]
    : [problem.at, problem.at + 1];
}

/**
 * One defect, one finding: a problem on source that a problem of another check already covers (a label's case
 * inside a link whose syntax is broken) is left out; the first check reported wins, link syntax first.
 */
function oneFindingPerDefect(problems: Problem[]): Problem[] {
  const kept: Problem[] = [];
  for (const problem of [...problems].sort(
    (a, b) => CHECK_ORDER.indexOf(a.check) - CHECK_ORDER.indexOf(b.check),
  )) {
    const [from, to] = reach(problem);
    const covered = kept.some((other) => {
      const [a, b] = reach(other);
      return other.check !== problem.check && from < b && a < to;
    });
    if (!covered) kept.push(problem);
  }
  return kept.sort((a, b) => a.at - b.at);
}

/** Which check's finding stands when two describe the same place. */
const CHECK_ORDER = Object.keys(DEFAULTS) as SubCheck[];

/**
 * An entry's problems as findings: those of one check that expect the same become one, naming each place;
 * full-width punctuation is one finding whatever the characters (`（Workshop）`).
 */
function findingsOf(list: PaperList, entry: Entry, problems: Problem[]): RuleFinding[] {
  const groups = new Map<string, Problem[]>();
  for (const problem of oneFindingPerDefect(problems)) {
    const key = problem.check === 'fullwidth' ? problem.check : `${problem.check}\u0000${problem.expected}`;
    const group = groups.get(key);
    if (group) group.push(problem);
    else groups.set(key, [problem]);
  }
  return [...groups.values()].map((group) => {
    const { check, arxivLink } = group[0];
    const expected = group.every((problem) => problem.expected === group[0].expected)
      ? group[0].expected
      : 'Expected ASCII punctuation instead of full-width in';
    const fixes = group.flatMap((problem) => (problem.fix ? [problem.fix] : []));
    const fix = fixes.length === group.length ? mergedFix(list.source, fixes) : undefined;
    return {
      severity: SEVERITY[check] ?? 'warning',
      message: `${[expected, listed([...new Set(group.flatMap((problem) => problem.where ?? []))])].join(' ').trim()} (${check})`,
      span: entry.span,
      ...(fix && { fix }),
      ...(arxivLink && { arxivLink }),
    };
  });
}

function check(list: PaperList, options: EntryFormatOptions, context: RuleContext): RuleFinding[] {
  const problems = new Map<Entry, Problem[]>();
  const report = (entry: Entry, problem: Problem) => {
    if (!options[problem.check]) return;
    const known = problems.get(entry);
    if (known) known.push(problem);
    else problems.set(entry, [problem]);
  };
  const tally = new StyleTally();
  const spacing = spacingScope(list.source);

  for (const entry of list.entries) {
    const start = entry.span.start.offset;
    const text = list.source.slice(start, ownEnd(list, entry));
    const masked = maskText(text);
    const linked = hasLink(entry);
    tally.enter(entry);
    if (linked) tally.count('link', 'linked');
    else {
      tally.observe({
        entry,
        dimension: 'link',
        variant: 'none',
        report: () => ({
          check: 'no-link',
          at: start,
          expected: 'Expected a link, as most entries have',
          arxivLink: { entry },
        }),
      });
    }
    const syntaxProblems = options['link-syntax'] ? linkSyntaxProblems(text, masked) : [];
    // A title lost in a broken link comes back once the link is fixed.
    if (linked && entry.title.trim() === '' && syntaxProblems.length === 0 && !hasTitleLink(entry)) {
      report(entry, { check: 'empty-title', at: start, expected: 'Expected a title besides the links' });
    }
    for (const problem of syntaxProblems) {
      const fix = problem.fix && {
        ...problem.fix,
        start: start + problem.fix.start,
        end: start + problem.fix.end,
      };
      report(entry, { ...problem, at: start + problem.at, ...(fix && { fix }) });
    }
    observeSpacing(entry, masked, start, tally, spacing);
    observeDates(list, entry, tally);
    observeLabels(list, entry, tally);
    observeSeparators(list, entry, tally);
  }

  for (const observation of tally.observations) {
    const expected = tally.expected(observation);
    const problem = expected === undefined ? undefined : observation.report(expected);
    if (problem) report(observation.entry, problem);
  }
  const findings: RuleFinding[] = [];
  for (const entry of list.entries) {
    const own = problems.get(entry);
    if (own) findings.push(...findingsOf(list, entry, own));
  }
  return options.directive ? [...findings, ...unknownDirectiveFindings(context)] : findings;
}

export default defineRule<EntryFormatOptions>('entry-format', DEFAULTS, check);
