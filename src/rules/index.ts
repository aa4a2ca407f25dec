import arxivDate from './arxiv-date.js';
import arxivUrl from './arxiv-url.js';
import conflictingLink from './conflicting-link.js';
import duplicateEntry from './duplicate-entry.js';
import entryFormat from './entry-format.js';
import type { Rule } from './rule.js';

/** The rules that need no network, in the order they run. */
export const offlineRules: Rule<any>[] = [entryFormat, duplicateEntry, conflictingLink, arxivUrl, arxivDate];
