/**
 * What paperlint reads and writes on disk, and how: only regular files of a bounded size are read (a FIFO or
 * `/dev/zero` named as a list would hang or fill memory), and a file is replaced through an exclusively
 * created temporary file beside its real path, never over a change made since it was read.
 */

import { createHash, randomBytes } from 'node:crypto';
import { constants, type Stats } from 'node:fs';
import { access, open, realpath, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from './input-error.js';

/** The largest list read by default (`--max-file-size`, config `maxFileSize`): the corpus's largest is 330 KB. */
export const DEFAULT_MAX_FILE_SIZE = 20 * 1024 * 1024;

/** Why a file was not read: it is missing, could not be read, or is refused (not a regular file, too large). */
export class FileError extends InputError {
  constructor(
    shownAs: string,
    readonly why: string,
    readonly kind: 'missing' | 'unreadable' | 'refused',
  ) {
    super(`${shownAs}: ${why}`);
  }
}

/** What a file was when it was read: replacing it is refused once any of it changed. */
export interface FileSnapshot {
  size: number;
  mtimeMs: number;
  digest: string;
}

const digestOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** `20 MB`, `512 KB`, `100 bytes`: sizes as messages give them. */
function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

const SIZE_UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** A size as `--max-file-size` and `maxFileSize` take it: bytes, or a K, M or G suffix (`50M`, `1.5GB`); undefined when unreadable. */
export function parseSize(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*(?:([kmg])b?)?$/i.exec(text.trim());
  if (!match) return undefined;
  const bytes = Math.floor(Number(match[1]) * SIZE_UNITS[(match[2] ?? '').toLowerCase()]);
  return Number.isSafeInteger(bytes) && bytes >= 1 ? bytes : undefined;
}

/** What a path that is not a regular file is, for a message. */
function kindOf(info: Stats): string {
  if (info.isDirectory()) return 'a directory';
  if (info.isFIFO()) return 'a named pipe';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}

/** Why a path may not be read as a file of at most `maxBytes`, or undefined when it may. */
function refusalOf(info: Stats, maxBytes: number): string | undefined {
  if (!info.isFile()) return `is ${kindOf(info)}, not a regular file`;
  if (info.size > maxBytes) return `is ${formatSize(info.size)}, over the ${formatSize(maxBytes)} limit`;
  return undefined;
}

export interface ReadLimits {
  maxBytes: number;
  /** Appended to the over-the-limit message: how to raise it. */
  raise?: string;
}

/**
 * Reads a regular file of at most `maxBytes`. The path is checked before it is opened (opening a FIFO would
 * wait for a writer), opened without blocking and checked again on the open file (it may have been swapped).
 * Errors are `InputError`s naming the file as `shownAs`.
 */
export async function readRegularFile(
  filePath: string,
  shownAs: string,
  limits: ReadLimits,
): Promise<{ bytes: Buffer; snapshot: FileSnapshot }> {
  const refuse = (info: Stats) => {
    const why = refusalOf(info, limits.maxBytes);
    const raise = info.isFile() && limits.raise ? ` (${limits.raise})` : '';
    if (why) throw new FileError(shownAs, `${why}${raise}`, 'refused');
  };
  const unreadable = (error: unknown) =>
    error instanceof FileError
      ? error
      : new FileError(shownAs, `cannot read (${codeOf(error)})`, 'unreadable');
  try {
    refuse(await stat(filePath));
  } catch (error) {
    if (codeOf(error) === 'ENOENT') throw new FileError(shownAs, 'no such file', 'missing');
    throw unreadable(error);
  }
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(filePath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw unreadable(error);
  }
  try {
    const info = await handle.stat();
    refuse(info);
    // One byte more than allowed tells a file that grew past the limit since it was looked at.
    const buffer = Buffer.alloc(Math.min(info.size, limits.maxBytes) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === buffer.length) break;
    }
    // Grown past the limit since it was looked at.
    if (length > limits.maxBytes) refuse(Object.assign(Object.create(info), { size: length }));
    const bytes = buffer.subarray(0, length);
    return { bytes, snapshot: { size: length, mtimeMs: info.mtimeMs, digest: digestOf(bytes) } };
  } catch (error) {
    throw unreadable(error);
  } finally {
    await handle.close();
  }
}

