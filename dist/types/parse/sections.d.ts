/** The section path of an entry: headings, `<summary>` titles, bold-only paragraphs and grouping bullets. */
import type { Html, Paragraph } from 'mdast';
export declare class SectionPath {
    private levels;
    private groups;
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
    scope(): string[];
    current(): string[];
}
