/**
 * Whether a piece of text is an author list (`Gallego, G., Delbruck, T.`, `Zhicheng Lu, Xiang Guo`, `Colin
 * Raffel et al.`): who wrote a paper, never its title. One classifier for every layout: list items, table
 * cells, citations, headings and the quality report alike.
 */
/** `A. Author, B. Author`, `Liu, M., Delbruck, T.`, `Xiaodong Lan and Mac Schwager`, `Colin Raffel et al.`. */
export declare function isAuthorList(text: string): boolean;
/**
 * Length of the author list that opens `text` (`I. J. Goodfellow, J. Shlens, and C. Szegedy, `, `Sabour et
 * al., `, `Quoc V. Le and Tomas Mikolov: `), its closing comma or colon and the spaces after it included; 0
 * when none does or nothing follows it. The list ends after `et al.`, after the name that `and` introduces, and
 * at a colon; past a list that is already one, a colon extends it only over a name with initials
 * (`…, Ross Girshick, Inside-Outside Net: Detecting …` ends before `Inside-Outside Net`). `single`: see
 * `isNameList`. `followed`: the text ends where markup starts (a bold title), so nothing need follow the list in it.
 */
export declare function leadingAuthors(text: string, single?: boolean, followed?: boolean): number;
/** One author's name (`David Chiang`, `G. Hinton`), where a list's entries open with their authors. */
export declare function isOneAuthor(text: string): boolean;
/**
 * `Ha and Schmidhuber`, `Wang & Ba`: two surnames, as citations name two authors. Only where a citation's
 * authors stand (after a title, before a year): as a title, `Sense and Sensibility` reads the same.
 */
export declare function isSurnamePair(text: string): boolean;
