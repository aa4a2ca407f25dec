import arxivDate from './arxiv-date.js';
import arxivNotFound from './arxiv-not-found.js';
import arxivPublished from './arxiv-published.js';
import arxivTitleMismatch from './arxiv-title-mismatch.js';
import arxivUrl from './arxiv-url.js';
import arxivWithdrawn from './arxiv-withdrawn.js';
import conflictingLink from './conflicting-link.js';
import deadLink from './dead-link.js';
import doiNotFound from './doi-not-found.js';
import duplicateEntry from './duplicate-entry.js';
import entryFormat from './entry-format/index.js';
import entryOrder from './entry-order.js';
import githubRepo from './github-repo.js';
import localLink from './local-link.js';
import type { NetworkRule } from './network-rule.js';
import redirect from './redirect.js';
import type { Rule } from './rule.js';
import unverifiedLink from './unverified-link.js';

/** The rules that need no network, in the order they run. */
// biome-ignore lint/suspicious/noExplicitAny: each rule has its own options type; the list only runs them.
export const offlineRules: Rule<any>[] = [
  entryFormat,
  duplicateEntry,
  conflictingLink,
  arxivUrl,
  arxivDate,
  entryOrder,
  localLink,
];

/** The rules that read verification results; they run after `verify()`. */
// biome-ignore lint/suspicious/noExplicitAny: each rule has its own options type; the list only runs them.
export const networkRules: NetworkRule<any>[] = [
  deadLink,
  redirect,
  unverifiedLink,
  arxivNotFound,
  arxivTitleMismatch,
  arxivWithdrawn,
  arxivPublished,
  doiNotFound,
  githubRepo,
];
