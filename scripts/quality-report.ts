// The quality report's figures: what the offline rules say about real lists, per 100 entries. Shared by
// `npm run quality` and the corpus test that holds the thresholds on them.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { findArxivIdsInText } from '../src/arxiv/id.js';
import { lintText } from '../src/index.js';
import { isLinkLabel } from '../src/parse/title.js';
import { isAuthorList } from '../src/text/authors.js';
import type { Finding, Link, RuleId } from '../src/types.js';

/** Findings of one rule (or of all rules) on one list. `unfixable` counts the warnings that carry no fix. */
export interface FindingCounts {
  errors: number;
  warnings: number;
  unfixable: number;
  infos: number;
}

/** The counts of one list that add up over lists. */
interface EntryCounts {
  entries: number;
  /** Entries with a title that is neither a link label (`[Paper]` names no paper) nor an author list. */
  titled: number;
  /** Entries whose title is an author list (`Gallego, G., Delbruck, T.`): the entry model took the wrong slot. */
  authorTitles: number;
  /** Entries with an arXiv id, and those of them with a title. */
  arxivEntries: number;
  arxivTitled: number;
  /** Titles the entry model says are full paper titles, and those it says are names (short name, acronym). */
  fullTitles: number;
  names: number;
  /** arXiv abs/pdf links that no entry holds: papers the entry model may have dropped. */
  arxivLinksOutside: number;
  /** Distinct arXiv ids written anywhere in the raw text (links, HTML, `arXiv:` prose), and those an entry holds. */
  arxivIds: number;
  arxivIdsInEntries: number;
}

export interface ListQuality extends EntryCounts {
  /** The list's file name. */
  list: string;
  total: FindingCounts;
  byRule: Partial<Record<RuleId, FindingCounts>>;
  /** What lintText threw instead of returning findings. */
  crash?: string;
}

/**
 * What the issues hold every list to: per 100 entries at most 50 warnings and 10 that `--fix` cannot fix; at
 * most 5 % of entries untitled and 0.5 % titled by an author list; at least 97 % of the arXiv ids the text
 * names inside entries.
 */
export const THRESHOLDS = {
  warnings: 50,
  unfixable: 10,
  untitled: 5,
  authorTitles: 0.5,
  arxivIdsInEntries: 97,
} as const;

const ARXIV_PAPER_LINK = /arxiv\.org\/(?:abs|pdf)\//i;
/** An arXiv paper address in raw text, Markdown or HTML alike: `arxiv.org/abs/2305.11700`, `arxiv.org/pdf/hep-th/9901001`. */
const ARXIV_ADDRESS = /arxiv\.org\/(?:abs|pdf|html)\/+(?:(\d{4}\.\d{4,5})|([a-z-]+(?:\.[A-Z]{2})?\/\d{7}))/gi;