/** Why the file at `real` is no longer what `snapshot` recorded, or undefined when it is unchanged. */
async function changeSince(real: string, snapshot: FileSnapshot): Promise<string | undefined> {
  let info: Stats;
  try {
    info = await stat(real);
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return 'was removed';
    throw error;
  }
  if (info.size !== snapshot.size || info.mtimeMs !== snapshot.mtimeMs) return 'was changed';
  try {
    const { bytes } = await readRegularFile(real, real, { maxBytes: snapshot.size });
    return digestOf(bytes) === snapshot.digest ? undefined : 'was changed';
  } catch {
    return 'was changed';
  }
}

export interface ReplaceOptions {
  /** The name errors give the file (what the user typed). */
  shownAs: string;
  /** What the file was when read: it is not replaced when it changed or vanished since. */
  unchanged?: FileSnapshot;
  /** Called just before the file is replaced; throwing stops the write (the caller is gone). */
  beforeCommit?: () => void;
  /** How refusals name the work, what was not written, and the command that tries again: `--fix`'s by default. */
  writing?: { task: string; notWritten: string; retry: string };
}

const FIXING = { task: 'fixing it', notWritten: 'fixes not written', retry: 'run --fix again' };

async function writeAll(handle: Awaited<ReturnType<typeof open>>, bytes: Uint8Array): Promise<void> {
  for (let offset = 0; offset < bytes.length; ) {
    offset += (await handle.write(bytes, offset, bytes.length - offset, offset)).bytesWritten;
  }
}

/**
 * Replaces a file's content as atomically as the file allows. A symbolic link is written through (its target
 * is replaced, the link stays); the new content goes to a temporary file with a random name created
 * exclusively beside the real file, gets the file's mode and, where permitted, its owner, is synced, and is
 * renamed over it. A file with several hard links, or whose owner cannot be kept, is rewritten in place from
 * that temporary copy instead, so that the links and the owner stay. A read-only file is refused, and so is a
 * file that changed since `unchanged` was taken. Errors are `InputError`s.
 */
export async function replaceFile(filePath: string, content: string, options: ReplaceOptions): Promise<void> {
  const { shownAs, writing = FIXING } = options;
  const fail = (why: string): never => {
    throw new InputError(`${shownAs}: ${why}; ${writing.notWritten}`);
  };
  let real: string;
  let info: Stats;
  try {
    real = await realpath(filePath);
    info = await stat(real);
  } catch (error) {
    return fail(
      codeOf(error) === 'ENOENT'
        ? `was removed while paperlint was ${writing.task}`
        : `cannot write (${codeOf(error)})`,
    );
  }
  if (!info.isFile()) return fail(`is ${kindOf(info)}`);
  const writable =
    (info.mode & 0o222) !== 0 &&
    (await access(real, constants.W_OK).then(
      () => true,
      () => false,
    ));
  if (!writable) return fail('is read-only');
  const check = async () => {
    const change = options.unchanged && (await changeSince(real, options.unchanged));
    if (change) fail(`${change} while paperlint was ${writing.task} (${writing.retry})`);
    options.beforeCommit?.();
  };
  const bytes = Buffer.from(content);
  const temporary = path.join(
    path.dirname(real),
    `.${path.basename(real)}.${randomBytes(6).toString('hex')}.paperlint.tmp`,
  );
  let created = false;
  try {
    const handle = await open(temporary, 'wx', 0o600);
    created = true;
    let ownerKept = true;
    try {
      await writeAll(handle, bytes);
      await handle.chmod(info.mode & 0o7777);
      await handle.chown(info.uid, info.gid).catch(() => {
        ownerKept = info.uid === process.getuid?.();
      });
      await handle.sync();
    } finally {
      await handle.close();
    }
    await check();
    if (info.nlink > 1 || !ownerKept) {
      // Rewritten in place; the synced temporary copy is removed only once the file holds the new content.
      const target = await open(real, 'r+');
      try {
        await writeAll(target, bytes);
        await target.truncate(bytes.length);
        await target.sync();
      } finally {
        await target.close();
      }
      await unlink(temporary);
    } else {
      await rename(temporary, real);
    }
    created = false;
    await syncFolder(path.dirname(real));
  } catch (error) {
    if (created) await unlink(temporary).catch(() => {});
    if (error instanceof InputError) throw error;
    fail(`cannot write (${codeOf(error)})`);
  }
}

/** Syncs a folder so that a rename in it survives a crash; where folders cannot be opened, it is skipped. */
async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r').catch(() => undefined);
  await handle?.sync().catch(() => {});
  await handle?.close();
}
