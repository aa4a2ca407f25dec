/**
 * The arXiv link an online run proposes for an entry whose link is wrong, unknown or missing (a finding with
 * `arxivLink`): when an arXiv title search finds exactly one paper whose title is the entry's full title (the
 * title check's comparison), the finding names it and its fix puts the link in: over the wrong link's address
 * in that link's form, or after the entry's title line in the list's own label style.
 */
import type { ArxivLinkWanted, Entry, PaperList, RuleFinding } from '../types.js';
import type { ArxivSearchResult } from '../verify/types.js';
/**
 * The title to search arXiv for, when a proposal could follow: the entry carries a full title (not a name)
 * and the link can be replaced or inserted.
 */
export declare function titleToSearch(list: PaperList, wanted: ArxivLinkWanted): string | undefined;
/** The one paper of a search whose title is the entry's; none when zero or several are, or it is linked already. */
export declare function matchingPaper(entry: Entry, search: ArxivSearchResult | undefined): string | undefined;
/** The finding with its proposal (message and fix) when the search found the entry's paper, else as it was. */
export declare function proposeArxivLink(list: PaperList, finding: RuleFinding, searches: ReadonlyMap<string, ArxivSearchResult> | undefined): RuleFinding;
