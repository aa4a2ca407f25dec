/** What the registry rules share: the distinct arXiv ids and DOIs of each entry, paired with their results. */
import type { ArxivRef, DoiRef, Entry, PaperList, Span } from '../types.js';
import { arxivKey } from '../verify/arxiv.js';
import type { ArxivRecord, ArxivResult, DoiResult, VerifyResults } from '../verify/types.js';

/** Where a registry finding goes: on the link the id came from, else on the id in the text. */
export function placeOf(ref: ArxivRef | DoiRef): { span: Span; url?: string } {
  return ref.link ? { span: ref.link.span, url: ref.link.url } : { span: ref.span };
}

/** Each entry's refs that have a result, each key once per entry (the first ref carrying it). */
function distinctResults<R, T>(
  list: PaperList,
  refsOf: (entry: Entry) => R[],
  keyOf: (ref: R) => string,
  found: Map<string, T>,
): Array<{ entry: Entry; ref: R; key: string; result: T }> {
  return list.entries.flatMap((entry) => {
    const seen = new Set<string>();
    return refsOf(entry).flatMap((ref) => {
      const key = keyOf(ref);
      const result = found.get(key);
      if (seen.has(key) || !result) return [];
      seen.add(key);
      return [{ entry, ref, key, result }];
    });
  });
}

/** Each distinct arXiv id (or pinned version) of each entry with its API result; an entry's abs and pdf links count once. */
export function arxivResults(
  list: PaperList,
  results: VerifyResults,
): Array<{ entry: Entry; ref: ArxivRef; key: string; result: ArxivResult }> {
  return distinctResults(list, (entry) => entry.arxiv, arxivKey, results.arxiv);
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
): Array<{ entry: Entry; ref: DoiRef; key: string; result: DoiResult }> {
  return distinctResults(
    list,
    (entry) => entry.dois,
    (ref) => ref.doi,
    results.dois,
  );
}
