/**
 * Text from outside (a server's reply, a log line, a header, a value the user typed) before it is shown, stored or
 * logged: credentials masked, control characters made visible. Pure.
 *
 * Every path that prints or stores such text goes through `safeText` (one line) or `safeLines` (a multi-line reply).
 */

const B64_SOURCE = /(?<![A-Za-z0-9+/=])(?=[A-Za-z0-9+/]*[0-9+/])(?=[A-Za-z0-9+/]*[a-z])(?=[A-Za-z0-9+/]*[A-Z])[A-Za-z0-9+/]{12,}={0,2}(?![A-Za-z0-9+/=:])/.source;
const URL_OR_B64 = new RegExp(`(https?://[^\\s"'<>]+)|${B64_SOURCE}`, 'g');

/**
 * Removes credentials: AUTH arguments, base64 blobs (SASL exchanges, XOAUTH2 strings), password and token fields,
 * bearer tokens and user:password in URLs.
 */
export function maskSecrets(line: string): string {
  return line
    // the argument of an AUTH command; not the next name in an EHLO's mechanism list ("250-AUTH PLAIN LOGIN",
    // or "AUTH PLAIN LOGIN, STARTTLS" in a summary of the extensions)
    .replace(/\b(AUTH\s+(?:PLAIN|LOGIN|XOAUTH2|OAUTHBEARER|CRAM-MD5|DIGEST-MD5))\s+(?!(?:PLAIN|LOGIN|XOAUTH2?|OAUTHBEARER|CRAM-MD5|DIGEST-MD5|SCRAM-[A-Z0-9-]+|GSSAPI|NTLM|ANONYMOUS|EXTERNAL|MSN)(?:[\s,;]|$))\S+/gi, '$1 ***')
    .replace(/\b(Bearer\s+)[A-Za-z0-9._~+/=-]{8,}/g, '$1***')
    .replace(/((?:pass(?:word|wd)?|pwd|secret|token|apikey|api_key)["']?\s*[:=]\s*["']?)[^"',\s}&]+/gi, '$1***')
    .replace(/(\/\/[^/\s:@]+:)[^@\s/]+@/g, '$1***@')
    // Base64 blobs, but not the paths of links (a URL's query secrets are masked above), nor a token a colon follows:
    // base64 has no colon, and a Postfix long queue id ("4T32FN5YrhbU: to=<…>") stays readable.
    .replace(URL_OR_B64, (m, url: string | undefined) => (url ? m : '[base64]'));
}

/**
 * Control characters (C0 but tab, DEL, C1, and the Unicode line/paragraph separators and bidi overrides that can
 * reorder what a terminal shows) as visible escapes: ESC → \x1b, CR → \r, U+202E → \u202e. A backslash stays as it
 * is, so already-escaped text reads the same. `keepNewlines` leaves LF for multi-line replies.
 */
export function escapeControls(text: string, keepNewlines = false): string {
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => {
    if (c === '\n') return keepNewlines ? '\n' : '\\n';
    if (c === '\r') return '\\r';
    const n = c.charCodeAt(0);
    return n <= 0xff ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`;
  });
}

/** One line of untrusted text, safe to print, store or log. */
export function safeText(text: string): string {
  return escapeControls(maskSecrets(text));
}

/** A multi-line reply, line breaks kept, each line safe. */
export function safeLines(text: string): string {
  return escapeControls(maskSecrets(text.replace(/\r\n/g, '\n')), true);
}
