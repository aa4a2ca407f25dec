// `npm run quality [folder] [--json]`: what the offline rules say about every list of a folder (default
// ../shared/corpus/lists, or $PAPERLINT_QUALITY_LISTS), per 100 entries. Prints figures, asserts nothing.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { missedTargets, per100, qualityMarkdown, qualityOfFolder } from './quality-report.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
// npm runs scripts from the package root; a relative folder means the one the user typed it in.
const folder = path.resolve(
  process.env.INIT_CWD ?? process.cwd(),
  args.find((arg) => !arg.startsWith('--')) ??
    process.env.PAPERLINT_QUALITY_LISTS ??
    path.resolve(import.meta.dirname, '../../shared/corpus/lists'),
);

if (!existsSync(folder) || !statSync(folder).isDirectory()) {
  console.error(`quality: ${folder}: no such folder of lists (pass one, or set PAPERLINT_QUALITY_LISTS)`);
  process.exit(2);
}

const rows = qualityOfFolder(folder);
if (json) {
  const withRates = rows.map((q) => ({
    ...q,
    per100: Object.fromEntries(Object.entries(q.total).map(([key, n]) => [key, per100(n, q.entries)])),
    missedTargets: missedTargets(q),
  }));
  console.log(JSON.stringify({ folder, lists: withRates }, null, 2));
} else {
  console.log(`# paperlint quality: ${folder}\n`);
  console.log(qualityMarkdown(rows));
}
