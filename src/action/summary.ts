import { plural } from '../report/counts.js';
import {
  MARKDOWN_TABLE_HEAD,
  type MarkdownOptions,
  markdownHeadline,
  markdownRow,
} from '../report/markdown.js';
import { listedFindings, uncheckedText } from '../report/unchecked.js';
import type { Finding, Report } from '../types.js';
import type { Annotation } from './annotations.js';
import { permalink, type RunContext } from './event.js';
import { MAX_REVIEW_COMMENTS, type SuggestedChange, suggestionDiff } from './suggestions.js';

/** A job summary may be at most 1 MiB; the margin leaves room for the runner's own bookkeeping. */
export const JOB_SUMMARY_MAX_BYTES = 1024 * 1024 - 1024;
/** Issue bodies and check-run summaries take at most 65 536 characters (never more than bytes). */
export const ISSUE_BODY_MAX_BYTES = 65_536 - 1024;

/**
 * Where annotations went: a `paperlint` check run, workflow commands (within GitHub's per-step caps), or,
 * in a `mode: report` run, the artifact that a `mode: publish` run annotates from.
 */
export type Delivery = 'check-run' | 'workflow-commands' | 'artifact';

/** How a push, scheduled or manual run annotated its findings. */
export interface ScanAnnotations {
  delivery: Exclude<Delivery, 'artifact'>;
  /** Findings that GitHub's per-step caps kept from being shown inline. */
  notShownInline: number;
}

/** How a pull request's findings on added lines were shown. */
export interface PullRequestOutcome {
  /**
   * The findings on lines the pull request adds (they come first in the table), each with its annotation,
   * whose place and message the table shows (a duplicate inserted above the entry it repeats is shown on
   * the added copy).
   */
  onAddedLines: ReadonlyMap<Finding, Annotation>;
  delivery: Delivery;
  /** Findings on added lines that GitHub's per-step caps kept from being shown inline. */
  notShownInline: number;
  /** The suggested changes, when the run made any. */
  suggestions?: SuggestionsOutcome;
}

/** What became of a pull request's suggested changes. */
export interface SuggestionsOutcome {
  /** Posted by this run in a review. */
  posted: number;
  /** Posted by an earlier run of the same lines. */
  alreadyPosted: number;
  /**
   * The changes the job summary shows instead (under *Suggested changes*), and why: a review holds only
   * so many comments, or GitHub refused the review (no permission) or failed it.
   */
  inSummary?: { changes: readonly SuggestedChange[]; reason: 'cap' | 'refused' | 'failed' };
}

const SUGGESTIONS_HERE: Record<NonNullable<SuggestionsOutcome['inSummary']>['reason'], string> = {
  cap: `A review holds at most ${MAX_REVIEW_COMMENTS} comments, so these suggested changes are here instead:`,
  refused:
    'The token may not post a pull request review (a fork pull request, or no `pull-requests: write`), so the suggested changes are here instead, to apply by hand:',
  failed: 'GitHub did not take the review, so the suggested changes are here instead, to apply by hand:',
};

export interface SummaryOptions {
  report: Report;
  context: RunContext;
  pullRequest?: PullRequestOutcome;
  /** On push, scheduled and manual runs: how the findings were annotated. */
  annotated?: ScanAnnotations;
  /** Findings the report left out before the summary was made (a trimmed artifact), counted in its note. */
  leftOut?: number;
  maxBytes: number;
  /** Where the findings cut for size can be read, e.g. "the JSON report (the `report` output)". */
  rest: string;
  /** Extra paragraphs after the counts (run links, notes); already Markdown, never list text. */
  notes?: string[];
}

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

const ANNOTATED: Record<Delivery, string> = {
  'check-run': 'annotated in the `paperlint` check run',
  'workflow-commands': 'annotated on the changed lines',
  artifact:
    'saved in the `paperlint-report` artifact, which the `mode: publish` workflow annotates in the `paperlint` check run',
};

function notShownText(notShownInline: number, where: string): string {
  return notShownInline > 0
    ? ` ${plural(notShownInline, 'finding')} could not be shown inline (GitHub shows at most 10 errors, 10 warnings and 10 notices per step): ${where}.`
    : '';
}

function pullRequestText(outcome: PullRequestOutcome): string {
  const count = outcome.onAddedLines.size;
  if (count === 0) return 'None of them is on a line this pull request adds.\n';
  const hidden = notShownText(outcome.notShownInline, 'the table lists them first');
  return `${plural(count, 'finding is', 'findings are')} on lines this pull request adds: they are ${ANNOTATED[outcome.delivery]}.${hidden}${suggestionsText(outcome.suggestions)}\n`;
}

function scanText(annotated: ScanAnnotations): string {
  const hidden = notShownText(annotated.notShownInline, 'the table lists them all');
  const where = annotated.delivery === 'check-run' ? ANNOTATED['check-run'] : 'annotated on their lines';
  return `They are ${where}.${hidden}\n`;
}

