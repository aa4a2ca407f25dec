/**
 * @rule entry-format
 * @summary Entries without a link or title, broken link syntax, and spacing, punctuation, date and label styles that break the list's own convention.
 * @fixable yes
 *
 * Each finding names its sub-check in parentheses at the end of the message:
 * - `no-link`: an entry with no link at all (only when most entries of the list have one);
 * - `empty-title`: an entry with links but no title;
 * - `link-syntax`: broken Markdown links — `[text] (https://…)`, `[text]https://…)`, a URL whose `)` is
 *   missing, unbalanced `[`/`]` (`[[Link]]](…)`) or `(`/`)` (`([Demo](…)), …`);
 * - `spacing`: a double space between words, a space before a comma, a missing space after a comma;
 * - `fullwidth`: full-width `，：；（）` next to Latin text;
 * - `date`: `2023/5` among `2023/05` (or `2023.05` among `2023/05`);
 * - `label`: a link label spelled differently from the same label elsewhere (`Paper` among `paper`);
 * - `separator`: what separates two links of an entry (`  `, ` `, `, ` or nothing).
 *
 * Style checks (`spacing`, `fullwidth`, `date`, `label`, `separator`) follow the list's own majority:
 * each variant is counted per section (over the whole list when a section has fewer than five
 * occurrences) and only a variant used less than a third as often as the majority is reported, so a
 * list that consistently writes `2023/5` or separates links with two spaces is left alone.
 * Full-width punctuation between CJK characters is never reported.
 *
 * All findings are warnings, on the entry. Safe fixes: double space → one space, space before a comma
 * removed, full-width punctuation → ASCII, date padding or separator → the majority's, the space in
 * `[text] (url)` removed, separators between links → the majority's. Every sub-check can be turned off
 * with an option of its name set to `false`, e.g. `{"spacing": false}`.
 *
 * @example ok
 * - Title One, arxiv 2023/05, [[paper]](https://arxiv.org/abs/2305.11700)
 * - Title Two, arxiv 2023/06, [[paper]](https://arxiv.org/abs/2306.11700)
 *
 * @example not-ok
 * - Title One,  arxiv 2023/05, [[paper]](https://arxiv.org/abs/2305.11700)
 * - Title Two , arxiv 2023/06, [[paper]](https://arxiv.org/abs/2306.11700)
 * - Title Three，arxiv 2023/7, [[paper]](https://arxiv.org/abs/2307.11700)
 * - Title Four, arxiv 2023/08, [paper] (https://arxiv.org/abs/2308.11700)
 * - Title Five, arxiv 2023/09
 * @expect 1:1 warning Unexpected double space after 'One,' (spacing)
 * @expect 2:1 warning Unexpected space before comma after 'Two' (spacing)
 * @expect 3:1 warning Unexpected full-width '，' after 'Three', expected ',' (fullwidth)
 * @expect 3:1 warning Unexpected date '2023/7', expected '2023/07' (date)
 * @expect 4:1 warning Unexpected space between link text and URL after '[paper]' (link-syntax)
 * @expect 5:1 warning Unexpected entry without a link (no-link)
 *
 * @example not-ok
 * - Some Paper, WSDM 2025, [[Link]]](https://arxiv.org/abs/2412.02588)
 * - Another Paper, arxiv 2023/05, ([paper](https://arxiv.org/abs/2305.11700)), [code](https://github.com/o/r))
 * @expect 1:1 warning Unbalanced brackets: unmatched ']' after '[[Link]]' (link-syntax)
 * @expect 2:1 warning Unbalanced parentheses: unmatched ')' after '[code]' (link-syntax)
 */

import { maskRanges } from '../parse/flat.js';
import { normalizeTitle } from '../text/title.js';
import type { Entry, Fix, PaperList, RuleFinding } from '../types.js';
import { defineRule } from './rule.js';

export interface EntryFormatOptions {
  'no-link': boolean;
  'empty-title': boolean;
  'link-syntax': boolean;
  spacing: boolean;
  fullwidth: boolean;
  date: boolean;
  label: boolean;
  separator: boolean;
}

type SubCheck = keyof EntryFormatOptions;

const DEFAULTS: EntryFormatOptions = {
  'no-link': true,
  'empty-title': true,
  'link-syntax': true,
  spacing: true,
  fullwidth: true,
  date: true,
  label: true,
  separator: true,
};

