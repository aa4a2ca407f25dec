/** What is not a paper: tables of contents, badges, news, contributor and resource lists. */
import type { Entry, Link } from '../types.js';
/** A link to a paper page or PDF, or one labelled as the paper; never one labelled as slides, a video or code. */
export declare function isPaperLink(link: Link): boolean;
/** Strong evidence that an entry is a paper: an arXiv id, a DOI or a paper link (a year alone may be a tool's release). */
export declare function refersToPaper(entry: Entry): boolean;
/** Every link points inside the document: a table of contents. */
export declare function isTableOfContents(links: readonly Link[]): boolean;
/** Nothing but images, punctuation and emoji. */
export declare function isBadgeOnly(text: string): boolean;
/**
 * Sections in which nothing is a paper entry, given the innermost heading's scope (`SectionPath.scope`): a
 * news heading covers the `<summary>` and bold sub-headings under it, a table of contents heading only itself.
 */
export declare function isNonPaperSection(scope: readonly string[]): boolean;
/**
 * Sections of a paper list that list resources rather than papers (`## Implementations`, `## Datasets`): only
 * their items that refer to a paper are entries, and those are not held to the papers' template.
 */
export declare function isResourceSection(scope: readonly string[]): boolean;
/** `[2024/01] We released …`, `🔥 News: …`: an announcement, not a paper. */
export declare function isNewsItem(text: string): boolean;
