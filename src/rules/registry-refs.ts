/** What the registry rules share: the distinct arXiv ids and DOIs of each entry, paired with their results. */
import type { ArxivRef, DoiRef, Entry, PaperList, Span } from '../types.js';
import { arxivKey } from '../verify/arxiv.js';
import type { ArxivRecord, ArxivResult, DoiResult, VerifyResults } from '../verify/types.js';

/** Where a registry finding goes: on the link the id came from, else on the id in the text. */
export function placeOf(ref: ArxivRef | DoiRef): { span: Span; url?: string } {
  return ref.link ? { span: ref.link.span, url: ref.link.url } : { span: ref.span };
}

/** Each distinct arXiv id (or pinned version) of each entry with its API result; an entry's abs and pdf links count once. */
export function arxivResults(
  list: PaperList,
  results: VerifyResults,
): Array<{ entry: Entry; ref: ArxivRef; key: string; result: ArxivResult }> {
  return list.entries.flatMap((entry) => {
    const seen = new Set<string>();
    return entry.arxiv.flatMap((ref) => {
      const key = arxivKey(ref);
      const result = results.arxiv.get(key);
      if (seen.has(key) || !result) return [];
      seen.add(key);
      return [{ entry, ref, key, result }];
    });
  });
}

/** Like `arxivResults`, only the ids the API found, with their record. */
export function arxivRecords(
  list: PaperList,
  results: VerifyResults,
): Array<{ entry: Entry; ref: ArxivRef; key: string; record: ArxivRecord }> {
  return arxivResults(list, results).flatMap(({ result, ...rest }) =>
    result.status === 'found' ? [{ ...rest, record: result.record }] : [],
  );
}

/** Each distinct DOI of each entry with its handle API result. */
export function doiResults(
  list: PaperList,
  results: VerifyResults,
): Array<{ ref: DoiRef; result: DoiResult }> {
  return list.entries.flatMap((entry) => {
    const seen = new Set<string>();
    return entry.dois.flatMap((ref) => {
      const result = results.dois.get(ref.doi);
      if (seen.has(ref.doi) || !result) return [];
      seen.add(ref.doi);
      return [{ ref, result }];
    });
  });
}
