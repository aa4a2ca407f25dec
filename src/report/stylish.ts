import type { Finding, Report, Severity } from '../types.js';
import { type Paint, type Palette, palette } from './color.js';
import { groupByFile, linksText, plural, problemsText, summaryCounts } from './counts.js';
import { displayPath } from './paths.js';
import { listedFindings, uncheckedText } from './unchecked.js';

export interface StylishOptions {
  color: boolean;
  cwd: string;
  /** The terminal's width in columns: messages wrap to fit it. Undefined (a pipe, a file): no wrapping. */
  width?: number;
}

const severityColor = (paint: Palette): Record<Severity, Paint> => ({
  error: paint.red,
  warning: paint.yellow,
  info: paint.blue,
});

/** What marks a finding `--fix` can fix, after its rule id. */
const FIXABLE = 'fixable';
/** Without a terminal width, messages are aligned up to this width; a longer one pushes only its own rule id. */
const ALIGN_UP_TO = 80;
/** However narrow the terminal, a message keeps this many columns per line. */
const MIN_MESSAGE_WIDTH = 20;

const ZERO_WIDTH = /^(?:\p{M}|[\u200b-\u200f]|\ufe0f)$/u;
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;

/** Columns a terminal gives a character: two for CJK and other wide characters, none for combining marks. */
function charWidth(char: string): number {
  if (ZERO_WIDTH.test(char)) return 0;
  return WIDE.test(char) ? 2 : 1;
}

/** The columns a text takes on a terminal. */
export function visibleWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - visibleWidth(text)));
}

/** Splits a message into lines of at most `width` columns at spaces; a longer word (a URL) is cut. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    let rest = word;
    if (line !== '' && visibleWidth(line) + 1 + visibleWidth(rest) <= width) {
      line += ` ${rest}`;
      continue;
    }
    if (line !== '') lines.push(line);
    line = '';
    while (visibleWidth(rest) > width) {
      let cut = '';
      for (const char of rest) {
        if (cut !== '' && visibleWidth(cut + char) > width) break;
        cut += char;
      }
      lines.push(cut);
      rest = rest.slice(cut.length);
    }
    line = rest;
  }
  lines.push(line);
  return lines;
}

/** One file's block: `line:col  severity  message  rule-id  fixable`, columns aligned, messages wrapped. */
function fileBlock(findings: Finding[], paint: Palette, width: number | undefined): string[] {
  const lineW = Math.max(...findings.map((f) => String(f.line).length));
  const rows = findings.map((f) => ({
    // Line numbers right-aligned, columns left-aligned, as ESLint's stylish does.
    location: `${String(f.line).padStart(lineW)}:${f.column}`,
    severity: f.severity,
    message: f.message.replace(/\r\n|\r|\n/g, ' '),
    rule: f.rule,
    fixable: f.fix !== undefined,
  }));
  const widest = (texts: string[]) => Math.max(...texts.map(visibleWidth));
  const locationW = widest(rows.map((row) => row.location));
  const severityW = widest(rows.map((row) => row.severity));
  const ruleW = widest(rows.map((row) => row.rule));
  const anyFixable = rows.some((row) => row.fixable);
  const before = 2 + locationW + 2 + severityW + 2;
  const after = 2 + ruleW + (anyFixable ? 2 + FIXABLE.length : 0);
  const longest = widest(rows.map((row) => row.message));
  const messageW =
    width === undefined
      ? Math.min(longest, ALIGN_UP_TO)
      : Math.max(MIN_MESSAGE_WIDTH, Math.min(longest, width - before - after));
  const colorOf = severityColor(paint);
  return rows.flatMap((row) => {
    const [first, ...more] = width === undefined ? [row.message] : wrap(row.message, messageW);
    const location = paint.dim(padEnd(row.location, locationW));
    const severity = colorOf[row.severity](padEnd(row.severity, severityW));
    const mark = row.fixable ? `  ${paint.dim(FIXABLE)}` : '';
    const rule = paint.dim(row.fixable ? padEnd(row.rule, ruleW) : row.rule);
    return [
      `  ${location}  ${severity}  ${padEnd(first, messageW)}  ${rule}${mark}`.trimEnd(),
      ...more.map((text) => `${' '.repeat(before)}${text}`),
    ];
  });
}

/**
 * ESLint-style output: one block per file, rows `line:col  severity  message  rule-id` with aligned columns
 * (`fixable` after the rule id of what `--fix` can fix), messages wrapped to the terminal's width, then the
 * summary's counts. Prints nothing at all when there is nothing to report.
 */
export function formatStylish(report: Report, options: StylishOptions): string {
  const { listed, unchecked } = listedFindings(report.findings);
  if (listed.length === 0 && unchecked === 0) return '';
  const paint = palette(options.color);
  const out: string[] = [];
  for (const [file, findings] of groupByFile(listed)) {
    out.push(
      '',
      paint.underline(displayPath(file, options.cwd)),
      ...fileBlock(findings, paint, options.width),
    );
  }
  const counts = summaryCounts(report.summary);
  const summaryColor = counts.error > 0 ? paint.red : counts.warning > 0 ? paint.yellow : paint.blue;
  out.push('');
  if (counts.error + counts.warning + counts.info > 0)
    out.push(paint.bold(summaryColor(`\u2716 ${problemsText(counts)}`)));
  const fixable = listed.filter((f) => f.fix).length;
  if (fixable > 0)
    out.push(paint.bold(summaryColor(`  ${plural(fixable, 'problem')} fixable with the \`--fix\` option.`)));
  const notVerified = uncheckedText(unchecked);
  if (notVerified) out.push(severityColor(paint).info(`${notVerified}.`));
  const links = linksText(report.summary.links);
  if (links) out.push(links);
  return `${out.join('\n')}\n`;
}