function suggestionsText(outcome: SuggestionsOutcome | undefined): string {
  if (outcome === undefined) return '';
  const parts = [
    outcome.posted > 0 &&
      `${plural(outcome.posted, 'suggested change is', 'suggested changes are')} in a pull request review.`,
    outcome.alreadyPosted > 0 &&
      `${plural(outcome.alreadyPosted, 'suggested change was', 'suggested changes were')} posted by an earlier run.`,
    outcome.inSummary !== undefined &&
      `${plural(outcome.inSummary.changes.length, 'suggested change is', 'suggested changes are')} listed under *Suggested changes*.`,
  ];
  return parts
    .filter((part) => part !== false)
    .map((part) => ` ${part}`)
    .join('');
}

/** The findings on added lines as their annotations show them (place and message), in line order. */
function shownOnAddedLines(
  findings: readonly Finding[],
  onAddedLines: ReadonlyMap<Finding, Annotation>,
): Finding[] {
  return findings
    .flatMap((finding) => {
      const annotation = onAddedLines.get(finding);
      if (annotation === undefined) return [];
      const { file, line, column = 1, message } = annotation;
      return [{ ...finding, file, line, column, message }];
    })
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

/** Part of the summary: its heading (and table head), then items cut whole to fit the byte budget. */
interface Section {
  opening: string;
  items: string[];
  kind: 'finding' | 'suggestion';
}

/**
 * The Markdown summary of a run: counts, then every finding (added lines first) with a permalink and the
 * suggested changes no review holds, cut to `maxBytes` with notes saying how many were left out.
 */
export function buildSummary(options: SummaryOptions): string {
  const { report, context, pullRequest } = options;
  // Findings are already relative to the workspace; the permalink points at the checked commit.
  const rowOptions: MarkdownOptions = { cwd: '.', linkTo: (file, line) => permalink(context, file, line) };
  // The checks the network's absence left undone are one sentence, as in the Markdown report.
  const { listed: findings, unchecked } = listedFindings(report.findings);
  let text = `## paperlint\n\n${markdownHeadline({ ...report, findings })}`;
  const notVerified = uncheckedText(unchecked);
  if (notVerified) text += `\n${notVerified}.\n`;
  if (pullRequest) text += `\n${pullRequestText(pullRequest)}`;
  else if (options.annotated && findings.length > 0) text += `\n${scanText(options.annotated)}`;
  for (const note of options.notes ?? []) text += `\n${note}\n`;

  const table = (heading: string, findings: readonly Finding[]): Section => ({
    opening: `\n${heading}${MARKDOWN_TABLE_HEAD}\n`,
    items: findings.map((finding) => `${markdownRow(finding, rowOptions)}\n`),
    kind: 'finding',
  });
  const suggested = pullRequest?.suggestions;
  const sections: Section[] = pullRequest
    ? [
        table(
          '### On lines this pull request adds\n\n',
          shownOnAddedLines(findings, pullRequest.onAddedLines),
        ),
        ...(suggested?.inSummary
          ? [
              {
                opening: `\n### Suggested changes\n\n${SUGGESTIONS_HERE[suggested.inSummary.reason]}\n`,
                items: suggested.inSummary.changes.map((change) => `\n${suggestionDiff(change)}`),
                kind: 'suggestion' as const,
              },
            ]
          : []),
        table(
          '### Elsewhere in the list\n\n',
          findings.filter((f) => !pullRequest.onAddedLines.has(f)),
        ),
      ]
    : [table('', findings)];

  const notes = {
    finding: (omitted: number) =>
      `\n> **Note:** ${plural(omitted, 'more finding is', 'more findings are')} not shown here because of a size limit; ${options.rest} has them all.\n`,
    suggestion: (omitted: number) =>
      `\n> **Note:** ${plural(omitted, 'more suggested change is', 'more suggested changes are')} not shown here because of GitHub's size limit.\n`,
  };
  const leftOut = options.leftOut ?? 0;
  const omitted = { finding: leftOut, suggestion: 0 };
  const total = {
    finding: findings.length + leftOut,
    suggestion: suggested?.inSummary?.changes.length ?? 0,
  };
  // Room for the longest possible notes, so that they always fit after the last item.
  const budget =
    options.maxBytes -
    bytes(notes.finding(total.finding)) -
    (total.suggestion > 0 ? bytes(notes.suggestion(total.suggestion)) : 0);
  let used = bytes(text);
  let cut = false;
  for (const section of sections) {
    if (section.items.length === 0) continue;
    let block = '';
    for (const [i, item] of section.items.entries()) {
      const cost = bytes(item) + (block === '' ? bytes(section.opening) : 0);
      if (cut || used + cost > budget) {
        omitted[section.kind] += section.items.length - i;
        cut = true;
        break;
      }
      block += block === '' ? section.opening + item : item;
      used += cost;
    }
    text += block;
  }
  if (omitted.suggestion > 0) text += notes.suggestion(omitted.suggestion);
  return omitted.finding > 0 ? text + notes.finding(omitted.finding) : text;
}