/** The distinct arXiv ids a list's raw text names, whether or not the Markdown reader sees them as links. */
export function arxivIdsInText(text: string): Set<string> {
  const ids = new Set<string>();
  for (const match of text.matchAll(ARXIV_ADDRESS))
    ids.add(match[1] ?? match[2].toLowerCase().replace(/\.[a-z]{2}\//, '/'));
  for (const found of findArxivIdsInText(text)) ids.add(found.id);
  return ids;
}
const ENTRY_COUNTS = [
  'entries',
  'titled',
  'authorTitles',
  'arxivEntries',
  'arxivTitled',
  'fullTitles',
  'names',
  'arxivLinksOutside',
  'arxivIds',
  'arxivIdsInEntries',
] as const satisfies ReadonlyArray<keyof EntryCounts>;

const noFindings = (): FindingCounts => ({ errors: 0, warnings: 0, unfixable: 0, infos: 0 });

function emptyQuality(list: string): ListQuality {
  const quality = { list, total: noFindings(), byRule: {} } as ListQuality;
  for (const key of ENTRY_COUNTS) quality[key] = 0;
  return quality;
}

function countFinding(counts: FindingCounts, finding: Finding): void {
  if (finding.severity === 'error') counts.errors++;
  else if (finding.severity === 'info') counts.infos++;
  else {
    counts.warnings++;
    if (!finding.fix) counts.unfixable++;
  }
}

function addFindings(into: FindingCounts, from: FindingCounts): void {
  for (const key of Object.keys(into) as Array<keyof FindingCounts>) into[key] += from[key];
}

/** Lints one list's text offline and counts its entries, titles and findings; a throw is recorded as a crash. */
export function qualityOf(list: string, text: string, today?: Date): ListQuality {
  const quality = emptyQuality(list);
  let linted: ReturnType<typeof lintText>;
  try {
    linted = lintText(text, list, { today });
  } catch (error) {
    quality.crash = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return quality;
  }
  const entryLinks = new Set<Link>();
  const entryIds = new Set<string>();
  for (const entry of linted.list.entries) {
    const authors = isAuthorList(entry.title);
    const titled = entry.title.trim() !== '' && !isLinkLabel(entry.title) && !authors;
    quality.entries++;
    if (authors) quality.authorTitles++;
    if (titled) quality.titled++;
    for (const ref of entry.arxiv) entryIds.add(ref.id);
    if (titled && entry.titleKind === 'full') quality.fullTitles++;
    if (titled && entry.titleKind === 'name') quality.names++;
    if (entry.arxiv.length > 0) {
      quality.arxivEntries++;
      if (titled) quality.arxivTitled++;
    }
    for (const link of entry.links) entryLinks.add(link);
  }
  quality.arxivLinksOutside = (linted.list.links ?? []).filter(
    (link) => !entryLinks.has(link) && ARXIV_PAPER_LINK.test(link.url),
  ).length;
  const textIds = arxivIdsInText(text);
  quality.arxivIds = textIds.size;
  quality.arxivIdsInEntries = [...textIds].filter((id) => entryIds.has(id)).length;
  for (const finding of linted.findings) {
    countFinding(quality.total, finding);
    quality.byRule[finding.rule] ??= noFindings();
    countFinding(quality.byRule[finding.rule]!, finding);
  }
  return quality;
}

/** The Markdown files of a folder of lists, sorted by name. */
export function listFiles(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .sort((a, b) => a.localeCompare(b));
}

export function qualityOfFolder(folder: string, today?: Date): ListQuality[] {
  return listFiles(folder).map((name) =>
    qualityOf(name, readFileSync(path.join(folder, name), 'utf8'), today),
  );
}

/** Every list's figures added up. */
export function totalOf(rows: ListQuality[], list = 'all lists'): ListQuality {
  const total = emptyQuality(list);
  for (const row of rows) {
    for (const key of ENTRY_COUNTS) total[key] += row[key];
    addFindings(total.total, row.total);
    for (const [rule, counts] of Object.entries(row.byRule) as Array<[RuleId, FindingCounts]>) {
      total.byRule[rule] ??= noFindings();
      addFindings(total.byRule[rule]!, counts);
    }
  }
  return total;
}

/** Findings per 100 entries; a list without entries has none to spread them over. */
export function per100(findings: number, entries: number): number {
  if (entries === 0) return findings === 0 ? 0 : Number.POSITIVE_INFINITY;
  return (findings * 100) / entries;
}

/** A rate per 100 entries with the count it comes from: `12.5 (40)`. */
function rate(findings: number, entries: number): string {
  const value = per100(findings, entries);
  return `${Number.isFinite(value) ? value.toFixed(1) : '∞'} (${findings})`;
}

const share = (part: number, whole: number) => (whole === 0 ? '–' : `${((part * 100) / whole).toFixed(1)} %`);

/** Why a list misses the targets, one phrase each; empty when it meets them. */
export function missedTargets(quality: ListQuality): string[] {
  if (quality.crash) return [`crashed: ${quality.crash.split('\n')[0]}`];
  const { warnings, unfixable } = quality.total;
  const missed: string[] = [];
  if (per100(warnings, quality.entries) > THRESHOLDS.warnings)
    missed.push(`warnings ${rate(warnings, quality.entries)} > ${THRESHOLDS.warnings}`);
  if (per100(unfixable, quality.entries) > THRESHOLDS.unfixable)
    missed.push(`unfixable ${rate(unfixable, quality.entries)} > ${THRESHOLDS.unfixable}`);
  const untitled = quality.entries - quality.titled;
  if (quality.entries > 0 && per100(untitled, quality.entries) > THRESHOLDS.untitled)
    missed.push(`untitled ${share(untitled, quality.entries)} > ${THRESHOLDS.untitled} %`);
  if (quality.entries > 0 && per100(quality.authorTitles, quality.entries) > THRESHOLDS.authorTitles)
    missed.push(
      `author-list titles ${share(quality.authorTitles, quality.entries)} > ${THRESHOLDS.authorTitles} %`,
    );
  if (
    quality.arxivIds > 0 &&
    per100(quality.arxivIdsInEntries, quality.arxivIds) < THRESHOLDS.arxivIdsInEntries
  )
    missed.push(
      `arXiv ids in entries ${share(quality.arxivIdsInEntries, quality.arxivIds)} < ${THRESHOLDS.arxivIdsInEntries} %`,
    );
  return missed;
}

const tableRow = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`;
const header = (names: string[]) => [tableRow(names), tableRow(names.map(() => '---'))];
const shortName = (list: string) => list.replace(/\.md$/, '');

/** The report as Markdown: a table of lists (with each one's missed targets), then one of rules per list. */
export function qualityMarkdown(rows: ListQuality[]): string {
  const total = totalOf(rows);
  const lines = [
    `Findings per 100 entries (count in parentheses); unfixable = warnings without a fix; arXiv ids in entries = distinct ids the raw text names (links, HTML, \`arXiv:\` prose) that an entry holds. Targets: warnings ≤ ${THRESHOLDS.warnings}, unfixable ≤ ${THRESHOLDS.unfixable}, untitled ≤ ${THRESHOLDS.untitled} %, author-list titles ≤ ${THRESHOLDS.authorTitles} %, arXiv ids in entries ≥ ${THRESHOLDS.arxivIdsInEntries} %.`,
    '',
    ...header([
      'list',
      'entries',
      'titled',
      'arXiv entries titled',
      'arXiv links outside entries',
      'arXiv ids in entries',
      'author-list titles',
      'names among titles',
      'errors',
      'warnings',
      'unfixable',
      'infos',
      'targets',
    ]),
  ];
  for (const q of [...rows, total]) {
    const missed = missedTargets(q);
    lines.push(
      tableRow([
        shortName(q.list),
        q.entries,
        share(q.titled, q.entries),
        `${share(q.arxivTitled, q.arxivEntries)} of ${q.arxivEntries}`,
        q.arxivLinksOutside,
        `${share(q.arxivIdsInEntries, q.arxivIds)} of ${q.arxivIds}`,
        `${share(q.authorTitles, q.entries)} (${q.authorTitles})`,
        share(q.names, q.names + q.fullTitles),
        rate(q.total.errors, q.entries),
        rate(q.total.warnings, q.entries),
        rate(q.total.unfixable, q.entries),
        rate(q.total.infos, q.entries),
        q === total ? '' : missed.length === 0 ? 'met' : `**missed**: ${missed.join('; ')}`,
      ]),
    );
  }
  lines.push('', ...header(['list', 'rule', 'errors', 'warnings', 'unfixable', 'infos']));
  for (const q of [...rows, total])
    for (const [rule, counts] of Object.entries(q.byRule).sort(([a], [b]) => a.localeCompare(b)))
      lines.push(
        tableRow([
          shortName(q.list),
          rule,
          rate(counts.errors, q.entries),
          rate(counts.warnings, q.entries),
          rate(counts.unfixable, q.entries),
          rate(counts.infos, q.entries),
        ]),
      );
  return `${lines.join('\n')}\n`;
}
