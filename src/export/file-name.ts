/** Lower-case words joined by dashes, accents dropped: "Sainte-Élise, Quay" → "sainte-elise-quay". */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLocaleLowerCase('en')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const MAX_STEM = 96;

/**
 * A download's file name from what it shows, "casualties-al-ghantu-children-killed-2015-10-15.png":
 * empty parts are skipped, a repeated part is kept once, and the name stays short enough for every
 * file system.
 */
export function exportFileName(
  parts: readonly (string | null | undefined)[],
  extension: string,
): string {
  const words: string[] = [];
  for (const part of parts) {
    const word = part ? slug(part) : '';
    if (word !== '' && !words.includes(word)) words.push(word);
  }
  const stem = words.join('-').slice(0, MAX_STEM).replace(/-+$/, '') || 'export';
  return `${stem}.${extension}`;
}
