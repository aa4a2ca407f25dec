/**
 * What paperlint reads and writes on disk, and how: only regular files of a bounded size are read (a FIFO or
 * `/dev/zero` named as a list would hang or fill memory), and a file is replaced through an exclusively
 * created temporary file beside its real path, never over a change made since it was read.
 */
import { InputError } from './input-error.js';
/** The largest list read by default (`--max-file-size`, config `maxFileSize`): the corpus's largest is 330 KB. */
export declare const DEFAULT_MAX_FILE_SIZE: number;
/** Why a file was not read: it is missing, could not be read, or is refused (not a regular file, too large). */
export declare class FileError extends InputError {
    readonly why: string;
    readonly kind: 'missing' | 'unreadable' | 'refused';
    constructor(shownAs: string, why: string, kind: 'missing' | 'unreadable' | 'refused');
}
/** What a file was when it was read: replacing it is refused once any of it changed. */
export interface FileSnapshot {
    size: number;
    mtimeMs: number;
    digest: string;
}
/** A size as `--max-file-size` and `maxFileSize` take it: bytes, or a K, M or G suffix (`50M`, `1.5GB`); undefined when unreadable. */
export declare function parseSize(text: string): number | undefined;
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
export declare function readRegularFile(filePath: string, shownAs: string, limits: ReadLimits): Promise<{
    bytes: Buffer;
    snapshot: FileSnapshot;
}>;
export interface ReplaceOptions {
    /** The name errors give the file (what the user typed). */
    shownAs: string;
    /** What the file was when read: it is not replaced when it changed or vanished since. */
    unchanged?: FileSnapshot;
    /** Called just before the file is replaced; throwing stops the write (the caller is gone). */
    beforeCommit?: () => void;
    /** How refusals name the work, what was not written, and the command that tries again: `--fix`'s by default. */
    writing?: {
        task: string;
        notWritten: string;
        retry: string;
    };
}
/**
 * Replaces a file's content as atomically as the file allows. A symbolic link is written through (its target
 * is replaced, the link stays); the new content goes to a temporary file with a random name created
 * exclusively beside the real file, gets the file's mode and, where permitted, its owner, is synced, and is
 * renamed over it. A file with several hard links, or whose owner cannot be kept, is rewritten in place from
 * that temporary copy instead, so that the links and the owner stay. A read-only file is refused, and so is a
 * file that changed since `unchanged` was taken. Errors are `InputError`s.
 */
export declare function replaceFile(filePath: string, content: string, options: ReplaceOptions): Promise<void>;
