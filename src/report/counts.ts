import type { Finding, LinkSummary, Severity, Summary } from '../types.js';

export type SeverityCounts = Record<Severity, number>;

/** Counts findings by severity: the report's summary is made of it. */
export function countSeverities(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

/** The summary's counts, which every format prints: one definition, whatever a format lists line by line. */
export function summaryCounts(summary: Summary): SeverityCounts {
  return { error: summary.errors, warning: summary.warnings, info: summary.infos };
}

export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}

/** "5 problems (3 errors, 2 warnings, 0 infos)". */
export function problemsText(counts: SeverityCounts): string {
  const total = counts.error + counts.warning + counts.info;
  return `${plural(total, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'info')})`;
}

/** Whether the run verified links or left some out on purpose: only then do reports speak of links. */
export function hasLinkCounts(links: LinkSummary): boolean {
  return links.checked > 0 || links.excluded > 0;
}

/**
 * "Links: 12 checked, 9 alive, 2 dead, 1 unverified" (", 3 excluded" when links were left out on purpose), or
 * undefined when no link was checked or excluded.
 */
export function linksText(links: LinkSummary): string | undefined {
  if (!hasLinkCounts(links)) return undefined;
  const excluded = links.excluded > 0 ? `, ${links.excluded} excluded` : '';
  return `Links: ${links.checked} checked, ${links.alive} alive, ${links.dead} dead, ${links.unverified} unverified${excluded}`;
}

/** Findings grouped by file in first-seen order, each group sorted by position (stable). */
export function groupByFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.file);
    if (group) group.push(finding);
    else groups.set(finding.file, [finding]);
  }
  for (const group of groups.values()) group.sort((a, b) => a.line - b.line || a.column - b.column);
  return groups;
}
