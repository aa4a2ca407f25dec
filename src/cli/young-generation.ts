import { stat } from 'node:fs/promises';
import { isGlob } from '../glob.js';
import { defaultFile } from './default-file.js';

/**
 * The young generation big lists are linted with: 16 MB semi-spaces, the size V8 picks by default on a 64-bit
 * machine with enough memory (the same peaks here, 24 GB), pinned because it picks less where the heap limit is
 * lower. Measured after the tree and the entry model were compacted (one lint of 20,000 entries in node, one core,
 * peak RSS): 235 (bullets), 251-271 (tables), 328 (numbered), 294 (paragraphs), 326 MB (headings) with 16 MB;
 * 266, 282-299, 358, 326, 357 MB with 32 MB (the previous size); 244, 263-280, 318, 282, 318 MB with 8 MB. CPU time
 * was the same within the noise of a loaded machine (medians of 4, numbered: 6.1 s with 16 MB, 6.6 s with 32, 5.8 s
 * with 8; tables: 4.2, 4.1, 4.4 s), as were the garbage collector's pauses (1.2-1.6 s for each size).
 */
export const YOUNG_GENERATION = '--max-semi-space-size=16';

/**
 * Below this many bytes of lists, a second node start (0.1–0.2 s) costs more than the flag saves: lists of
 * 150 KB to 1 MB lint no faster with it, and the largest of the corpus is 330 KB.
 */
const WORTH_A_RESTART_BYTES = 1_000_000;

/** A file's size; infinite for a folder, whose Markdown files may add up to any size, as a glob's may. */
async function fileSize(file: string): Promise<number | undefined> {
  try {
    const info = await stat(file);
    return info.isFile() ? info.size : info.isDirectory() ? Number.POSITIVE_INFINITY : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether the lists a command line names are big enough for the flag, or may be (a glob, a folder). Reads the arguments
 * loosely, without the option table (an option's value that names a file counts too): a wrong guess costs
 * time, never a different result.
 */
export async function youngGenerationPays(argv: string[], env: NodeJS.ProcessEnv): Promise<boolean> {
  const named = argv.filter((argument) => !argument.startsWith('-'));
  if (named.some(isGlob)) return true;
  const sizes = (await Promise.all(named.map(fileSize))).filter((size) => size !== undefined);
  const bytes =
    sizes.length > 0 ? sizes.reduce((sum, size) => sum + size, 0) : ((await fileSize(defaultFile(env))) ?? 0);
  return bytes >= WORTH_A_RESTART_BYTES;
}
