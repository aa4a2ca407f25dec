/** What the registry rules share: the distinct arXiv ids and DOIs of each entry, paired with their results. */
import type { ArxivRef, DoiRef, Entry, PaperList, Span } from '../types.js';
import type { ArxivRecord, ArxivResult, DoiResult, VerifyResults } from '../verify/types.js';
/** Where a registry finding goes: on the link the id came from, else on the id in the text. */
export declare function placeOf(ref: ArxivRef | DoiRef): {
    span: Span;
    url?: string;
};
/** Each distinct arXiv id (or pinned version) of each entry with its API result; an entry's abs and pdf links count once. */
export declare function arxivResults(list: PaperList, results: VerifyResults): Array<{
    entry: Entry;
    ref: ArxivRef;
    key: string;
    result: ArxivResult;
}>;
/** Like `arxivResults`, only the ids the API found, with their record. */
export declare function arxivRecords(list: PaperList, results: VerifyResults): Array<{
    entry: Entry;
    ref: ArxivRef;
    key: string;
    record: ArxivRecord;
}>;
/** Each distinct DOI of each entry with its handle API result. */
export declare function doiResults(list: PaperList, results: VerifyResults): Array<{
    entry: Entry;
    ref: DoiRef;
    key: string;
    result: DoiResult;
}>;
