export interface LocalLinkOptions {
    /** Report sections a table of contents leaves out. */
    tableOfContents: boolean;
}
declare const _default: import("./rule.js").Rule<LocalLinkOptions>;
export default _default;
