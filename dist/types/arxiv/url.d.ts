/** What is wrong with an arXiv link, and the one URL it should be. */
export type ArxivPathKind = 'abs' | 'pdf' | 'html' | 'other';
export type ArxivUrlProblemCode = 'unknown-path' | 'empty-id' | 'malformed-id' | 'junk-after-id' | 'impossible-id' | 'missing-scheme' | 'http' | 'www' | 'export' | 'mirror' | 'legacy-ftp' | 'missing-abs' | 'double-slash' | 'trailing-slash' | 'upper-case' | 'arxiv-prefix' | 'pdf-suffix' | 'number-digits' | 'subject-class' | 'query' | 'prefer-abs' | 'prefer-pdf' | 'pinned-version';
export interface ArxivUrlProblem {
    code: ArxivUrlProblemCode;
    /** `error`: arxiv.org answers 404 (or the link cannot work); `warning`: works only by redirect, or style. */
    severity: 'error' | 'warning';
    /** A message fragment: `unknown path 'abd'`, `'http:', expected 'https:'`. */
    message: string;
}
export interface ArxivUrlOptions {
    /** Which page paper links should open; `any` leaves abs and pdf links alone. */
    prefer?: 'abs' | 'pdf' | 'any';
    /** `unpinned` asks for links to the latest version (no `vN`); `any` accepts both. */
    versions?: 'any' | 'unpinned';
}
export interface ArxivUrlAnalysis {
    /** Canonical id without version, when one can be found. */
    id?: string;
    version?: number;
    kind: ArxivPathKind;
    /** Errors first, then warnings, in the order of the URL. */
    problems: ArxivUrlProblem[];
    /** The one URL the link should be; absent when it cannot be told (no id, or no such id can exist). */
    canonical?: string;
}
/** `https://arxiv.org/<kind>/<id>[vN]`: the form arxiv.org serves without a redirect. */
export declare function canonicalArxivUrl(id: string, kind?: 'abs' | 'pdf' | 'html', version?: number): string;
/**
 * Diagnoses a link to arxiv.org (or a mirror of it): `undefined` for other hosts and for arXiv hosts
 * that do not serve papers (`info.arxiv.org`, `ar5iv.labs.arxiv.org`).
 */
export declare function analyzeArxivUrl(url: string, today: Date, options?: ArxivUrlOptions): ArxivUrlAnalysis | undefined;
