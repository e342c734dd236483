/**
 * Names one corpus file's exact text: its length and a 32-bit FNV-1a hash of its UTF-16 code
 * units. It tells a prerendered page whether the corpus the browser fetched is the one it was drawn
 * from; it is not a defence against anyone forging a corpus.
 */
export function corpusFingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${text.length.toString(36)}-${(hash >>> 0).toString(36)}`;
}

/** Whether `text` is the corpus named by `fingerprint`; different lengths are told apart unhashed. */
export function matchesFingerprint(text: string, fingerprint: string): boolean {
  const [length] = fingerprint.split('-');
  return length === text.length.toString(36) && corpusFingerprint(text) === fingerprint;
}
