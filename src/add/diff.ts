/** The unified diff `--dry-run` prints: `after` is `before` with lines inserted, as `paperlint add` makes it. */

const CONTEXT = 3;

type Line = { kind: ' ' | '+'; text: string; old: number; new: number };

/** `--- a/file`, `+++ b/file`, then hunks of inserted lines with 3 lines of context; `` when nothing changed. */
export function insertionDiff(file: string, before: string, after: string): string {
  if (before === after) return '';
  const old = before.split('\n');
  const lines = after.split('\n');
  const walked: Line[] = [];
  let i = 0;
  for (let j = 0; j < lines.length; j++) {
    if (i < old.length && lines[j] === old[i]) {
      walked.push({ kind: ' ', text: lines[j], old: i + 1, new: j + 1 });
      i++;
    } else walked.push({ kind: '+', text: lines[j], old: i, new: j + 1 });
  }
  const changed = walked.flatMap((line, index) => (line.kind === '+' ? [index] : []));
  const hunks: Array<[number, number]> = [];
  for (const index of changed) {
    const [from, to] = [Math.max(0, index - CONTEXT), Math.min(walked.length - 1, index + CONTEXT)];
    const last = hunks.at(-1);
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else hunks.push([from, to]);
  }
  const out = [`--- a/${file}`, `+++ b/${file}`];
  for (const [from, to] of hunks) {
    const part = walked.slice(from, to + 1);
    const context = part.filter((line) => line.kind === ' ');
    const oldStart = context[0]?.old ?? part[0].old;
    out.push(`@@ -${oldStart},${context.length} +${part[0].new},${part.length} @@`);
    for (const line of part) out.push(`${line.kind}${line.text.replace(/\r$/, '')}`);
  }
  return `${out.join('\n')}\n`;
}
