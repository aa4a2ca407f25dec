import type { Finding, LinkSummary, Severity, Summary } from '../types.js';
export type SeverityCounts = Record<Severity, number>;
/** Counts findings by severity: the report's summary is made of it. */
export declare function countSeverities(findings: readonly Finding[]): SeverityCounts;
/** The summary's counts, which every format prints: one definition, whatever a format lists line by line. */
export declare function summaryCounts(summary: Summary): SeverityCounts;
export declare function plural(count: number, noun: string, nouns?: string): string;
/** "5 problems (3 errors, 2 warnings, 0 infos)". */
export declare function problemsText(counts: SeverityCounts): string;
/** Whether the run verified links or left some out on purpose: only then do reports speak of links. */
export declare function hasLinkCounts(links: LinkSummary): boolean;
/**
 * "Links: 12 checked, 9 alive, 2 dead, 1 unverified" (", 3 excluded" when links were left out on purpose), or
 * undefined when no link was checked or excluded.
 */
export declare function linksText(links: LinkSummary): string | undefined;
/** Findings grouped by file in first-seen order, each group sorted by position (stable). */
export declare function groupByFile(findings: readonly Finding[]): Map<string, Finding[]>;
