/** Terminal colour: the decision (`shouldUseColor`) and the few ANSI styles the stylish reporter uses. */
export interface ColorStream {
    isTTY?: boolean;
}
/**
 * Whether to colour output written to `stream`: NO_COLOR (non-empty) always wins, FORCE_COLOR=0/false
 * turns colour off, any other FORCE_COLOR turns it on, otherwise colour only on a terminal.
 */
export declare function shouldUseColor(stream: ColorStream, env: Record<string, string | undefined>): boolean;
export type Paint = (text: string) => string;
export interface Palette {
    red: Paint;
    yellow: Paint;
    blue: Paint;
    dim: Paint;
    bold: Paint;
    underline: Paint;
}
/** ANSI styles when `color`, identity functions otherwise, so callers never branch on colour. */
export declare function palette(color: boolean): Palette;
