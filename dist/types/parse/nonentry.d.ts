/** What is not a paper: tables of contents, badges, news, contributor and resource lists. */
import type { Entry, Link } from '../types.js';
/** A link to a paper page or PDF, or one labelled as the paper. */
export declare function isPaperLink(link: Link): boolean;
/** Strong evidence that an entry is a paper: an arXiv id, a DOI or a paper link (a year alone may be a tool's release). */
export declare function refersToPaper(entry: Entry): boolean;
/** Every link points inside the document: a table of contents. */
export declare function isTableOfContents(links: readonly Link[]): boolean;
/** Nothing but images, punctuation and emoji. */
export declare function isBadgeOnly(text: string): boolean;
/** Sections (the innermost heading decides) in which nothing is a paper entry. */
export declare function isNonPaperSection(section: readonly string[]): boolean;
/** `[2024/01] We released …`, `🔥 News: …`: an announcement, not a paper. */
export declare function isNewsItem(text: string): boolean;
