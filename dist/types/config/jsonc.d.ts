/**
 * JSON with comments, as `.paperlintrc.json`, `.paperlintrc.jsonc` and `.paperlintrc` may hold (ESLint's and
 * markdownlint's configuration files allow them too): each `//` and `/* … *\/` comment outside a string becomes
 * spaces, line breaks kept, so that JSON.parse's positions still point into the file as written.
 */
export declare function stripJsonComments(text: string): string;
