/** Terminal colour: the decision (`shouldUseColor`) and the few ANSI styles the stylish reporter uses. */

export interface ColorStream {
  isTTY?: boolean;
}

/**
 * Whether to colour output written to `stream`: NO_COLOR (non-empty) always wins, FORCE_COLOR=0/false
 * turns colour off, any other FORCE_COLOR turns it on, otherwise colour only on a terminal.
 */
export function shouldUseColor(stream: ColorStream, env: Record<string, string | undefined>): boolean {
  if (env.NO_COLOR) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  return stream.isTTY === true;
}

export type Paint = (text: string) => string;

export interface Palette {
  red: Paint;
  yellow: Paint;
  blue: Paint;
  dim: Paint;
  bold: Paint;
  underline: Paint;
}

const sgr =
  (open: number, close: number): Paint =>
  (text) =>
    `\u001b[${open}m${text}\u001b[${close}m`;

const plain: Paint = (text) => text;

/** ANSI styles when `color`, identity functions otherwise, so callers never branch on colour. */
export function palette(color: boolean): Palette {
  if (!color) return { red: plain, yellow: plain, blue: plain, dim: plain, bold: plain, underline: plain };
  return {
    red: sgr(31, 39),
    yellow: sgr(33, 39),
    blue: sgr(34, 39),
    dim: sgr(2, 22),
    bold: sgr(1, 22),
    underline: sgr(4, 24),
  };
}
