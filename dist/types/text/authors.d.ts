/**
 * Whether a piece of text is an author list (`Gallego, G., Delbruck, T.`, `Zhicheng Lu, Xiang Guo`, `Colin
 * Raffel et al.`): who wrote a paper, never its title. One classifier for every layout: list items, table
 * cells, citations, headings and the quality report alike.
 */
/** `A. Author, B. Author`, `Liu, M., Delbruck, T.`, `Xiaodong Lan and Mac Schwager`, `Colin Raffel et al.`. */
export declare function isAuthorList(text: string): boolean;
/**
 * `Ha and Schmidhuber`, `Wang & Ba`: two surnames, as citations name two authors. Only where a citation's
 * authors stand (after a title, before a year): as a title, `Sense and Sensibility` reads the same.
 */
export declare function isSurnamePair(text: string): boolean;