/** One occurrence of a style variant that is worth reporting when it is a clear minority. */
interface Observation {
  entry: Entry;
  /** Source offset of the occurrence, to order findings along the entry. */
  at: number;
  check: SubCheck;
  /** What is being counted (`date-padding`, `label:paper`, `comma-before`…). */
  dimension: string;
  variant: string;
  /** Message and fix for when this variant turns out to be the minority; `expected` is the majority. */
  report: (expected: string) => { message: string; fix?: Fix } | undefined;
}

/**
 * Where the observers put what they see: every variant is counted (per section and for the whole list),
 * but only variants that can be wrong (a double space, not a single one) become observations.
 */
class StyleTally {
  readonly observations: Observation[] = [];
  /** dimension → variant → occurrences, for the whole list and for each section. */
  private readonly list: Counts = new Map();
  private readonly sections = new Map<string, Counts>();
  private current: Counts = new Map();
  private readonly scopeOf = new Map<Observation, Counts>();
  private readonly majorities = new WeakMap<Map<string, number>, Majority>();

  /** The entry the next counts and observations belong to. */
  enter(entry: Entry): void {
    const key = entry.section.join('\u0000');
    const counts = this.sections.get(key) ?? new Map();
    this.sections.set(key, counts);
    this.current = counts;
  }

  count(dimension: string, variant: string): void {
    bump(this.current, dimension, variant);
    bump(this.list, dimension, variant);
  }

  observe(observation: Observation): void {
    this.count(observation.dimension, observation.variant);
    this.observations.push(observation);
    this.scopeOf.set(observation, this.current);
  }

  /** The majority variant when `observation`'s own is a clear minority in its section (or, in small sections, the list). */
  expected(observation: Observation): string | undefined {
    const section = this.scopeOf.get(observation)!.get(observation.dimension)!;
    const variants =
      this.majorityOf(section).total >= MIN_SECTION_SAMPLE ? section : this.list.get(observation.dimension)!;
    const winner = this.majorityOf(variants);
    const own = variants.get(observation.variant) ?? 0;
    return winner.majority !== observation.variant && winner.count >= MAJORITY_RATIO * own
      ? winner.majority
      : undefined;
  }

  private majorityOf(variants: Map<string, number>): Majority {
    let known = this.majorities.get(variants);
    if (!known) {
      known = { majority: '', count: 0, total: 0 };
      for (const [variant, n] of variants) {
        known.total += n;
        if (n > known.count) Object.assign(known, { majority: variant, count: n });
      }
      this.majorities.set(variants, known);
    }
    return known;
  }
}

type Counts = Map<string, Map<string, number>>;
type Majority = { majority: string; count: number; total: number };

function bump(counts: Counts, dimension: string, variant: string): void {
  const variants = counts.get(dimension) ?? new Map<string, number>();
  variants.set(variant, (variants.get(variant) ?? 0) + 1);
  counts.set(dimension, variants);
}

/** Sections with fewer occurrences than this borrow the whole list's convention. */
const MIN_SECTION_SAMPLE = 5;
/** A variant is reported when the majority is used at least this many times as often. */
const MAJORITY_RATIO = 3;

const CJK =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF01-\uFF60]/u;
const FULLWIDTH: Record<string, string> = { '，': ',', '：': ':', '；': ';', '（': '(', '）': ')' };
const MASK = '\u0000';
const CJK_WINDOW = 20;

