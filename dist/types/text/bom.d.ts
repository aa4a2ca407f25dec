/** Removes a leading byte-order mark; positions everywhere are relative to the text without it. */
export declare function stripBom(text: string): string;
