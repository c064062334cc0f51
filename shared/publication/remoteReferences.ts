/**
 * Addresses a published text must not carry: anything a renderer could fetch or run (a
 * tracking image in story.md, a link to a page that logs who opened it). A story tells what
 * happened; it never needs a URL, so every one is refused rather than judged.
 */
const PATTERNS: readonly RegExp[] = [
  // scheme://… in any scheme (http, https, ftp, file, smb, ws…), also spelled with backslashes.
  /\b[a-z][a-z0-9+.-]{1,30}:[/\\]{2}[^\s<>"')\]]*/giu,
  // Protocol-relative //host/… as a markdown or HTML link target would use it.
  /(?:^|[\s("'<=[])(\/\/[a-z0-9][^\s<>"')\]]*)/gimu,
  // Schemes that carry their content inline or run it.
  /\b(?:data|javascript|vbscript):[^\s<>"')\]]+/giu,
];

/** Every URL to a remote resource in `text`, as written. */
export function remoteReferences(text: string): string[] {
  const found: string[] = [];
  for (const pattern of PATTERNS) {
    for (const match of text.matchAll(pattern)) found.push((match[1] ?? match[0]).trim());
  }
  return [...new Set(found)];
}
