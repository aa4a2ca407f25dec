/**
 * The arXiv link an online run proposes for an entry whose link is wrong, unknown or missing (a finding with
 * `arxivLink`): when an arXiv title search finds exactly one paper whose title is the entry's full title (the
 * title check's comparison), the finding names it and its fix puts the link in: over the wrong link's address
 * in that link's form, or after the entry's title line in the list's own label style.
 */

import { splitUrl } from '../arxiv/id.js';
import { canonicalArxivUrl } from '../arxiv/url.js';
import { compareTitles, normalizeTitle } from '../text/title.js';
import type { ArxivLinkWanted, Entry, Fix, Link, PaperList, RuleFinding } from '../types.js';
import type { ArxivSearchResult } from '../verify/types.js';

/** How an arXiv link is addressed, never pinned: `abs/ID`, `pdf/ID` or `pdf/ID.pdf`. */
type UrlForm = 'abs' | 'pdf' | 'pdf.pdf';

/** How a list writes an entry's arXiv link: what wraps the address, what precedes the link, its form. */
interface PaperLinkStyle {
  open: string;
  close: string;
  separator: string;
  form: UrlForm;
}

/** A label is a word or three (`[[paper]]`, `[Paper]`, `[arXiv]`), not the entry's title nor the address. */
const MAX_LABEL_WORDS = 3;

function urlFormOf(url: string): UrlForm {
  const path = splitUrl(url)?.path ?? '';
  if (!/^\/pdf\//i.test(path)) return 'abs';
  return /\.pdf$/i.test(path) ? 'pdf.pdf' : 'pdf';
}

function arxivUrl(id: string, form: UrlForm): string {
  return form === 'pdf.pdf' ? `${canonicalArxivUrl(id, 'pdf')}.pdf` : canonicalArxivUrl(id, form);
}

function isLabelLink(entry: Entry, link: Link): boolean {
  const label = normalizeTitle(link.label);
  return (
    link.label !== link.url &&
    label !== '' &&
    label.split(' ').length <= MAX_LABEL_WORDS &&
    label !== normalizeTitle(entry.title)
  );
}

function mostCommon<T extends string>(values: T[]): T | undefined {
  const counts = new Map<T, number>();
  let best: T | undefined;
  for (const value of values) {
    const count = (counts.get(value) ?? 0) + 1;
    counts.set(value, count);
    if (best === undefined || count > counts.get(best)!) best = value;
  }
  return best;
}

const styles = new WeakMap<PaperList, PaperLinkStyle | null>();

/**
 * The majority way the list's entries write their arXiv link after the title: label, separator and form,
 * each counted on its own; none when no entry links arXiv under a label.
 */
function paperLinkStyle(list: PaperList): PaperLinkStyle | undefined {
  const known = styles.get(list);
  if (known !== undefined) return known ?? undefined;
  const wraps: string[] = [];
  const separators: string[] = [];
  const forms: UrlForm[] = [];
  for (const entry of list.entries) {
    const titleEnd = entry.titleSpan?.end.offset;
    for (const { link } of entry.arxiv) {
      if (!link?.urlSpan || titleEnd === undefined || link.span.start.offset < titleEnd) continue;
      if (!isLabelLink(entry, link)) continue;
      const { source } = list;
      const start = link.span.start.offset;
      wraps.push(
        `${source.slice(start, link.urlSpan.start.offset)}\u0000${source.slice(link.urlSpan.end.offset, link.span.end.offset)}`,
      );
      separators.push(/[,;|]?[ \t]*$/.exec(source.slice(Math.max(titleEnd, start - 4), start))![0]);
      forms.push(urlFormOf(link.url));
    }
  }
  const [open, close] = mostCommon(wraps)?.split('\u0000') ?? [];
  const style =
    open === undefined
      ? undefined
      : { open, close, separator: mostCommon(separators)!, form: mostCommon(forms)! };
  styles.set(list, style ?? null);
  return style;
}

/** Where a link goes in an entry without one: the end of its title's line, before trailing spaces. */
function insertionPoint(list: PaperList, entry: Entry): number | undefined {
  if (entry.kind !== 'bullet' && entry.kind !== 'ordered') return undefined;
  const from = entry.titleSpan?.end.offset ?? entry.span.start.offset;
  const lineEnd = list.source.indexOf('\n', from);
  let end = Math.min(lineEnd < 0 ? list.source.length : lineEnd, entry.span.end.offset);
  while (end > from && /\s/.test(list.source[end - 1])) end--;
  return end;
}

function linkFix(list: PaperList, { entry, replace }: ArxivLinkWanted, id: string): Fix | undefined {
  if (replace) {
    if (!replace.urlSpan) return undefined;
    const { start, end } = replace.urlSpan;
    return { start: start.offset, end: end.offset, replacement: arxivUrl(id, urlFormOf(replace.url)) };
  }
  const style = paperLinkStyle(list);
  const at = insertionPoint(list, entry);
  if (!style || at === undefined) return undefined;
  // `Title,` already ends in the separator's punctuation: only its spaces are still wanted.
  const mark = style.separator.trimEnd();
  const separator =
    mark !== '' && list.source.slice(0, at).endsWith(mark)
      ? style.separator.slice(mark.length)
      : style.separator;
  return {
    start: at,
    end: at,
    replacement: `${separator}${style.open}${arxivUrl(id, style.form)}${style.close}`,
  };
}

/**
 * The title to search arXiv for, when a proposal could follow: the entry carries a full title (not a name)
 * and the link can be replaced or inserted.
 */
export function titleToSearch(list: PaperList, wanted: ArxivLinkWanted): string | undefined {
  const { entry, replace } = wanted;
  if (entry.title.trim() === '' || (entry.titleKind ?? 'full') !== 'full') return undefined;
  const placeable = replace
    ? replace.urlSpan !== undefined
    : paperLinkStyle(list) !== undefined && insertionPoint(list, entry) !== undefined;
  return placeable ? entry.title : undefined;
}

/** The one paper of a search whose title is the entry's; none when zero or several are, or it is linked already. */
export function matchingPaper(entry: Entry, search: ArxivSearchResult | undefined): string | undefined {
  if (search?.status !== 'found') return undefined;
  const ids = new Set(
    search.papers
      .filter(({ title }) => compareTitles(entry.title, title).match === 'same')
      .map(({ id }) => id),
  );
  if (ids.size !== 1) return undefined;
  const [id] = ids;
  return entry.arxiv.some((ref) => ref.id === id) ? undefined : id;
}

/** `…; arXiv has this title as 2009.13724`, before a trailing sub-check name such as ` (no-link)`. */
function withPaperNamed(message: string, id: string): string {
  return message.replace(/( \([a-z-]+\))?$/, (subCheck) => `; arXiv has this title as ${id}${subCheck}`);
}

/** The finding with its proposal (message and fix) when the search found the entry's paper, else as it was. */
export function proposeArxivLink(
  list: PaperList,
  finding: RuleFinding,
  searches: ReadonlyMap<string, ArxivSearchResult> | undefined,
): RuleFinding {
  const wanted = finding.arxivLink;
  const title = wanted && titleToSearch(list, wanted);
  if (!wanted || title === undefined) return finding;
  const id = matchingPaper(wanted.entry, searches?.get(title));
  const fix = id === undefined ? undefined : linkFix(list, wanted, id);
  return fix ? { ...finding, message: withPaperNamed(finding.message, id!), fix } : finding;
}
