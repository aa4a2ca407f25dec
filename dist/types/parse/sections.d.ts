/** The section path of an entry: headings, `<summary>` titles, bold-only paragraphs and grouping bullets. */
import type { Html, Paragraph } from 'mdast';
export declare class SectionPath {
    private levels;
    private groups;
    /**
     * The path and scope as last computed, until the path changes: the entries of a section share one array
     * (read-only), and what depends on the scope is read once per section (the entry model's `sectionKind`).
     */
    private paths;
    heading(depth: number, text: string): void;
    /** `<details><summary>Title</summary>` opens a sub-section; `</details>` closes it. */
    html(node: Html): void;
    /** A paragraph that is only bold text (`**Survey**`, `<b>1.1.1 …</b>`) acts as a sub-heading. */
    boldParagraph(node: Paragraph): boolean;
    pushGroup(text: string): void;
    popGroup(): void;
    /**
     * The innermost heading with the `<summary>` titles, bold sub-headings and groups under it: a `# News`
     * section stays news inside its `<details><summary>2023</summary>` and under `**[2023-12]**`.
     */
    scope(): readonly string[];
    /** The section path, one array shared by the entries of a section (never changed). */
    current(): string[];
}
