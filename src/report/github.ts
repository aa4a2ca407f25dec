import type { Report, RuleId, Severity } from '../types.js';
import { displayPath } from './paths.js';
import { listedFindings, uncheckedText } from './unchecked.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escapes a workflow command's message exactly like @actions/core's `escapeData`. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command's property value exactly like @actions/core's `escapeProperty`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** The title of a finding's annotation, the same from `--format github` and from the Action. */
export function annotationTitle(rule: RuleId): string {
  return `paperlint(${rule})`;
}

/**
 * GitHub Actions workflow commands (`::error file=…::message`), one line per finding; the checks the
 * network's absence left undone are one notice with their count.
 */
export function formatGithub(report: Report, options: { cwd: string }): string {
  const { listed, unchecked } = listedFindings(report.findings);
  const lines = listed.map((f) => {
    const properties: [string, string | number][] = [
      ['file', displayPath(f.file, options.cwd)],
      ['line', f.line],
      ['col', f.column],
      ['endLine', f.endLine],
      ['endColumn', f.endColumn],
      ['title', annotationTitle(f.rule)],
    ];
    const rendered = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
    return `::${COMMAND[f.severity]} ${rendered}::${escapeData(f.message)}`;
  });
  const notVerified = uncheckedText(unchecked);
  if (notVerified) lines.push(`::notice title=paperlint::${escapeData(notVerified)}`);
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
