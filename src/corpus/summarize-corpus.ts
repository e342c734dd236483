import type { Corpus, Origin } from './schema.ts';

function byOrigin(items: readonly { origin: Origin }[]): string {
  const reviewed = items.filter((i) => i.origin === 'reviewed').length;
  return `${items.length} (auto ${items.length - reviewed}, reviewed ${reviewed})`;
}

function counted<T>(items: readonly T[], keyOf: (item: T) => string): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  return [...counts]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, n]) => `${key} ${n}`)
    .join(', ');
}

/** The lines `npm run corpus` prints after a build: what the corpus holds, links by origin, warnings. */
export function summarizeCorpus(corpus: Corpus, options: { autoOnly: boolean }): string[] {
  const independent = corpus.sourceGroups.length;
  const warnings = corpus.diagnostics.filter((d) => d.level === 'warning');
  const infos = corpus.diagnostics.filter((d) => d.level === 'info');
  const proposed = corpus.claims.filter((c) => c.origin === 'auto').length;
  const claims = `${corpus.claims.length} claims${proposed > 0 ? ` (${proposed} proposed by the machine)` : ''}`;
  const lines = [
    `corpus: ${corpus.articles.length} articles from ${corpus.outlets.length} outlets; ${claims}, ${corpus.events.length} events, ${corpus.people.length} people${options.autoOnly ? ' (auto only: reviews ignored)' : ''}`,
    `  evidence       ${byOrigin(corpus.evidence)}`,
    `  figures        ${byOrigin(corpus.figures)}`,
    `  dates          ${byOrigin(corpus.dates)}`,
    `  quotes         ${byOrigin(corpus.quotes)}`,
    `  reuse          ${corpus.reuse.length} pairs${corpus.reuse.length === 0 ? '' : ` (${counted(corpus.reuse, (r) => r.kind)})`}; ${independent} independent source${independent === 1 ? '' : 's'}`,
    `  discrepancies  ${corpus.discrepancies.length}${corpus.discrepancies.length === 0 ? '' : ` (${counted(corpus.discrepancies, (d) => d.kind)})`}`,
    `  diagnostics    ${warnings.length} warning${warnings.length === 1 ? '' : 's'}, ${infos.length} info`,
    ...warnings.map((w) => `  warning: ${w.message}`),
  ];
  return lines;
}
