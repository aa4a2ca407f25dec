/**
 * How a list writes where its papers were published, learned from its own entries: the venue dates it writes
 * (`NeurIPS 2023`, `NeurIPS'23`, `SIGIR2023`, `(*ICLR'24*)`), each venue's spelling (`RecSys`, `NIPS`), and
 * which dates say a paper is a preprint (`arxiv 2023/05`, `Arxiv 2024`).
 */
import type { Entry, EntryDate, PaperList } from '../types.js';
export declare function isPreprintLabel(label: string): boolean;
/** The way most venue dates of a list are written, when one way clearly wins. */
export interface VenueStyle {
    /** `NeurIPS 2023`, `NeurIPS'23`, `SIGIR2023`: a venue and year written as the list writes them. */
    render(name: string, year: number): string;
    /** The list's own spelling of a venue it writes (`Recsys` for `RecSys`), else `name`. */
    spelling(name: string): string;
}
/** The venue date of an entry, written with its venue label first (`NeurIPS 2023`); none in a venue column. */
export declare function venueDates(entry: Entry): EntryDate[];
/** The list's venue style; `undefined` unless at least 5 venue dates and a clear majority write it one way. */
export declare function venueStyleOf(list: PaperList): VenueStyle | undefined;
/** How many entries of the list write a venue: a list that never does keeps no track of them. */
export declare function entriesWithVenues(list: PaperList): number;
