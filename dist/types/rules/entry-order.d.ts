import type { Entry } from '../types.js';
/** Where an entry sorts: a range, because a year without a month stands for all its months. */
interface Key {
    low: number;
    high: number;
    /** What the message shows: `2023/05`, `2023`, `'Title'`. */
    shown: string;
}
interface Keyed {
    entry: Entry;
    key: Key;
}
interface Order {
    name: 'newest first' | 'oldest first' | 'sorted by title';
    /** Where the keys come from: the dates entries write, their arXiv ids' months, or their titles. */
    source: 'written' | 'id' | 'title';
    /** The entries with a key, in document order, their keys turned so that the order is ascending. */
    items: Keyed[];
}
/**
 * Where a new entry goes in a sequence of entries (one section's) to keep the order the sequence keeps:
 * before the entry it returns, `null` for after the last one, `undefined` when the sequence keeps no order.
 * Ties go after their equals. The newcomer is keyed like the others (by the dates it writes, its arXiv id's
 * month, or its title); one without a key goes last.
 */
export declare function placeInOrder(entries: readonly Entry[], newcomer: Entry, today: Date): {
    before: Entry | null;
    order: Order['name'];
} | undefined;
declare const _default: import("./rule.js").Rule<{}>;
export default _default;
