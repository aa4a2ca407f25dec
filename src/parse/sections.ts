/** The section path of an entry: headings, `<summary>` titles, bold-only paragraphs and grouping bullets. */

import type { Html, Paragraph } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';

/** Levels 1–6 are headings; 7 is a `<details><summary>` title; 8 is a bold-only paragraph. */
const SUMMARY_LEVEL = 7;
const BOLD_LEVEL = 8;

export class SectionPath {
  private levels: string[] = [];
  private groups: string[] = [];
  /**
   * The path and scope as last computed, until the path changes: the entries of a section share one array
   * (read-only), and what depends on the scope is read once per section (the entry model's `sectionKind`).
   */
  private paths: { current?: string[]; scope?: string[] } = {};

  heading(depth: number, text: string): void {
    this.levels.length = depth - 1;
    this.levels[depth - 1] = text;
    this.paths = {};
  }

  /** `<details><summary>Title</summary>` opens a sub-section; `</details>` closes it. */
  html(node: Html): void {
    if (/<\/details>/i.test(node.value)) {
      this.levels.length = Math.min(this.levels.length, SUMMARY_LEVEL - 1);
      this.paths = {};
    }
    const summary = /<summary[^>]*>([\s\S]*?)<\/summary>/i.exec(node.value);
    if (summary) {
      const text = stripTags(summary[1]);
      if (text !== '') this.heading(SUMMARY_LEVEL, text);
    }
  }

  /** A paragraph that is only bold text (`**Survey**`, `<b>1.1.1 …</b>`) acts as a sub-heading. */
  boldParagraph(node: Paragraph): boolean {
    const meaningful = node.children.filter(
      (child) =>
        !(child.type === 'text' && child.value.trim() === '') &&
        !(child.type === 'html' && /^<\/?(?:b|strong)>$/i.test(child.value.trim())),
    );
    const wrappedInB = node.children.some(
      (child) => child.type === 'html' && /^<(?:b|strong)>$/i.test(child.value),
    );
    const isBold =
      (meaningful.length === 1 && meaningful[0].type === 'strong') ||
      (wrappedInB && meaningful.every((child) => child.type === 'text'));
    if (!isBold || containsLink(node)) return false;
    const text = stripTags(mdastToString(node, { includeImageAlt: false }));
    if (text === '' || text.length > 120) return false;
    this.heading(BOLD_LEVEL, text.replace(/[:：]$/, ''));
    return true;
  }

  pushGroup(text: string): void {
    this.groups.push(text);
    this.paths = {};
  }

  popGroup(): void {
    this.groups.pop();
    this.paths = {};
  }

  /**
   * The innermost heading with the `<summary>` titles, bold sub-headings and groups under it: a `# News`
   * section stays news inside its `<details><summary>2023</summary>` and under `**[2023-12]**`.
   */
  scope(): readonly string[] {
    if (this.paths.scope) return this.paths.scope;
    let heading = Math.min(this.levels.length, SUMMARY_LEVEL - 1) - 1;
    while (heading > 0 && !this.levels[heading]) heading--;
    this.paths.scope = [...this.levels.slice(Math.max(heading, 0)).filter((level) => level), ...this.groups];
    return this.paths.scope;
  }

  /** The section path, one array shared by the entries of a section (never changed). */
  current(): string[] {
    this.paths.current ??= [
      ...this.levels.filter((level) => level !== undefined && level !== ''),
      ...this.groups,
    ];
    return this.paths.current;
  }
}

function containsLink(node: { type: string; children?: unknown[] }): boolean {
  if (node.type === 'link' || node.type === 'linkReference') return true;
  return (node.children ?? []).some((child) => containsLink(child as { type: string; children?: unknown[] }));
}

function stripTags(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
