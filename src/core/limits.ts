/**
 * How much addr reads from a local input before it refuses it: each limit in one place, named in the error and
 * in the README. A file, a device (/dev/zero) or a pipe that never ends stops at its limit, never at the memory's.
 */

const KiB = 1024;
const MiB = 1024 * KiB;

export interface InputLimit {
  /** Bytes. */
  bytes: number;
  /** "4 KiB", for messages. */
  label: string;
  /** What the limit is for: "a password", "a message". */
  what: string;
}

/** A password (--password-stdin, --password-file) is one line of at most this. */
export const PASSWORD_LIMIT: InputLimit = { bytes: 4 * KiB, label: '4 KiB', what: 'a password' };
/** A --ca file (a PEM bundle of a private CA is a few KiB; the whole Mozilla bundle is ~220 KiB). */
export const CA_FILE_LIMIT: InputLimit = { bytes: 1 * MiB, label: '1 MiB', what: 'a CA file' };
/** `addr directory import` (≈ 200,000 users of 300 bytes). */
export const DIRECTORY_IMPORT_LIMIT: InputLimit = { bytes: 64 * MiB, label: '64 MiB', what: 'a directory import' };
/**
 * What `addr send` reads for one message: the whole message of `-t`, or text, HTML and attachments together
 * (before MIME encoding). Common providers accept 25 MB; a server that announces a smaller SIZE refuses the
 * message itself (classified `message_too_big`).
 */
export const MESSAGE_LIMIT: InputLimit = { bytes: 25 * MiB, label: '25 MiB', what: 'a message' };
/** A key file holds 44 characters of base64 (or 64 of hex) and a line end. */
export const KEY_FILE_LIMIT: InputLimit = { bytes: 1 * KiB, label: '1 KiB', what: 'a key file' };
/** The send-log journal is read in full when folded; it holds a few hundred bytes per outcome. */
export const JOURNAL_LIMIT: InputLimit = { bytes: 16 * MiB, label: '16 MiB', what: 'the send-log journal' };
