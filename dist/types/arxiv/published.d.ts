/**
 * Where arXiv metadata says a paper was published: the authors' `arxiv:journal_ref`, or their free-text
 * `arxiv:comment` ("Accepted at NeurIPS 2023", "ICLR 2024 camera-ready", "Submitted to ICML"). Pure. When unsure
 * it says nothing: a submission, a review, a workshop, a poster session, a conditional acceptance or a comment
 * that names no venue clearly is no publication.
 */
/** A venue arXiv metadata names as the paper's published version. */
export interface PublishedVenue {
    /** The venue as the metadata spells it (`NeurIPS`, `IEEE S&P`, `Computers & Security`). */
    name: string;
    year?: number;
    /** A short name lists write (`NeurIPS`, `ACM MM`), unlike a journal's full name. */
    short: boolean;
    /** A companion track of the venue (`Findings` of ACL, EMNLP, NAACL). */
    track?: string;
    source: 'journal_ref' | 'comment' | 'dblp';
    /** What a message quotes: `NeurIPS 2023`, or the journal reference as written. */
    text: string;
}
/**
 * The key two spellings of one venue share: lower case, no punctuation, an `IEEE`/`ACM`/`USENIX` prefix dropped
 * and known aliases folded (`NIPS` and `NeurIPS`, `ACM MM` and `ACMMM`, `IEEE S&P` and `S&P`).
 */
export declare function venueKey(name: string): string;
/** The venue an `arxiv:comment` says the paper was accepted at or published in; `undefined` when unsure. */
export declare function venueFromComment(comment: string | undefined): PublishedVenue | undefined;
/**
 * The venue an `arxiv:journal_ref` names. Any journal reference says the paper is published; its short name
 * is read when the reference is one (`NeurIPS 2023`, `Proc. of … (ICML 2023)`), else the reference stands as it is.
 */
export declare function venueFromJournalRef(journalRef: string | undefined): PublishedVenue | undefined;
/**
 * A venue a bibliography names (DBLP's `NeurIPS`, `IEEE Trans. Knowl. Data Eng.`): short when it is an acronym
 * such as lists write; `undefined` for a workshop or another side event.
 */
export declare function venueFromName(name: string, year: number | undefined, source: PublishedVenue['source']): PublishedVenue | undefined;
/**
 * Where arXiv says a paper was published: its journal reference when that names a short venue, else the
 * comment's venue when that one is short, else whichever there is (a journal reference first).
 */
export declare function publishedVenue(record: {
    journalRef?: string;
    comment?: string;
}): PublishedVenue | undefined;
