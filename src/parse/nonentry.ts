/** What is not a paper: tables of contents, badges, news, contributor and resource lists. */

import { httpHostOf, isPaperIndexUrl, isPaperPageHost } from '../text/url.js';
import type { Entry, Link } from '../types.js';

/** Labels of links to what is not the paper, whatever they point at (`[Slides](….pdf)`, `[Poster](….pdf)`). */
const OTHER_LABEL =
  /^\W*(?:slides?|video|talk|poster|code|blog|demo|project(?: page)?|website|homepage|tutorial|notes?|supp(?:lementary)?(?: material)?)\W*$/i;

/** A link to a paper page or PDF, or one labelled as the paper; never one labelled as slides, a video or code. */
export function isPaperLink(link: Link): boolean {
  if (OTHER_LABEL.test(link.label)) return false;
  const host = httpHostOf(link.url);
  if ((host !== undefined && isPaperPageHost(host)) || isPaperIndexUrl(link.url)) return true;
  if (/\.pdf(?:$|[?#])/i.test(link.url)) return true;
  return /^\W*(?:paper|pdf|preprint|full paper|arxiv)\W*$/i.test(link.label);
}

/** Strong evidence that an entry is a paper: an arXiv id, a DOI or a paper link (a year alone may be a tool's release). */
export function refersToPaper(entry: Entry): boolean {
  return entry.arxiv.length > 0 || entry.dois.length > 0 || entry.links.some(isPaperLink);
}

/** Every link points inside the document: a table of contents. */
export function isTableOfContents(links: readonly Link[]): boolean {
  return links.length > 0 && links.every((link) => link.url.startsWith('#'));
}

/** Nothing but images, punctuation and emoji. */
export function isBadgeOnly(text: string): boolean {
  return !/[\p{L}\p{N}]/u.test(text);
}

/** Sections whose lists are about the repository, not papers. */
const NON_PAPER_SECTION =
  /^\W*(?:table of contents?|contents|toc|contribut\w*|contributors?|acknowledg\w*|citation|cite|citing|how to cite|star history|stargazers?|license|licence|contact|maintainers?|news|latest news|updates?|changelog|change log|what'?s new|announcements?)\W*$/i;

/**
 * Sections in which nothing is a paper entry, given the innermost heading's scope (`SectionPath.scope`): a
 * news heading covers the `<summary>` and bold sub-headings under it, a table of contents heading only itself.
 */
export function isNonPaperSection(scope: readonly string[]): boolean {
  return scope.some((level) => NON_PAPER_SECTION.test(level.replace(/\p{Extended_Pictographic}/gu, '')));
}

/** Sections of a paper list about other things than papers: code, tools, data, talks, courses, people. */
const RESOURCE_SECTION =
  /^\W*(?:(?:open[- ]source |third[- ]party |unofficial |official )?(?:implementations?|codes?|code ?bases?|tools?|toolkits?|toolbox(?:es)?|librar(?:y|ies)|frameworks?|software|repositories|repos|projects)|datasets?|data|benchmarks?|talks?|tutorials?|courses?|lectures?|videos?|blogs?|blog posts?|posts|articles|slides|books?|demos?|resources?|other resources|links|websites?|community|communities|people|researchers|labs|workshops?|challenges?|competitions?|related (?:lists?|repos?|repositories|projects|awesome lists?)|awesome lists?)\W*$/i;

/**
 * Sections of a paper list that list resources rather than papers (`## Implementations`, `## Datasets`): only
 * their items that refer to a paper are entries, and those are not held to the papers' template.
 */
export function isResourceSection(scope: readonly string[]): boolean {
  return scope.some((level) =>
    RESOURCE_SECTION.test(level.replace(/\p{Extended_Pictographic}/gu, '').trim()),
  );
}

/** `[2024/01]`, `(2023.12.18)`, `[12-18]`, `[12/18]`, `News`: how an announcement opens. */
const NEWS_START =
  /^\W*(?:\[?\(?(?:19|20)\d{2}[./-]\d{1,2}(?:[./-]\d{1,2})?\]?\)?|[[(]\d{1,2}[/-]\d{1,2}[\])]|news\b)/iu;
const NEWS_EMOJI =
  /^\s*(?:🔥|📢|🎉|🚀|✨|⭐|🌟|📣|🆕|❗|‼️|:fire:|:tada:|:rocket:|:bell:|:loudspeaker:|:mega:|:star:|:new:)/u;
/**
 * What announcements say, in lower case: a title's capitalised words (`… on API Updates`, `How Far Are We?`)
 * are no announcement; a sentence may open with `We`, `Our` or `Welcome`.
 */
const NEWS_WORDS =
  /\b(?:we|our|released?|releasing|is out|are out|now available|has been|have been|are accepted|is accepted|was accepted|were accepted|added|adding|welcome|congrat\w*|update[sd]?|launch(?:ed)?|check out|new version|is available|are available)\b|(?:^|[\]):.!|]\s*)(?:We|Our|Welcome|Congrat\w*|Check out)\b/;
/** `4 papers added: SWAGS`, `12 new papers`: a news heading of a list that adds papers by the batch. */
const BATCH = /^\W*\d+\s+(?:new\s+)?papers?\b/i;

/** `[2024/01] We released …`, `🔥 News: …`: an announcement, not a paper. */
export function isNewsItem(text: string): boolean {
  const head = text.slice(0, 160);
  if (/^\W*(?:latest\s+)?news\s*[:：|!–-]/i.test(head)) return true;
  if (BATCH.test(head)) return true;
  return (NEWS_START.test(head) || NEWS_EMOJI.test(head)) && NEWS_WORDS.test(head);
}
