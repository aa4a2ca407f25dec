/**
 * `paperlint add [options] <arXiv id or URL>...`: fetches the papers' metadata (one batched request), writes
 * each paper's entry into the list in its own style, and says where and why. Exit 0 when every paper was
 * added, 1 when one was refused (already listed, no such paper), 2 on a usage or input error.
 */

import path from 'node:path';
import { parseArgs } from 'node:util';
import { insertionDiff } from '../add/diff.js';
import { AddError, type AddOutcome, addPaper, lineListing, paperFromRecord } from '../add/index.js';
import { arxivIdFromUrl, findArxivIdsInText, parseArxivId } from '../arxiv/id.js';
import { InputError, readListSource } from '../lint.js';
import { replaceFile } from '../safe-fs.js';
import { DEFAULT_VERIFY_OPTIONS as DEFAULTS } from '../verify/defaults.js';
import { httpUrl, positiveInteger, UsageError } from './args.js';
import type { CliIo } from './main.js';

export const ADD_HELP = `Usage: paperlint add [options] <arXiv id or URL>...

Write the papers' entries into a list in its own style: title form, separators, date format, link label
and form, venue when arXiv says it is published, code link when the paper names a GitHub repository.

Options:
  --list <file>             the list to add to (default README.md)
  --section <heading>       the section to add under (default: the one whose heading best matches the paper)
  --dry-run                 print the change as a diff, write nothing
  --arxiv-api <url>         default ${DEFAULTS.arxivApi}
  --arxiv-interval <ms>     minimum gap between arXiv API requests (default ${DEFAULTS.arxivInterval})
  --timeout <ms>            per request (default ${DEFAULTS.timeout})
  --venues <dblp>           also ask DBLP where papers arXiv says nothing about were published
  --dblp-api <url>          default ${DEFAULTS.dblpApi}
  --allow-private-hosts     allow loopback/private/link-local API hosts (off by default)
  --help                    show this help

Exit codes: 0 every paper added, 1 a paper refused (already listed, no such paper), 2 usage or input error.
`;

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      list: { type: 'string' },
      section: { type: 'string' },
      'dry-run': { type: 'boolean' },
      'arxiv-api': { type: 'string' },
      'arxiv-interval': { type: 'string' },
      timeout: { type: 'string' },
      venues: { type: 'string' },
      'dblp-api': { type: 'string' },
      'allow-private-hosts': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

/** `2305.11700`, `arXiv:2305.11700v2`, `https://arxiv.org/pdf/2305.11700.pdf`, `hep-th/9901001` → the id. */
export function arxivIdOfArgument(text: string, today = new Date()): string {
  const trimmed = text.trim();
  const guess =
    arxivIdFromUrl(
      /^[a-z]+:\/\//i.test(trimmed) || /arxiv\.org\//i.test(trimmed)
        ? trimmed
        : `https://arxiv.org/abs/${trimmed.replace(/^arxiv:\s*/i, '')}`,
    ) ?? findArxivIdsInText(`arXiv:${trimmed}`)[0];
  if (!guess || !parseArxivId(guess.id, today).valid) {
    throw new UsageError(`'${text}' is not an arXiv id or arXiv URL`);
  }
  return guess.id;
}

/** One line (and the entry, indented) per paper: where it went and why, or why not. */
function report(file: string, id: string, outcome: AddOutcome): string {
  if (outcome.kind === 'refused') return `${file}:${outcome.line}  refused ${id}: ${outcome.reason}\n`;
  const how = [outcome.why, outcome.order].filter(Boolean).join('; ');
  const entry = outcome.entry
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
  return `${file}:${outcome.line}  added ${id} under '${outcome.section.at(-1) ?? '(top)'}' (${how})\n${entry}\n`;
}

/** Runs `paperlint add`; returns the exit code. Usage and input errors are thrown for the caller to print. */
export async function runAdd(argv: string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(ADD_HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('add expects at least one arXiv id or URL');
  if (values.venues !== undefined && values.venues.toLowerCase() !== 'dblp')
    throw new UsageError(`--venues expects dblp, got '${values.venues}'`);
  const asked = [...new Set(positionals.map((text) => arxivIdOfArgument(text)))];
  const network = {
    ...DEFAULTS,
    arxivApi: httpUrl('arxiv-api', values['arxiv-api'] ?? DEFAULTS.arxivApi),
    arxivInterval: positiveInteger('arxiv-interval', values['arxiv-interval'], DEFAULTS.arxivInterval, 0),
    timeout: positiveInteger('timeout', values.timeout, DEFAULTS.timeout),
    allowPrivateHosts: values['allow-private-hosts'] ?? false,
    ...(values.venues !== undefined && { venues: 'dblp' as const }),
    dblpApi: httpUrl('dblp-api', values['dblp-api'] ?? DEFAULTS.dblpApi!),
  };
  const file = values.list ?? 'README.md';
  const absolute = path.resolve(io.cwd, file);
  const source = await readListSource(absolute, file);
  // Lenient decoding would write U+FFFD over the bytes it could not read.
  if (!source.utf8) throw new InputError(`${file}: not valid UTF-8; save it as UTF-8 to add papers to it`);
  const original = source.text;
  let text = original.replace(/^\uFEFF/, '');
  const bom = original.length > text.length ? '\uFEFF' : '';
  const notes: string[] = [];
  // A paper the list has already is refused before anything is fetched.
  const ids = asked.filter((id) => {
    const line = lineListing(text, id);
    if (line !== undefined)
      notes.push(`${file}:${line}  refused ${id}: already listed (arXiv ${id}) at line ${line}\n`);
    return line === undefined;
  });
  let refused = ids.length < asked.length;

  const { fetchPapers } = await import('../verify/index.js');
  const fetched = await fetchPapers(ids, network);

  for (const id of ids) {
    const { result } = fetched.get(id)!;
    if (result.status === 'unverifiable') throw new AddError(`could not fetch ${id}: ${result.reason}`);
    if (result.status === 'not-found') {
      refused = true;
      notes.push(`${file}  refused ${id}: no such paper on arXiv\n`);
      continue;
    }
    const { output, outcome } = addPaper(text, paperFromRecord(id, result.record, fetched.get(id)!.dblp), {
      ...(values.section !== undefined && { section: values.section }),
    });
    if (outcome.kind === 'refused') refused = true;
    text = output;
    notes.push(report(file, id, outcome));
  }
  const changed = bom + text !== original;
  if (values['dry-run']) {
    io.stdout.write(insertionDiff(file.split(path.sep).join('/'), original, bom + text));
    io.stderr.write(notes.join(''));
  } else {
    // Written like --fix writes: atomically, and not over a change made while the papers were fetched.
    if (changed)
      await replaceFile(absolute, bom + text, {
        shownAs: file,
        unchanged: source.snapshot,
        writing: { task: 'adding to it', notWritten: 'nothing added', retry: 'run paperlint add again' },
      });
    io.stdout.write(notes.join(''));
  }
  return refused ? 1 : 0;
}
