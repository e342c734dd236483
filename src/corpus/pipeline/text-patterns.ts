/**
 * Small pieces for building regular expressions from words the catalogue or the lexicon gives (a
 * place name, a speaker's alias, an agency's name), one copy for every stage that needs them.
 */

/** A regular-expression source that matches exactly `text`: every special character escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
