/** A finding's file as shown to users: relative to `cwd` when absolute, always with forward slashes. */
export declare function displayPath(file: string, cwd: string): string;
