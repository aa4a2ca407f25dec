import type { Report, Severity } from '../types.js';
import { type Paint, type Palette, palette } from './color.js';
import { groupByFile, linksText, plural, problemsText, summaryCounts } from './counts.js';
import { displayPath } from './paths.js';
import { listedFindings, uncheckedText } from './unchecked.js';

const severityColor = (paint: Palette): Record<Severity, Paint> => ({
  error: paint.red,
  warning: paint.yellow,
  info: paint.blue,
});

const visibleWidth = (text: string): number => [...text].length;

function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - visibleWidth(text)));
}

/**
 * ESLint-style output: one block per file, rows `line:col  severity  message  rule-id` with aligned
 * columns, then a summary line. Prints nothing at all when there is nothing to report.
 */
export function formatStylish(report: Report, options: { color: boolean; cwd: string }): string {
  const { listed, unchecked } = listedFindings(report.findings);
  if (listed.length === 0 && unchecked === 0) return '';
  const paint = palette(options.color);
  const colorOf = severityColor(paint);
  const out: string[] = [];
  for (const [file, findings] of groupByFile(listed)) {
    const rows = findings.map((f) => ({
      line: String(f.line),
      column: String(f.column),
      severity: f.severity,
      message: f.message.replace(/\r\n|\r|\n/g, ' '),
      rule: f.rule,
    }));
    const width = (key: keyof (typeof rows)[number]) =>
      Math.max(...rows.map((row) => visibleWidth(row[key])));
    const [lineW, columnW, severityW, messageW] = [
      width('line'),
      width('column'),
      width('severity'),
      width('message'),
    ];
    out.push('', paint.underline(displayPath(file, options.cwd)));
    for (const row of rows) {
      // Padding is computed on the plain text so that colour codes never shift the columns.
      const location = paint.dim(`${row.line.padStart(lineW)}:${padEnd(row.column, columnW)}`);
      const severity = colorOf[row.severity](padEnd(row.severity, severityW));
      out.push(
        `  ${location}  ${severity}  ${padEnd(row.message, messageW)}  ${paint.dim(row.rule)}`.trimEnd(),
      );
    }
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
  if (notVerified) out.push(colorOf.info(`${notVerified}.`));
  const links = linksText(report.summary.links);
  if (links) out.push(links);
  return `${out.join('\n')}\n`;
}
