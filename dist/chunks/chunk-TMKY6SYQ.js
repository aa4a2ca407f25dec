import { createRequire as __paperlintCreateRequire } from 'node:module';
const require = __paperlintCreateRequire(import.meta.url);

// src/input-error.ts
var InputError = class extends Error {
  name = "InputError";
};

// src/safe-fs.ts
import { createHash, randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { access, open, realpath, rename, stat, unlink } from "node:fs/promises";
import path from "node:path";
var DEFAULT_MAX_FILE_SIZE = 20 * 1024 * 1024;
var FileError = class extends InputError {
  constructor(shownAs, why, kind) {
    super(`${shownAs}: ${why}`);
    this.why = why;
    this.kind = kind;
  }
  why;
  kind;
};
var digestOf = (bytes) => createHash("sha256").update(bytes).digest("hex");
function formatSize(bytes) {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}
var SIZE_UNITS = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };
function parseSize(text) {
  const match = /^(\d+(?:\.\d+)?)\s*(?:([kmg])b?)?$/i.exec(text.trim());
  if (!match) return void 0;
  const bytes = Math.floor(Number(match[1]) * SIZE_UNITS[(match[2] ?? "").toLowerCase()]);
  return Number.isSafeInteger(bytes) && bytes >= 1 ? bytes : void 0;
}
function kindOf(info) {
  if (info.isDirectory()) return "a directory";
  if (info.isFIFO()) return "a named pipe";
  if (info.isSocket()) return "a socket";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "a device";
  return "not a regular file";
}
function codeOf(error) {
  return error.code ?? String(error);
}
function refusalOf(info, maxBytes) {
  if (!info.isFile()) return `is ${kindOf(info)}, not a regular file`;
  if (info.size > maxBytes) return `is ${formatSize(info.size)}, over the ${formatSize(maxBytes)} limit`;
  return void 0;
}
async function readRegularFile(filePath, shownAs, limits) {
  const refuse = (info) => {
    const why = refusalOf(info, limits.maxBytes);
    const raise = info.isFile() && limits.raise ? ` (${limits.raise})` : "";
    if (why) throw new FileError(shownAs, `${why}${raise}`, "refused");
  };
  const unreadable = (error) => error instanceof FileError ? error : new FileError(shownAs, `cannot read (${codeOf(error)})`, "unreadable");
  try {
    refuse(await stat(filePath));
  } catch (error) {
    if (codeOf(error) === "ENOENT") throw new FileError(shownAs, "no such file", "missing");
    throw unreadable(error);
  }
  let handle;
  try {
    handle = await open(filePath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw unreadable(error);
  }
  try {
    const info = await handle.stat();
    refuse(info);
    const buffer = Buffer.alloc(Math.min(info.size, limits.maxBytes) + 1);
    let length = 0;
    for (; ; ) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === buffer.length) break;
    }
    if (length > limits.maxBytes) refuse(Object.assign(Object.create(info), { size: length }));
    const bytes = buffer.subarray(0, length);
    return { bytes, snapshot: { size: length, mtimeMs: info.mtimeMs, digest: digestOf(bytes) } };
  } catch (error) {
    throw unreadable(error);
  } finally {
    await handle.close();
  }
}
async function changeSince(real, snapshot) {
  let info;
  try {
    info = await stat(real);
  } catch (error) {
    if (codeOf(error) === "ENOENT") return "was removed";
    throw error;
  }
  if (info.size !== snapshot.size || info.mtimeMs !== snapshot.mtimeMs) return "was changed";
  try {
    const { bytes } = await readRegularFile(real, real, { maxBytes: snapshot.size });
    return digestOf(bytes) === snapshot.digest ? void 0 : "was changed";
  } catch {
    return "was changed";
  }
}
var FIXING = { task: "fixing it", notWritten: "fixes not written", retry: "run --fix again" };
async function writeAll(handle, bytes) {
  for (let offset = 0; offset < bytes.length; ) {
    offset += (await handle.write(bytes, offset, bytes.length - offset, offset)).bytesWritten;
  }
}
async function replaceFile(filePath, content, options) {
  const { shownAs, writing = FIXING } = options;
  const fail = (why) => {
    throw new InputError(`${shownAs}: ${why}; ${writing.notWritten}`);
  };
  let real;
  let info;
  try {
    real = await realpath(filePath);
    info = await stat(real);
  } catch (error) {
    return fail(
      codeOf(error) === "ENOENT" ? `was removed while paperlint was ${writing.task}` : `cannot write (${codeOf(error)})`
    );
  }
  if (!info.isFile()) return fail(`is ${kindOf(info)}`);
  const writable = (info.mode & 146) !== 0 && await access(real, constants.W_OK).then(
    () => true,
    () => false
  );
  if (!writable) return fail("is read-only");
  const check = async () => {
    const change = options.unchanged && await changeSince(real, options.unchanged);
    if (change) fail(`${change} while paperlint was ${writing.task} (${writing.retry})`);
    options.beforeCommit?.();
  };
  const bytes = Buffer.from(content);
  const temporary = path.join(
    path.dirname(real),
    `.${path.basename(real)}.${randomBytes(6).toString("hex")}.paperlint.tmp`
  );
  let created = false;
  try {
    const handle = await open(temporary, "wx", 384);
    created = true;
    let ownerKept = true;
    try {
      await writeAll(handle, bytes);
      await handle.chmod(info.mode & 4095);
      await handle.chown(info.uid, info.gid).catch(() => {
        ownerKept = info.uid === process.getuid?.();
      });
      await handle.sync();
    } finally {
      await handle.close();
    }
    await check();
    if (info.nlink > 1 || !ownerKept) {
      const target = await open(real, "r+");
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
    if (created) await unlink(temporary).catch(() => {
    });
    if (error instanceof InputError) throw error;
    fail(`cannot write (${codeOf(error)})`);
  }
}
async function syncFolder(folder) {
  const handle = await open(folder, "r").catch(() => void 0);
  await handle?.sync().catch(() => {
  });
  await handle?.close();
}

export {
  InputError,
  DEFAULT_MAX_FILE_SIZE,
  FileError,
  parseSize,
  readRegularFile,
  replaceFile
};
