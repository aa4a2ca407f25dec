/** Shared data shapes. Data flows one way: text → tree → entries (`PaperList`) → findings → reports. */
export type Severity = 'error' | 'warning' | 'info';
/** A point in the source: 1-based line and column (UTF-16 code units), 0-based offset into the string. */
export interface Point {
    line: number;
    column: number;
    offset: number;
}
export interface Span {
    start: Point;
    end: Point;
}
/** A link as written in an entry: `[label](url)`, `<url>` or a bare autolinked URL. */
export interface Link {
    /** Plain text of the link label ("paper", "PDF", a title, or the URL itself for bare links). */
    label: string;
    /** The destination exactly as the source writes it. */
    url: string;
    /** The whole link node. */
    span: Span;
    /** Where the destination text itself lies in the source, when it can be located (used for fixes). */
    urlSpan?: Span;
}
/** A date written in an entry, with what it is labelled as. */
export interface EntryDate {
    /** The date as written: `2023/05`, `arxiv2023/2`, `[2023/10]`, `NeurIPS 2022`. */
    text: string;
    /** What the date is labelled as, lower-cased: `arxiv`, a venue (`neurips`), or `` when unlabelled. */
    label: string;
    year: number;
    /** 1–12, when the date names a month. */
    month?: number;
    span: Span;
}
/** An arXiv id found in an entry: in a link (`arxiv.org/abs/…`) or in the text (`arXiv:2305.11700`). */
export interface ArxivRef {
    /** The id without version, canonical case: `2305.11700`, `hep-th/9901001`. */
    id: string;
    /** Pinned version, when the reference names one. */
    version?: number;
    /** The link the id came from; absent for ids written in the text. */
    link?: Link;
    span: Span;
}
/** A DOI found in an entry's links or text. */
export interface DoiRef {
    /** Lower-cased DOI, `10.1145/3580305.3599519`. */
    doi: string;
    link?: Link;
    span: Span;
}
/** Whether an entry's title is the paper's full title or a name standing for it. */
export type TitleKind = 'full' | 'name';
export type EntryKind = 'bullet' | 'ordered' | 'table' | 'block';
/** One paper in a list. */
export interface Entry {
    /** Position of the entry in the file, 0-based. */
    index: number;
    kind: EntryKind;
    /** Heading texts from the top of the document down to this entry. */
    section: string[];
    /** The paper title, as written (trimmed, markup removed); `` when none was found. */
    title: string;
    titleSpan?: Span;
    /** A short name written before the title (`MicroLens` in `MicroLens: A Content-Driven …`), when present. */
    shortName?: string;
    /**
     * What the title holds: `full`, a paper's title as published; `name`, a short name, acronym or description
     * standing for it (`MusicGen`, `Chain of Thought`). Absent when the entry has no title; hand-built entries
     * without it are read as `full`.
     */
    titleKind?: TitleKind;
    venue?: string;
    dates: EntryDate[];
    links: Link[];
    arxiv: ArxivRef[];
    dois: DoiRef[];
    /** The list item, table row or block. */
    span: Span;
    /** Plain text of the whole entry. */
    text: string;
}
/** The entry model of one file, computed once and shared by every rule. */
export interface PaperList {
    /** The source text (BOM removed; line endings kept). */
    source: string;
    entries: Entry[];
    /**
     * Every Markdown link of the file in document order, including those outside entries (prose, tables of
     * contents, resource lists); the links of entries are the same objects. For link checks that are not
     * about papers (dead links, malformed arXiv URLs in an introduction).
     */
    links?: Link[];
}
export type RuleId = 'entry-format' | 'duplicate-entry' | 'conflicting-link' | 'arxiv-url' | 'arxiv-date' | 'entry-order' | 'local-link' | 'dead-link' | 'redirect' | 'unverified-link' | 'arxiv-not-found' | 'arxiv-title-mismatch' | 'arxiv-withdrawn' | 'arxiv-published' | 'doi-not-found' | 'github-repo';
/** A safe fix: replace the source between two offsets. */
export interface Fix {
    /** 0-based offsets into `PaperList.source`. */
    start: number;
    end: number;
    replacement: string;
}
export interface RelatedLocation {
    file?: string;
    line: number;
    column?: number;
    /** What this place is, read on its own ("the entry already in the list"), for annotations and SARIF. */
    message?: string;
}
/** An entry whose arXiv link a title search may supply: `replace`, its wrong link; absent, a link to insert. */
export interface ArxivLinkWanted {
    entry: Entry;
    replace?: Link;
}
/** What a rule reports, before configuration (severity overrides, disables) is applied. */
export interface RuleFinding {
    severity: Severity;
    message: string;
    span: Span;
    url?: string;
    fix?: Fix;
    related?: RelatedLocation[];
    /**
     * The entry's arXiv link is wrong, unknown or missing: an online run searches arXiv for its title and,
     * on one exact match, names the paper in the message and gives the fix (`arxiv-link-proposal.ts`).
     */
    arxivLink?: ArxivLinkWanted;
    /**
     * The severity was chosen by the user in the rule's options (duplicate-entry's `crossSection`): the
     * rule's configured severity does not override it.
     */
    severityByOption?: boolean;
    /**
     * Left unchecked because the run found the network unavailable: what was not checked, as the summary's link
     * counts count it (a link's URL, `arXiv <id>`, `DOI <doi>`). The human formats count the distinct ones in one
     * line instead of one line each (JSON and SARIF keep every finding).
     */
    networkUnavailable?: string;
}
/** A finding as reported to users (the contract's JSON shape, plus the fix offsets used by `--fix`). */
export interface Finding {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    rule: RuleId;
    severity: Severity;
    message: string;
    url?: string;
    fix?: Fix;
    related?: RelatedLocation[];
    /** See `RuleFinding.networkUnavailable`. */
    networkUnavailable?: string;
}
export interface LinkSummary {
    checked: number;
    alive: number;
    dead: number;
    unverified: number;
    /** Distinct links left unverified on purpose (`--exclude`, `links.exclude`): no request, no verdict. */
    excluded: number;
}
export interface Summary {
    files: number;
    entries: number;
    errors: number;
    warnings: number;
    infos: number;
    links: LinkSummary;
}
export interface Report {
    version: string;
    findings: Finding[];
    summary: Summary;
    /** `--fix-dry-run`: each list its fixes change, with how many fixes and the fixed text (nothing is written). */
    fixed?: FixedFile[];
}
/** A list that fixes change: the fixed text a dry run reports (ESLint's `output`). */
export interface FixedFile {
    file: string;
    fixes: number;
    output: string;
}
