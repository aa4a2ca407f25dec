/**
 * Papers with Code closed in 2025: its paper pages land on Hugging Face's trending papers. A dead
 * `paperswithcode.com/paper/<slug>` link in an entry with one arXiv id, whose slug is that entry's title, has a
 * successor: the same paper's page on Hugging Face Papers (`https://huggingface.co/papers/<id>`).
 */

import { compareTitles } from '../text/title.js';
import type { Entry, Fix, Link, PaperList } from '../types.js';

const PAPER_PAGE = /^https?:\/\/(?:www\.)?paperswithcode\.com\/paper\/([^/?#]+)/i;
const HUGGING_FACE_PAPER = /^https?:\/\/(?:www\.)?huggingface\.co\/papers\//i;
/** The site's name in a label: `[[pwc]]`, `[PapersWithCode]`, `[Papers with Code]`. */
const SITE_NAME = /papers\s*with\s*code|pwc/i;

/** Hugging Face's name in the case and spacing the label gave Papers with Code's. */
function styledName(written: string): string {
  const name = /^pwc$/i.test(written) ? 'HF' : /\s/.test(written) ? 'Hugging Face' : 'HuggingFace';
  if (written === written.toLowerCase()) return name.toLowerCase();
  return written === written.toUpperCase() ? name.toUpperCase() : name;
}

/** The label most of the list's Hugging Face Papers links carry, when it has any. */
function listLabel(list: PaperList): string | undefined {
  const counts = new Map<string, number>();
  for (const entry of list.entries)
    for (const link of entry.links)
      if (HUGGING_FACE_PAPER.test(link.url) && link.label !== link.url)
        counts.set(link.label, (counts.get(link.label) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** The label's text with the site's name replaced, in the list's own label for Hugging Face Papers when it has one. */
function relabelled(opening: string, link: Link, list: PaperList): string {
  if (link.label === link.url || !SITE_NAME.test(link.label)) return opening;
  const own = listLabel(list);
  const at = opening.lastIndexOf(link.label);
  if (own !== undefined && at >= 0) return opening.slice(0, at) + own + opening.slice(at + link.label.length);
  return opening.replace(SITE_NAME, styledName);
}

/** The same title, or one a typo or a word away: a name standing for a paper is not enough here. */
function isTitleOf(slugTitle: string, title: string): boolean {
  const { match, score } = compareTitles(slugTitle, title);
  return match === 'same' || score >= 0.8;
}

const entryOf = (list: PaperList, link: Link): Entry | undefined =>
  list.entries.find((entry) => entry.links.includes(link));

/**
 * The Hugging Face Papers page of a Papers with Code paper link, and the fix that writes it over the link (its
 * label renamed when it names the site); undefined when the entry has no one arXiv id, when neither its title
 * nor the arXiv title of its id (`arxivTitle`, when known) is the page's, or when it links Hugging Face already.
 */
export function huggingFacePaper(
  list: PaperList,
  link: Link,
  arxivTitle?: (id: string) => string | undefined,
): { url: string; fix?: Fix } | undefined {
  const slug = PAPER_PAGE.exec(link.url)?.[1];
  const entry = slug && entryOf(list, link);
  if (!entry) return undefined;
  const ids = new Set(entry.arxiv.map((ref) => ref.id));
  if (ids.size !== 1) return undefined;
  const [id] = ids;
  // The page's slug is its paper's title: a link to another paper's page has no successor here.
  const slugTitle = slug.replace(/-\d+$/, '').replace(/-/g, ' ');
  const titles = [entry.title, arxivTitle?.(id)];
  if (!titles.some((title) => title && isTitleOf(slugTitle, title))) return undefined;
  if (entry.links.some((other) => HUGGING_FACE_PAPER.test(other.url))) return undefined;
  const url = `https://huggingface.co/papers/${id}`;
  const { source } = list;
  const span = link.urlSpan;
  if (!span || source.slice(span.start.offset, span.end.offset) !== link.url) return { url };
  const opening = relabelled(source.slice(link.span.start.offset, span.start.offset), link, list);
  const closing = source.slice(span.end.offset, link.span.end.offset);
  return {
    url,
    fix: { start: link.span.start.offset, end: link.span.end.offset, replacement: opening + url + closing },
  };
}