/** What `maskText` blanks out, in UTF-16 units (the same indices as regex matches). */
const MASKED = [
  // A link broken by a space (`[text] (url)`) is reported once, by link-syntax.
  /(?<=\])[ \t]+\(https?:\/\/[^\s)]*\)/g,
  // List markers and the spaces after them are Markdown syntax, not prose.
  /^[ \t]*(?:[-+*]|\d{1,9}[.)])[ \t]+/gm,
  /`[^`\n]*`/g,
  /\]\((?:<[^>\n]*>|(?:[^()\s]|\([^()\s]*\))*)(?:\s+"[^"\n]*")?\)/g,
  /<\/?[a-zA-Z][^>\n]*>/g,
  /\bhttps?:\/\/[^\s()<>[\]]+(?:\([^\s()<>]*\)[^\s()<>[\]]*)*/g,
];

/** The entry's own text: its span up to the first nested entry, which reports for itself. */
function ownRange(list: PaperList, entry: Entry): [number, number] {
  const start = entry.span.start.offset;
  let end = entry.span.end.offset;
  const next = list.entries[entry.index + 1];
  if (next && next.span.start.offset > start && next.span.start.offset < end) end = next.span.start.offset;
  return [start, end];
}

/**
 * The text with link destinations, bare URLs, inline code and HTML tags blanked out (same length), so
 * that spacing and bracket checks only see prose and link labels.
 */
function maskText(text: string): string {
  const ranges: Array<[number, number]> = [];
  for (const pattern of MASKED) {
    for (const match of text.matchAll(pattern)) {
      // Keep the `]` of a link so that bracket counting still sees it.
      const from = match[0].startsWith('](') ? match.index + 1 : match.index;
      ranges.push([from, match.index + match[0].length]);
    }
  }
  // Line breaks stay where they were: a masked link title may span lines.
  return maskRanges(text, ranges, (segment) => segment.replace(/[^\n]/g, MASK));
}

/** The word before `at` (for messages that must say where on a long line the problem is). */
function wordBefore(text: string, at: number): string {
  const before = text
    .slice(Math.max(0, at - 200), at)
    .replaceAll(MASK, '')
    .trimEnd();
  const word = /\S+$/.exec(before)?.[0] ?? '';
  return word.length > 30 ? word.slice(-30) : word;
}

/** `after 'word'`, or `before 'word'` at the start of the entry's text. */
function placeOf(text: string, at: number, length = 0): string {
  const before = wordBefore(text, at);
  if (before !== '') return `after '${before}'`;
  const after = /^\S{0,30}/.exec(
    text
      .slice(at + length, at + length + 200)
      .replaceAll(MASK, '')
      .trimStart(),
  )?.[0];
  return `before '${after ?? ''}'`;
}

/** Within a CJK note (`【短文，KG+RS】`), full-width punctuation and tight commas are the norm. */
function isCjkContext(text: string, at: number): boolean {
  return CJK.test(text.slice(Math.max(0, at - CJK_WINDOW), at + 1 + CJK_WINDOW).replace(/[，：；（）]/g, ''));
}

function observeSpacing(entry: Entry, masked: string, base: number, out: StyleTally) {
  for (const match of masked.matchAll(/(?<=[^\s|\u0000])( +)(?=[^\s|\u0000])/g)) {
    const at = match.index;
    const length = match[0].length;
    if (length === 1) {
      out.count('word-gap', 'single');
      continue;
    }
    out.observe({
      at: base + at,
      entry,
      check: 'spacing',
      dimension: 'word-gap',
      variant: 'double',
      report: () => ({
        message: `Unexpected double space ${placeOf(masked, at)} (spacing)`,
        fix: { start: base + at, end: base + at + length, replacement: ' ' },
      }),
    });
  }
  for (const match of masked.matchAll(/(?<=[^\s\u0000])( *),/g)) {
    const at = match.index;
    const spaces = match[1].length;
    if (spaces === 0) {
      out.count('comma-before', 'none');
      continue;
    }
    out.observe({
      at: base + at,
      entry,
      check: 'spacing',
      dimension: 'comma-before',
      variant: 'space',
      report: () => ({
        message: `Unexpected space before comma ${placeOf(masked, at)} (spacing)`,
        fix: { start: base + at, end: base + at + spaces, replacement: '' },
      }),
    });
  }
  for (const match of masked.matchAll(/,(?=[ \p{L}])/gu)) {
    const at = match.index;
    if (isCjkContext(masked, at)) continue;
    if (masked[at + 1] === ' ') {
      out.count('comma-after', 'space');
      continue;
    }
    out.observe({
      at: base + at,
      entry,
      check: 'spacing',
      dimension: 'comma-after',
      variant: 'none',
      report: () => ({
        message: `Missing space after comma ${placeOf(masked, at + 1)} (spacing)`,
      }),
    });
  }
}

function observeFullwidth(entry: Entry, masked: string, base: number, out: StyleTally) {
  for (const match of masked.matchAll(/[，：；（）,:;()]/g)) {
    const at = match.index;
    const char = match[0];
    const ascii = FULLWIDTH[char];
    if (ascii === undefined) {
      out.count(`width${char}`, 'ascii');
      continue;
    }
    if (isCjkContext(masked, at)) continue;
    // `，Next` becomes `, Next`; an opening or closing bracket stays a single character.
    const spacesAfter = /^ */.exec(masked.slice(at + 1))?.[0].length ?? 0;
    const followed = /[^\s\u0000]/.test(masked[at + 1 + spacesAfter] ?? '');
    const replacement = ascii === '(' || ascii === ')' || !followed ? ascii : `${ascii} `;
    out.observe({
      at: base + at,
      entry,
      check: 'fullwidth',
      dimension: `width${ascii}`,
      variant: 'fullwidth',
      report: () => ({
        message: `Unexpected full-width '${char}' ${placeOf(masked, at, 1)}, expected '${ascii}' (fullwidth)`,
        fix: {
          start: base + at,
          end: base + at + 1 + (replacement.length > 1 ? spacesAfter : 0),
          replacement,
        },
      }),
    });
  }
}

const DATE_NUMBERS = /(\d{4})\s*([./-])\s*(\d{1,2})(?!\d)/;

function observeDates(list: PaperList, entry: Entry, out: StyleTally) {
  for (const date of entry.dates) {
    const match = DATE_NUMBERS.exec(date.text);
    if (!match || date.month === undefined) continue;
    const [written, year, separator, month] = match;
    const start = date.span.start.offset + date.text.indexOf(written);
    const located = list.source.slice(start, start + written.length) === written;
    const rewrite = (expectedSeparator: string, padded: boolean) => {
      const expected = `${year}${expectedSeparator}${padded ? month.padStart(2, '0') : String(Number(month))}`;
      return {
        message: `Unexpected date '${written}', expected '${expected}' (date)`,
        fix: located ? { start, end: start + written.length, replacement: expected } : undefined,
      };
    };
    const padded = month.length === 2;
    out.observe({
      at: start,
      entry,
      check: 'date',
      dimension: 'date-separator',
      variant: separator,
      report: (expected) => rewrite(expected, padded),
    });
    // `2023/11` is written the same padded or not: only months 1–9 show the convention.
    if (Number(month) < 10) {
      out.observe({
        at: start,
        entry,
        check: 'date',
        dimension: 'date-padding',
        variant: padded ? 'padded' : 'unpadded',
        report: (expected) => rewrite(separator, expected === 'padded'),
      });
    }
  }
}

const MAX_SEPARATOR = 3;

function describeSeparator(gap: string): string {
  if (gap === '') return 'nothing';
  if (/^ +$/.test(gap)) return gap.length === 1 ? 'a space' : `${gap.length} spaces`;
  return `'${gap}'`;
}

function observeLinks(list: PaperList, entry: Entry, out: StyleTally) {
  for (const link of entry.links) {
    if (link.label === link.url) continue;
    const word = normalizeTitle(link.label);
    // Title links and bare URLs are not labels; a long label is prose.
    if (word === '' || word.split(' ').length > 3 || word === normalizeTitle(entry.title)) continue;
    out.observe({
      at: link.span.start.offset,
      entry,
      check: 'label',
      dimension: `label:${word}`,
      variant: link.label,
      report: (expected) => ({
        message: `Unexpected link label '${link.label}', expected '${expected}' (label)`,
      }),
    });
  }
  for (let i = 1; i < entry.links.length; i++) {
    const from = entry.links[i - 1].span.end.offset;
    const to = entry.links[i].span.start.offset;
    const gap = list.source.slice(from, to);
    if (to < from || gap.length > MAX_SEPARATOR || !/^[ ,;|/·]*$/.test(gap)) continue;
    out.observe({
      at: from,
      entry,
      check: 'separator',
      dimension: 'separator',
      variant: gap,
      report: (expected) => ({
        message: `Unexpected separator ${describeSeparator(gap)} between links, expected ${describeSeparator(expected)} (separator)`,
        fix: { start: from, end: to, replacement: expected },
      }),
    });
  }
}

/** The pairs that must balance: pair 0 is `[]`, pair 1 is `()` with full-width `（）`. */
const BRACKET_NAMES = ['brackets', 'parentheses'];

/** `2 * pair` for an opening character, `2 * pair + 1` for a closing one, -1 for anything else. */
function bracketKind(code: number): number {
  switch (code) {
    case 0x5b:
      return 0;
    case 0x5d:
      return 1;
    case 0x28:
    case 0xff08:
      return 2;
    case 0x29:
    case 0xff09:
      return 3;
    default:
      return -1;
  }
}

/** Per pair, the first closing character without an opener, else the last opener left open: one pass for both pairs. */
function unbalancedBrackets(masked: string): Array<number | undefined> {
  const open: number[][] = [[], []];
  const unmatched: Array<number | undefined> = [undefined, undefined];
  for (let i = 0; i < masked.length; i++) {
    const kind = bracketKind(masked.charCodeAt(i));
    if (kind < 0) continue;
    const pair = kind >> 1;
    if (unmatched[pair] !== undefined) continue;
    if (kind % 2 === 0) open[pair].push(i);
    else if (open[pair].length === 0) unmatched[pair] = i;
    else open[pair].pop();
  }
  return unmatched.map((at, pair) => at ?? open[pair].at(-1));
}

/** Broken link Markdown that the parser could not read as a link. */
function linkSyntaxProblems(
  text: string,
  masked: string,
): { at: number; message: string; fix?: [number, number, string] }[] {
  const problems: { at: number; message: string; fix?: [number, number, string] }[] = [];
  for (const match of text.matchAll(/\]([ \t]+)\((?=https?:\/\/|www\.)/g)) {
    problems.push({
      at: match.index,
      message: `Unexpected space between link text and URL ${placeOf(text, match.index + 1)} (link-syntax)`,
      fix: [match.index + 1, match.index + 1 + match[1].length, ''],
    });
  }
  for (const match of text.matchAll(/\](?=https?:\/\/[^\s)]*\))/g)) {
    problems.push({
      at: match.index,
      message: `Missing '(' before link URL ${placeOf(text, match.index + 1)} (link-syntax)`,
      fix: [match.index + 1, match.index + 1, '('],
    });
  }
  for (const match of text.matchAll(/\]\((https?:\/\/[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)(?=\s|$)/g)) {
    problems.push({
      at: match.index,
      message: `Missing ')' after link URL ${placeOf(text, match.index + 1)} (link-syntax)`,
    });
  }
  if (problems.length > 0) return problems;
  unbalancedBrackets(masked).forEach((unmatched, pair) => {
    if (unmatched === undefined) return;
    const char = masked[unmatched];
    const where =
      bracketKind(masked.charCodeAt(unmatched)) % 2 === 1
        ? `after '${wordBefore(masked, unmatched)}'`
        : `before '${/^[^\s\u0000]{0,30}/.exec(masked.slice(unmatched + 1))?.[0] ?? ''}'`;
    problems.push({
      at: unmatched,
      message: `Unbalanced ${BRACKET_NAMES[pair]}: unmatched '${char}' ${where} (link-syntax)`,
    });
  });
  return problems;
}

function hasLink(entry: Entry): boolean {
  return entry.links.length + entry.arxiv.length + entry.dois.length > 0;
}

function check(list: PaperList, options: EntryFormatOptions): RuleFinding[] {
  const findings: { entry: number; at: number; finding: RuleFinding }[] = [];
  const add = (entry: Entry, at: number, message: string, fix?: Fix) =>
    findings.push({
      entry: entry.span.start.offset,
      at,
      finding: { severity: 'warning', message, span: entry.span, ...(fix ? { fix } : {}) },
    });
  const tally = new StyleTally();
  const withLinks = list.entries.filter(hasLink).length;

  for (const entry of list.entries) {
    const [start, end] = ownRange(list, entry);
    const text = list.source.slice(start, end);
    const masked = maskText(text);
    const linked = hasLink(entry);
    if (options['no-link'] && !linked && withLinks * 2 > list.entries.length) {
      add(entry, start, 'Unexpected entry without a link (no-link)');
    }
    const syntaxProblems = options['link-syntax'] ? linkSyntaxProblems(text, masked) : [];
    // A title lost in a broken link comes back once the link is fixed.
    if (options['empty-title'] && linked && entry.title.trim() === '' && syntaxProblems.length === 0) {
      add(entry, start, 'Unexpected entry without a title (empty-title)');
    }
    for (const problem of syntaxProblems) {
      const fix = problem.fix && {
        start: start + problem.fix[0],
        end: start + problem.fix[1],
        replacement: problem.fix[2],
      };
      add(entry, start + problem.at, problem.message, fix);
    }
    tally.enter(entry);
    if (options.spacing) observeSpacing(entry, masked, start, tally);
    if (options.fullwidth) observeFullwidth(entry, masked, start, tally);
    if (options.date) observeDates(list, entry, tally);
    if (options.label || options.separator) observeLinks(list, entry, tally);
  }

  for (const observation of tally.observations) {
    if (!options[observation.check]) continue;
    const expected = tally.expected(observation);
    const report = expected === undefined ? undefined : observation.report(expected);
    if (report) add(observation.entry, observation.at, report.message, report.fix);
  }
  return findings.sort((a, b) => a.entry - b.entry || a.at - b.at).map((f) => f.finding);
}

export default defineRule<EntryFormatOptions>('entry-format', DEFAULTS, check);
