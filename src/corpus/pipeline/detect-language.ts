import { detectAll } from 'tinyld/light';

/** The languages the reading rules are written for (ISO 639-1). */
export const READ_LANGUAGES: ReadonlySet<string> = new Set(['en']);

/** Language names for messages, for the languages news copy most often comes in. */
const NAMES: Record<string, string> = {
  en: 'English',
  fr: 'French',
  de: 'German',
  es: 'Spanish',
  it: 'Italian',
  pt: 'Portuguese',
  nl: 'Dutch',
  ru: 'Russian',
  ar: 'Arabic',
  tr: 'Turkish',
  uk: 'Ukrainian',
  pl: 'Polish',
  sv: 'Swedish',
  fa: 'Persian',
  ur: 'Urdu',
  zh: 'Chinese',
  ja: 'Japanese',
};

export function languageName(code: string): string {
  return NAMES[code] ?? code;
}

/** Below this many words a guess is not worth a warning: a headline alone says little. */
const MIN_WORDS = 25;
/** An article's language shows in its first paragraphs; reading more only costs time. */
const SAMPLE = 1500;
/** How sure the detector must be before an article is set aside as unread. */
const MIN_ACCURACY = 0.5;

/**
 * The language of an article's body text (tinyld, a small n-gram detector), when the detector is
 * sure of it and it is not one the rules read; null when the article can be read (or the text is
 * too short to tell).
 */
export function unreadLanguage(body: string): string | null {
  if ((body.match(/\p{L}+/gu) ?? []).length < MIN_WORDS) return null;
  const [best] = detectAll(body.slice(0, SAMPLE));
  if (best === undefined || best.accuracy < MIN_ACCURACY) return null;
  return READ_LANGUAGES.has(best.lang) ? null : best.lang;
}
