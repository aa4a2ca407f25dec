import type { Finding, Report, Severity } from '../types.js';
import { groupByFile, linksText, plural, problemsText, summaryCounts } from './counts.js';
import { displayPath } from './paths.js';
import { listedFindings, uncheckedText } from './unchecked.js';

const ZWJ = '\u200d';

const SEVERITY_LABEL: Record<Severity, string> = {
  error: '\u274c error',
  warning: '\u26a0\ufe0f warning',
  info: '\u2139\ufe0f info',
};

/**
 * Makes untrusted text inert inside a Markdown table cell: no HTML, no links, emphasis or code spans,
 * no cell breaks, no line breaks, and no GitHub @mentions or #references (a zero-width joiner after
 * `@`/`#` keeps the text readable while GitHub no longer recognises it).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[|`[\]*_~]/g, (c) => `\\${c}`)
    .replace(/([@#])(?=[\p{L}\p{N}])/gu, `$1${ZWJ}`)
    .replace(/\r\n|\r|\n/g, '<br>');
}

/** Percent-encodes what would end a link destination or a table cell early. */
function linkDestination(url: string): string {
  return url.replace(
    /[\s()<>|\\]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

export interface MarkdownOptions {
  /** Absolute paths in findings are shown relative to this folder. */
  cwd: string;
  /** Makes each location a link, e.g. a permalink to the line on GitHub. */
  linkTo?: (file: string, line: number) => string;
  /** Stops adding rows before the text would exceed this many characters (GitHub caps issue bodies). */
  maxLength?: number;
}

function locationCell(finding: Finding, options: MarkdownOptions): string {
  const file = displayPath(finding.file, options.cwd);
  const text = escapeMarkdown(`${file}:${finding.line}:${finding.column}`);
  return options.linkTo ? `[${text}](${linkDestination(options.linkTo(file, finding.line))})` : text;
}

const omitted = (count: number) => `_${plural(count, 'more finding')} not shown._`;

/** The summary's counts paragraph (and the link summary when links were checked), ending with a newline. */
export function markdownHeadline(report: Report): string {
  const { files, entries } = report.summary;
  const scope = `in ${plural(files, 'file')} (${plural(entries, 'entry', 'entries')})`;
  const counts = summaryCounts(report.summary);
  const found =
    counts.error + counts.warning + counts.info === 0
      ? `found no problems ${scope}.`
      : `found ${problemsText(counts)} ${scope}.`;
  const links = linksText(report.summary.links);
  return `**paperlint** ${found}${links ? `\n\n${links}.` : ''}\n`;
}

export const MARKDOWN_TABLE_HEAD = '| Severity | Rule | Location | Message |\n| --- | --- | --- | --- |';

/** One table row (no newline); every piece of list text in it is escaped. */
export function markdownRow(finding: Finding, options: MarkdownOptions): string {
  const cells = [
    SEVERITY_LABEL[finding.severity],
    `\`${finding.rule}\``,
    locationCell(finding, options),
    escapeMarkdown(finding.message),
  ];
  return `| ${cells.join(' | ')} |`;
}

/**
 * A Markdown report for job summaries and issues: the counts, then one table row per finding; the checks the
 * network's absence left undone are one sentence with their count.
 */
export function formatMarkdown(report: Report, options: MarkdownOptions): string {
  const { listed, unchecked } = listedFindings(report.findings);
  const lines = [markdownHeadline(report).trimEnd()];
  const notVerified = uncheckedText(unchecked);
  if (notVerified) lines.push('', `${notVerified}.`);
  if (listed.length > 0) {
    lines.push('', MARKDOWN_TABLE_HEAD);
    const rows = [...groupByFile(listed).values()].flat().map((f) => markdownRow(f, options));
    const limit = options.maxLength ?? Number.POSITIVE_INFINITY;
    let length = lines.join('\n').length + 1;
    for (const [i, row] of rows.entries()) {
      const left = rows.length - i;
      // Room is kept for the note that says how many rows were left out.
      const note = left > 1 ? `\n\n${omitted(left - 1)}\n`.length : 0;
      if (length + row.length + 1 + note > limit) {
        lines.push('', omitted(left));
        break;
      }
      lines.push(row);
      length += row.length + 1;
    }
  }
  return `${lines.join('\n')}\n`;
}
