/**
 * Reads one file out of a zip archive held in memory (an Actions artifact as the REST API serves it), without
 * writing anything to disk and without inflating more than a cap: the archive is untrusted input, so a
 * path in it never becomes a file (no zip slip) and a zip bomb stops at the cap.
 */

import { crc32, inflateRawSync } from 'node:zlib';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

/** A zip archive paperlint cannot read, or an entry it will not read; the message says which and why. */
export class ZipError extends Error {
  override name = 'ZipError';
}

function endOfCentralDirectory(archive: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  for (let at = archive.length - 22; at >= Math.max(0, archive.length - 22 - 0xffff); at--) {
    if (archive.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  throw new ZipError('not a zip archive');
}

interface CentralEntry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localHeader: number;
}

function centralEntries(archive: Buffer): CentralEntry[] {
  const end = endOfCentralDirectory(archive);
  const count = archive.readUInt16LE(end + 10);
  const size = archive.readUInt32LE(end + 12);
  const offset = archive.readUInt32LE(end + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff)
    throw new ZipError('zip64 archives are not read');
  if (offset + size > end) throw new ZipError('the central directory lies outside the archive');
  const entries: CentralEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || archive.readUInt32LE(at) !== CENTRAL_FILE_HEADER)
      throw new ZipError('a damaged central directory');
    const nameLength = archive.readUInt16LE(at + 28);
    entries.push({
      flags: archive.readUInt16LE(at + 8),
      method: archive.readUInt16LE(at + 10),
      crc: archive.readUInt32LE(at + 16),
      compressedSize: archive.readUInt32LE(at + 20),
      size: archive.readUInt32LE(at + 24),
      localHeader: archive.readUInt32LE(at + 42),
      name: archive.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + archive.readUInt16LE(at + 30) + archive.readUInt16LE(at + 32);
  }
  return entries;
}

/** The bytes of the archive's one file named `name`, refused when they would exceed `maxBytes`. */
export function readZipEntry(archive: Buffer, name: string, maxBytes: number): Buffer {
  const matches = centralEntries(archive).filter((entry) => entry.name === name);
  if (matches.length === 0) throw new ZipError(`no file '${name}' in the archive`);
  if (matches.length > 1) throw new ZipError(`'${name}' is in the archive ${matches.length} times`);
  const [entry] = matches;
  if (entry.flags & 1) throw new ZipError(`'${name}' is encrypted`);
  if (entry.size > maxBytes) throw new ZipError(`'${name}' is ${entry.size} bytes, more than ${maxBytes}`);
  const local = entry.localHeader;
  if (local + 30 > archive.length || archive.readUInt32LE(local) !== LOCAL_FILE_HEADER)
    throw new ZipError(`a damaged local header for '${name}'`);
  const start = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
  if (start + entry.compressedSize > archive.length) throw new ZipError(`'${name}' is cut short`);
  const data = archive.subarray(start, start + entry.compressedSize);
  let bytes: Buffer;
  if (entry.method === STORED) bytes = data;
  else if (entry.method === DEFLATED) {
    try {
      // The declared size may lie: inflating stops one byte past the cap.
      bytes = inflateRawSync(data, { maxOutputLength: maxBytes + 1 });
    } catch (error) {
      throw new ZipError(
        error instanceof RangeError
          ? `'${name}' inflates to more than ${maxBytes} bytes`
          : `'${name}' does not inflate (${(error as Error).message})`,
      );
    }
  } else throw new ZipError(`'${name}' uses compression method ${entry.method}`);
  if (bytes.length !== entry.size || crc32(bytes) !== entry.crc)
    throw new ZipError(`'${name}' does not match its recorded size and checksum`);
  return bytes;
}
