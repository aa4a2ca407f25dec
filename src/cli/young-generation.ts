import { stat } from 'node:fs/promises';
import { isGlob } from '../glob.js';
import { defaultFile } from './default-file.js';

/**
 * Parsing a big list allocates heavily; with V8's default young generation, garbage collection takes a
 * fifth of the run (20,000 entries: ~10 s → ~8 s with it). The flag only works at start-up, so the bin
 * runs itself once more with it when the lists are big enough, and the bench measures under it too.
 * 32 MB, not 64: on 20,000 entries the CLI's peak memory is 337 MB instead of 400 MB, in the same time
 * (4.5–5.5 s against 4.9 s, one core, two runs each).
 */
export const YOUNG_GENERATION = '--max-semi-space-size=32';

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
