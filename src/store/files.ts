/**
 * The files addr owns (the database and its -wal/-shm, the key, the send-log journal) and the folders it makes:
 * private whatever the umask (folders 0700, files 0600), created safely by many processes at once, written
 * atomically where a torn write would lose data; and reads of local inputs that stop at a size limit.
 */
import {
  chmodSync, closeSync, constants, fchmodSync, fsyncSync, linkSync, mkdirSync, openSync, readSync, renameSync, statSync, unlinkSync, writeSync,
} from 'node:fs';
import path from 'node:path';

export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

const errno = (err: unknown): string | undefined => (err as NodeJS.ErrnoException)?.code;

/**
 * Makes `dir` and each missing parent 0700 (mkdir's mode is filtered by the umask, so each one it made is chmodded).
 * A folder that exists already is left as it is: it may be shared (/srv/data) and is not addr's to change.
 */
export function makePrivateDir(dir: string): void {
  const missing: string[] = [];
  for (let d = path.resolve(dir); !statSync(d, { throwIfNoEntry: false }); d = path.dirname(d)) {
    missing.push(d);
    if (path.dirname(d) === d) break;
  }
  for (const d of missing.reverse()) {
    try {
      mkdirSync(d, { mode: PRIVATE_DIR_MODE });
    } catch (err) {
      if (errno(err) === 'EEXIST') continue; // another process made it (and chmods it itself)
      throw err;
    }
    chmodSync(d, PRIVATE_DIR_MODE);
  }
}

/** A folder of addr's own (the default data folder) found open to others is made 0700; another user's is left. */
export function tightenDir(dir: string): void {
  const st = statSync(dir, { throwIfNoEntry: false });
  if (!st || !st.isDirectory() || (st.mode & 0o077) === 0) return;
  if (process.getuid && st.uid !== process.getuid()) return;
  try {
    chmodSync(dir, PRIVATE_DIR_MODE);
  } catch {
    // a read-only file system
  }
}

/**
 * Creates `file` empty and 0600 unless it exists (O_EXCL, so that many processes may race to create it: the
 * others find the winner's). Returns whether this call made it.
 */
export function createPrivateFile(file: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, PRIVATE_FILE_MODE);
  } catch (err) {
    if (errno(err) === 'EEXIST') return false;
    throw err;
  }
  try {
    fchmodSync(fd, PRIVATE_FILE_MODE);
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * A file of addr's found readable or writable by others is made 0600. One that belongs to another user is left
 * alone (chmod would fail); so is one that does not exist.
 */
export function tightenFile(file: string): void {
  const st = statSync(file, { throwIfNoEntry: false });
  if (!st || !st.isFile() || (st.mode & 0o077) === 0) return;
  if (process.getuid && st.uid !== process.getuid()) return;
  try {
    chmodSync(file, PRIVATE_FILE_MODE);
  } catch {
    // a read-only file system: the open that follows says what is wrong, if anything
  }
}

/** Flushes a folder's entries (a rename or link in it) to disk. */
export function fsyncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // some file systems cannot fsync a folder; the rename is still atomic
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Writes `content` to `file` (0600) so that a kill at any moment leaves either what was there before (or nothing)
 * or all of the new content, never a part: a private temp file in the same folder, written and fsynced, then
 * linked (`replace: false`: an existing file wins, and false is returned) or renamed over the old one
 * (`replace: true`), then the folder fsynced.
 */
export function writePrivateFileAtomic(file: string, content: string, opts: { replace: boolean }): boolean {
  const tmp = `${file}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
  const fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, PRIVATE_FILE_MODE);
  try {
    fchmodSync(fd, PRIVATE_FILE_MODE);
    const data = Buffer.from(content, 'utf8');
    for (let off = 0; off < data.length;) off += writeSync(fd, data, off);
    fsyncSync(fd);
  } catch (err) {
    closeSync(fd);
    unlinkQuietly(tmp);
    throw err;
  }
  closeSync(fd);
  try {
    if (opts.replace) renameSync(tmp, file);
    else linkSync(tmp, file);
  } catch (err) {
    if (errno(err) === 'EEXIST' && !opts.replace) return false;
    throw err;
  } finally {
    unlinkQuietly(tmp); // after a rename it is gone already
  }
  fsyncDir(path.dirname(file));
  return true;
}

export function unlinkQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // gone already
  }
}

/**
 * Reads a file, a device or a named pipe, but never more than `max` bytes: `null` when there is more. The buffer
 * grows with what is read, so a limit of 64 MiB costs nothing for a small file.
 */
export function readFileCapped(file: string, max: number): Buffer | null {
  const fd = openSync(file, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(64 * 1024, max + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) return Buffer.concat(chunks, total);
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      total += n;
      if (total > max) return null;
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * The first line of a file (without its line end), reading no further than the line needs and never more than
 * `max` bytes: `null` when the first `max` bytes hold no line end and more follows.
 */
export function readFirstLineCapped(file: string, max: number): string | null {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.allocUnsafe(max + 1);
    let total = 0;
    for (;;) {
      const n = readSync(fd, buf, total, buf.length - total, null);
      const end = buf.subarray(total, total + n).indexOf(0x0a);
      total += n;
      if (end >= 0) return stripCr(buf.subarray(0, total - n + end).toString('utf8'));
      if (n === 0) return stripCr(buf.subarray(0, total).toString('utf8'));
      if (total > max) return null;
    }
  } finally {
    closeSync(fd);
  }
}

const stripCr = (s: string): string => (s.endsWith('\r') ? s.slice(0, -1) : s);
