/**
 * JSON with comments, as `.paperlintrc.json`, `.paperlintrc.jsonc` and `.paperlintrc` may hold (ESLint's and
 * markdownlint's configuration files allow them too): each `//` and `/* … *\/` comment outside a string becomes
 * spaces, line breaks kept, so that JSON.parse's positions still point into the file as written.
 */
export function stripJsonComments(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (char === '"') {
      const end = stringEnd(text, i);
      out += text.slice(i, end);
      i = end;
    } else if (char === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
      const line = text[i + 1] === '/';
      const close = line ? text.indexOf('\n', i) : text.indexOf('*/', i + 2);
      const end = close === -1 ? text.length : line ? close : close + 2;
      out += text.slice(i, end).replace(/[^\r\n]/g, ' ');
      i = end;
    } else {
      out += char;
      i++;
    }
  }
  return out;
}

/** The index after the string that starts at `start` (its closing quote), or the text's end. */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i + 1;
  }
  return text.length;
}
