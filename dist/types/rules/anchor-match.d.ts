/**
 * Whether a link's `#fragment` names an anchor of a document, and when it does not, the one anchor it most
 * likely meant: a case difference, a difference of punctuation or emoji only (`#start` for `#-start`), a
 * dropped or stale `-1`, a typo, or a heading renamed with one clear successor.
 */
import type { DocumentAnchors } from '../parse/anchors.js';
export type AnchorMatch = {
    kind: 'found';
} | {
    kind: 'case';
    anchor: string;
} | {
    kind: 'near';
    anchor: string;
    heading?: string;
} | {
    kind: 'missing';
};
/**
 * Matches a fragment as written (percent-encoded or not) against a document's anchors. `linked` holds the
 * fragments (lower case) other links of the same document already name: a heading they reach was not renamed.
 */
export declare function matchAnchor(written: string, document: DocumentAnchors, linked?: ReadonlySet<string>): AnchorMatch;
