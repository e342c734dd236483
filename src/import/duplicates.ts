import type { ArticleDraft, ImportProblem } from '../project/article-draft.ts';
import { problem, type LocatedDraft } from './draft-fields.ts';

/** A text with its white space collapsed: the same article saved or pasted twice compares equal. */
export function textIdentity(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** An address without its fragment or a trailing slash, its host lower-cased; null when none. */
export function urlIdentity(url: string | null): string | null {
  if (url === null) return null;
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname.replace(/\/+$/u, '')}${parsed.search}`;
  } catch {
    return null;
  }
}

type Known = Pick<ArticleDraft, 'source' | 'text' | 'url'>;

/** Remembers the articles seen so far and says which earlier one a new one repeats. */
export class DuplicateFinder {
  private readonly byText = new Map<string, string>();
  private readonly byUrl = new Map<string, string>();

  constructor(existing: readonly Known[] = []) {
    existing.forEach((draft) => this.add(draft));
  }

  /** The source of the earlier article this one repeats and how, or null when it is new. */
  find(draft: Known): { source: string; same: 'text' | 'address' } | null {
    const text = this.byText.get(textIdentity(draft.text));
    if (text !== undefined) return { source: text, same: 'text' };
    const key = urlIdentity(draft.url);
    const url = key === null ? undefined : this.byUrl.get(key);
    return url === undefined ? null : { source: url, same: 'address' };
  }

  add(draft: Known): void {
    const text = textIdentity(draft.text);
    if (!this.byText.has(text)) this.byText.set(text, draft.source);
    const url = urlIdentity(draft.url);
    if (url !== null && !this.byUrl.has(url)) this.byUrl.set(url, draft.source);
  }
}

/**
 * Keeps the first of each article: one already in the project, or earlier in this import, wins,
 * and each later copy is left out with a warning naming the one it repeats.
 */
export function dropDuplicates(
  drafts: readonly LocatedDraft[],
  existing: readonly Known[],
): { kept: LocatedDraft[]; problems: ImportProblem[] } {
  const finder = new DuplicateFinder(existing);
  const kept: LocatedDraft[] = [];
  const problems: ImportProblem[] = [];
  for (const located of drafts) {
    const earlier = finder.find(located.draft);
    if (earlier === null) {
      finder.add(located.draft);
      kept.push(located);
      continue;
    }
    const how = earlier.same === 'text' ? 'the same text' : 'the same address';
    problems.push(
      problem(
        located.file,
        'warning',
        `This is the same article as ${earlier.source} (${how}); it was not added again.`,
        { line: located.line },
      ),
    );
  }
  return { kept, problems };
}
