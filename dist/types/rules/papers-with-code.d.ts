/**
 * Papers with Code closed in 2025: its paper pages land on Hugging Face's trending papers. A dead
 * `paperswithcode.com/paper/<slug>` link in an entry with one arXiv id, whose slug is that entry's title, has a
 * successor: the same paper's page on Hugging Face Papers (`https://huggingface.co/papers/<id>`).
 */
import type { Fix, Link, PaperList } from '../types.js';
/**
 * The Hugging Face Papers page of a Papers with Code paper link, and the fix that writes it over the link (its
 * label renamed when it names the site); undefined when the entry has no one arXiv id, when neither its title
 * nor the arXiv title of its id (`arxivTitle`, when known) is the page's, or when it links Hugging Face already.
 */
export declare function huggingFacePaper(list: PaperList, link: Link, arxivTitle?: (id: string) => string | undefined): {
    url: string;
    fix?: Fix;
} | undefined;
