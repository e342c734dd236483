import type { Corpus } from '../corpus/schema.ts';
import { isUnfiltered, type Filters } from '../filters/filters.ts';

const MAX_ITEM = 70;

function clip(text: string): string {
  return text.length > MAX_ITEM ? `${text.slice(0, MAX_ITEM - 1)}…` : text;
}

const STANCE_WORDS: Record<string, string> = {
  asserts: 'asserts',
  attributes: 'attributes',
  disputes: 'disputes',
  'not-reported': 'not reported',
};

/**
 * The filters behind an exported image or table, one line each as a person reads them, so an
 * image shared alone still says what it leaves out; a single "No filters" line when none apply.
 */
export function describeFilters(corpus: Corpus, filters: Filters): string[] {
  if (isUnfiltered(filters)) return ['No filters: every article and claim in the corpus'];
  const lines: string[] = [];
  const nameOf = <T extends { id: string }>(items: T[], id: string, name: (item: T) => string) => {
    const item = items.find((i) => i.id === id);
    return item ? name(item) : id;
  };
  if (filters.event !== null) {
    const event = corpus.events.find((e) => e.id === filters.event);
    lines.push(`Event: ${event ? event.label : filters.event}`);
  }
  if (filters.outlets.length > 0) {
    lines.push(
      `Outlets: ${filters.outlets.map((id) => nameOf(corpus.outlets, id, (o) => o.name)).join(', ')}`,
    );
  }
  if (filters.claims.length > 0) {
    lines.push(
      `Claims: ${filters.claims.map((id) => clip(nameOf(corpus.claims, id, (c) => c.statement))).join('; ')}`,
    );
  }
  if (filters.categories.length > 0) {
    lines.push(`Categories: ${filters.categories.map((c) => c.replace('-', ' ')).join(', ')}`);
  }
  if (filters.stances.length > 0) {
    lines.push(`Stances: ${filters.stances.map((s) => STANCE_WORDS[s] ?? s).join(', ')}`);
  }
  if (filters.q.trim() !== '') lines.push(`Search: “${clip(filters.q.trim())}”`);
  return lines;
}

/**
 * The source line of an export: the outlets of the given articles (an inferred outlet marked so)
 * and the corpus they come from.
 */
export function sourceLine(corpus: Corpus, articleIds: readonly string[]): string {
  const outlets: string[] = [];
  for (const id of articleIds) {
    const article = corpus.articles.find((a) => a.id === id);
    if (!article) continue;
    const outlet = corpus.outlets.find((o) => o.id === article.outletId);
    const name = outlet
      ? `${outlet.name}${outlet.identification.how === 'inferred' ? ' (inferred)' : ''}`
      : article.outletId;
    if (!outlets.includes(name)) outlets.push(name);
  }
  const from = outlets.length > 0 ? outlets.join(', ') : 'no articles';
  return `Source: ${from}. Corpus: ${corpus.title}. Made with the fact-check dashboard.`;
}
