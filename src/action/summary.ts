import { plural } from '../report/counts.js';
import {
  MARKDOWN_TABLE_HEAD,
  type MarkdownOptions,
  markdownHeadline,
  markdownRow,
} from '../report/markdown.js';
import type { Finding, Report } from '../types.js';
import type { Annotation } from './annotations.js';
import { permalink, type RunContext } from './event.js';

/** A job summary may be at most 1 MiB; the margin leaves room for the runner's own bookkeeping. */
export const JOB_SUMMARY_MAX_BYTES = 1024 * 1024 - 1024;
/** Issue bodies and check-run summaries take at most 65 536 characters (never more than bytes). */
export const ISSUE_BODY_MAX_BYTES = 65_536 - 1024;

/** How a pull request's findings on added lines were shown. */
export interface PullRequestOutcome {
  /**
   * The findings on lines the pull request adds (they come first in the table), each with its annotation,
   * whose place and message the table shows (a duplicate inserted above the entry it repeats is shown on
   * the added copy).
   */
  onAddedLines: ReadonlyMap<Finding, Annotation>;
  delivery: 'check-run' | 'workflow-commands';
  /** Findings on added lines that GitHub's per-step caps kept from being shown inline. */
  notShownInline: number;
}

export interface SummaryOptions {
  report: Report;
  context: RunContext;
  pullRequest?: PullRequestOutcome;
  maxBytes: number;
  /** Where the findings cut for size can be read, e.g. "the JSON report (the `report` output)". */
  rest: string;
  /** Extra paragraphs after the counts (run links, notes); already Markdown, never list text. */
  notes?: string[];
}

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

function pullRequestText(outcome: PullRequestOutcome): string {
  const count = outcome.onAddedLines.size;
  if (count === 0) return 'None of them is on a line this pull request adds.\n';
  const where =
    outcome.delivery === 'check-run'
      ? 'they are annotated in the `paperlint` check run'
      : 'they are annotated on the changed lines';
  const hidden =
    outcome.notShownInline > 0
      ? ` ${plural(outcome.notShownInline, 'finding')} could not be shown inline (GitHub shows at most 10 errors, 10 warnings and 10 notices per step): the table lists them first.`
      : '';
  return `${plural(count, 'finding is', 'findings are')} on lines this pull request adds: ${where}.${hidden}\n`;
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

/**
 * The Markdown summary of a run: counts, then every finding (added lines first) with a permalink,
 * cut to `maxBytes` with a note saying how many findings were left out and where to find them.
 */
export function buildSummary(options: SummaryOptions): string {
  const { report, context, pullRequest } = options;
  // Findings are already relative to the workspace; the permalink points at the checked commit.
  const rowOptions: MarkdownOptions = { cwd: '.', linkTo: (file, line) => permalink(context, file, line) };
  let text = `## paperlint\n\n${markdownHeadline(report)}`;
  if (pullRequest) text += `\n${pullRequestText(pullRequest)}`;
  for (const note of options.notes ?? []) text += `\n${note}\n`;

  const sections: { heading: string; findings: Finding[] }[] = pullRequest
    ? [
        {
          heading: '### On lines this pull request adds\n\n',
          findings: shownOnAddedLines(report.findings, pullRequest.onAddedLines),
        },
        {
          heading: '### Elsewhere in the list\n\n',
          findings: report.findings.filter((f) => !pullRequest.onAddedLines.has(f)),
        },
      ]
    : [{ heading: '', findings: [...report.findings] }];

  const note = (omitted: number) =>
    `\n> **Note:** ${plural(omitted, 'more finding is', 'more findings are')} not shown here because of GitHub's size limit; ${options.rest} has them all.\n`;
  // Room for the longest possible note, so that it always fits after the last row.
  const budget = options.maxBytes - bytes(note(report.findings.length));
  let used = bytes(text);
  let omitted = 0;
  for (const section of sections) {
    if (section.findings.length === 0) continue;
    const opening = `\n${section.heading}${MARKDOWN_TABLE_HEAD}\n`;
    let block = '';
    for (const [i, finding] of section.findings.entries()) {
      const line = `${markdownRow(finding, rowOptions)}\n`;
      const cost = bytes(line) + (block === '' ? bytes(opening) : 0);
      if (omitted > 0 || used + cost > budget) {
        omitted += section.findings.length - i;
        break;
      }
      block += block === '' ? opening + line : line;
      used += cost;
    }
    text += block;
  }
  return omitted > 0 ? text + note(omitted) : text;
}
