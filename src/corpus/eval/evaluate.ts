import type { Corpus } from '../schema.ts';
import type { Gold } from './load-gold.ts';

/**
 * Measures a built corpus against the gold annotation: precision and recall per kind of item.
 * A predicted item and a gold item match when their spans in the same article overlap (and, for
 * evidence, name the same claim); a match is correct when the fields that matter agree.
 */

export type EvaluatedKind = 'figures' | 'roles' | 'dates' | 'quotes' | 'evidence' | 'stance';

/** The scores of one kind of item. */
export interface KindScore {
  kind: EvaluatedKind;
  /** What "correct" compares, in words. */
  fields: string;
  gold: number;
  predicted: number;
  /** Pairs whose spans overlap, one to one. */
  matched: number;
  /** Matched pairs whose fields agree. */
  correct: number;
  /** correct / predicted (1 when nothing was predicted). */
  precision: number;
  /** correct / gold (1 when there is no gold). */
  recall: number;
  /** For each field, how many matched pairs disagree on it. */
  disagreements: Record<string, number>;
  /**
   * Matched pairs identical in every cell the gold gives: the same span exactly and every other
   * field (qualifier, outcome, attributedTo, precision, hedged…). What "right in every cell" means.
   */
  exact: number;
  /** exact / predicted and exact / gold. */
  exactPrecision: number;
  exactRecall: number;
  /** What went wrong, one line each, for a person to read. */
  misses: string[];
}

export interface Evaluation {
  articles: string[];
  scores: KindScore[];
  /** Spans whose quote is not the article's text at their offsets (must be none). */
  notVerbatim: string[];
  /**
   * Boilerplate, by characters (spaces not counted): of what the build set aside, the share the
   * gold sets aside too (precision), and of the gold's, the share the build set aside (recall).
   */
  boilerplate: { precision: number; recall: number; goldChars: number; removedChars: number };
  /** Every score is 1 and every span verbatim. */
  perfect: boolean;
}

interface Item {
  articleId: string;
  start: number;
  end: number;
  quote: string;
  /** Must be equal for two items to be compared at all (evidence: the claim). */
  key: string;
  fields: Record<string, unknown>;
  /** The other cells, compared only for `exact`. */
  cells: Record<string, unknown>;
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

function overlap(a: Item, b: Item): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}

function show(value: unknown): string {
  return value === null ? 'null' : typeof value === 'string' ? value : JSON.stringify(value);
}

function clip(text: string): string {
  const flat = text.replace(/\s+/gu, ' ');
  return flat.length > 70 ? `${flat.slice(0, 70)}…` : flat;
}

/** One-to-one matching: pairs that agree on more fields first, then larger overlaps, then text order. */
function score(kind: EvaluatedKind, fields: string, predicted: Item[], gold: Item[]): KindScore {
  const pairs: { p: number; g: number; agree: number; shared: number }[] = [];
  predicted.forEach((p, pi) =>
    gold.forEach((g, gi) => {
      if (p.articleId !== g.articleId || p.key !== g.key) return;
      const shared = overlap(p, g);
      if (shared <= 0) return;
      const agree = Object.keys(g.fields).filter(
        (f) => show(p.fields[f]) === show(g.fields[f]),
      ).length;
      pairs.push({ p: pi, g: gi, agree, shared });
    }),
  );
  pairs.sort((a, b) => b.agree - a.agree || b.shared - a.shared || a.p - b.p || a.g - b.g);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const disagreements: Record<string, number> = {};
  const misses: string[] = [];
  let correct = 0;
  let exact = 0;
  for (const pair of pairs) {
    if (usedP.has(pair.p) || usedG.has(pair.g)) continue;
    usedP.add(pair.p);
    usedG.add(pair.g);
    const p = predicted[pair.p];
    const g = gold[pair.g];
    if (p === undefined || g === undefined) continue;
    const wrong = Object.keys(g.fields).filter((f) => show(p.fields[f]) !== show(g.fields[f]));
    const cells = [
      ...(p.start === g.start && p.end === g.end ? [] : ['span']),
      ...Object.keys(g.cells).filter((f) => show(p.cells[f]) !== show(g.cells[f])),
    ];
    if (wrong.length === 0 && cells.length === 0) exact += 1;
    else if (wrong.length === 0) {
      misses.push(
        `${g.articleId} cells  "${clip(g.quote)}"${g.key === '' ? '' : ` [${g.key}]`}: ${cells
          .map((f) =>
            f === 'span'
              ? `span "${clip(p.quote)}" (gold "${clip(g.quote)}")`
              : `${f} ${show(p.cells[f])} (gold ${show(g.cells[f])})`,
          )
          .join(', ')}`,
      );
    }
    if (wrong.length === 0) {
      correct += 1;
      continue;
    }
    for (const f of wrong) disagreements[f] = (disagreements[f] ?? 0) + 1;
    misses.push(
      `${g.articleId} wrong  "${clip(g.quote)}"${g.key === '' ? '' : ` [${g.key}]`}: ${wrong
        .map((f) => `${f} ${show(p.fields[f])} (gold ${show(g.fields[f])})`)
        .join(', ')}`,
    );
  }
  gold.forEach((g, gi) => {
    if (!usedG.has(gi))
      misses.push(`${g.articleId} missed "${clip(g.quote)}"${g.key === '' ? '' : ` [${g.key}]`}`);
  });
  predicted.forEach((p, pi) => {
    if (!usedP.has(pi))
      misses.push(`${p.articleId} extra  "${clip(p.quote)}"${p.key === '' ? '' : ` [${p.key}]`}`);
  });
  misses.sort();
  return {
    kind,
    fields,
    gold: gold.length,
    predicted: predicted.length,
    matched: usedP.size,
    correct,
    precision: ratio(correct, predicted.length),
    recall: ratio(correct, gold.length),
    disagreements,
    exact,
    exactPrecision: ratio(exact, predicted.length),
    exactRecall: ratio(exact, gold.length),
    misses,
  };
}

/** Which fields make a figure right: the seeds compare events; a dev set without events, qualifiers. */
export type FigureFields = 'low, high, group, event' | 'low, high, qualifier, group';

function boilerplateScore(corpus: Corpus, golds: readonly Gold[]): Evaluation['boilerplate'] {
  let goldChars = 0;
  let removedChars = 0;
  let both = 0;
  for (const gold of golds) {
    const article = corpus.articles.find((a) => a.id === gold.article);
    if (!article) continue;
    const inGold = new Uint8Array(article.text.length);
    for (const b of gold.boilerplate) inGold.fill(1, b.start, b.end);
    const inBuild = new Uint8Array(article.text.length);
    for (const r of article.removed) inBuild.fill(1, r.start, r.end);
    for (let k = 0; k < article.text.length; k += 1) {
      if (/\s/.test(article.text[k] ?? '')) continue;
      goldChars += inGold[k] ?? 0;
      removedChars += inBuild[k] ?? 0;
      both += (inGold[k] ?? 0) & (inBuild[k] ?? 0);
    }
  }
  return {
    precision: ratio(both, removedChars),
    recall: ratio(both, goldChars),
    goldChars,
    removedChars,
  };
}

/** Scores a corpus against gold annotations of some of its articles; other articles are ignored. */
export function evaluate(
  corpus: Corpus,
  golds: readonly Gold[],
  figureFields: FigureFields = 'low, high, group, event',
): Evaluation {
  const articles = golds.map((g) => g.article).sort();
  const inGold = new Set(articles);
  const mine = <T extends { articleId: string }>(items: readonly T[]) =>
    items.filter((i) => inGold.has(i.articleId));

  const figureKey = (f: {
    low: number;
    high: number | null;
    group: string;
    qualifier: string | null;
    event: string | null;
  }) =>
    figureFields === 'low, high, group, event'
      ? { low: f.low, high: f.high, group: f.group, event: f.event }
      : { low: f.low, high: f.high, qualifier: f.qualifier, group: f.group };
  const predictedFigures = mine(corpus.figures);
  const goldFigures = golds.flatMap((g) =>
    g.figures.map((f) => ({ ...f, articleId: g.article, noun: f.noun ?? undefined })),
  );
  // One span per figure, both sides, for the figure and the role scores.
  const spanOf = (f: { articleId: string; start: number; end: number; quote: string }) => ({
    articleId: f.articleId,
    start: f.start,
    end: f.end,
    quote: f.quote,
    key: '',
  });
  const figures = score(
    'figures',
    figureFields,
    predictedFigures.map((f) => ({
      ...spanOf(f),
      fields: figureKey({ ...f, event: f.eventId }),
      cells: {
        qualifier: f.qualifier,
        vague: f.vague,
        outcome: f.outcome,
        role: f.role,
        attributedTo: f.attributedTo,
        noun: f.noun,
      },
    })),
    goldFigures.map((f) => ({
      ...spanOf(f),
      fields: figureKey(f),
      cells: {
        qualifier: f.qualifier,
        vague: f.vague,
        outcome: f.outcome,
        role: f.role,
        attributedTo: f.attributedTo,
        // The noun is compared only where the gold writes one down.
        ...(f.noun === undefined ? {} : { noun: f.noun }),
      },
    })),
  );
  // Role accuracy: of the figures found, is what each counts (total, part, account…) right?
  const roleItem = (
    f: Parameters<typeof spanOf>[0] & { role: string; outcome: string | null },
  ) => ({
    ...spanOf(f),
    fields: { role: f.role },
    cells: { outcome: f.outcome },
  });
  const roles = score('roles', 'role', predictedFigures.map(roleItem), goldFigures.map(roleItem));
  const dates = score(
    'dates',
    'value',
    mine(corpus.dates).map((d) => ({
      ...d,
      key: '',
      fields: { value: d.value },
      cells: { valueEnd: d.valueEnd, precision: d.precision, event: d.eventId },
    })),
    golds.flatMap((g) =>
      g.dates.map((d) => ({
        articleId: g.article,
        ...d,
        key: '',
        fields: { value: d.value },
        cells: { valueEnd: d.valueEnd, precision: d.precision, event: d.event },
      })),
    ),
  );
  const quotes = score(
    'quotes',
    'speaker',
    mine(corpus.quotes).map((q) => ({
      ...q,
      key: '',
      fields: { speaker: q.speakerId },
      cells: {},
    })),
    golds.flatMap((g) =>
      g.quotes.map((q) => ({
        articleId: g.article,
        ...q,
        key: '',
        fields: { speaker: q.speaker },
        cells: {},
      })),
    ),
  );
  const evidence = score(
    'evidence',
    'claim',
    mine(corpus.evidence).map((e) => ({
      ...e,
      key: e.claimId,
      fields: {},
      cells: { stance: e.stance, attributedTo: e.attributedTo, hedged: e.hedged },
    })),
    golds.flatMap((g) =>
      g.evidence.map((e) => ({
        articleId: g.article,
        ...e,
        key: e.claim,
        fields: {},
        cells: { stance: e.stance, attributedTo: e.attributedTo, hedged: e.hedged },
      })),
    ),
  );
  const stance = score(
    'stance',
    'claim, stance',
    mine(corpus.evidence).map((e) => ({
      ...e,
      key: e.claimId,
      fields: { stance: e.stance },
      cells: { attributedTo: e.attributedTo, hedged: e.hedged },
    })),
    golds.flatMap((g) =>
      g.evidence.map((e) => ({
        articleId: g.article,
        ...e,
        key: e.claim,
        fields: { stance: e.stance },
        cells: { attributedTo: e.attributedTo, hedged: e.hedged },
      })),
    ),
  );

  const textOf = new Map(corpus.articles.map((a) => [a.id, a.text]));
  const notVerbatim: string[] = [];
  const check = (
    list: string,
    items: readonly { articleId: string; start: number; end: number; quote: string }[],
  ) =>
    items.forEach((item, i) => {
      if ((textOf.get(item.articleId) ?? '').slice(item.start, item.end) !== item.quote) {
        notVerbatim.push(`${list}[${i}] in article ${item.articleId}: "${clip(item.quote)}"`);
      }
    });
  check('evidence', corpus.evidence);
  check('figures', corpus.figures);
  check('dates', corpus.dates);
  check('quotes', corpus.quotes);

  const scores = [figures, roles, dates, quotes, evidence, stance];
  return {
    articles,
    scores,
    notVerbatim,
    boilerplate: boilerplateScore(corpus, golds),
    perfect:
      notVerbatim.length === 0 &&
      scores.every((s) => s.exactPrecision === 1 && s.exactRecall === 1),
  };
}

/** The evaluation as a small fixed-width table, one row per kind of item. */
export function formatEvaluation(title: string, evaluation: Evaluation): string[] {
  const pct = (n: number) => n.toFixed(3);
  const rows = evaluation.scores.map((s) => {
    const off = Object.entries(s.disagreements)
      .map(([f, n]) => `${f} ${n}`)
      .join(', ');
    return `  ${s.kind.padEnd(9)} ${String(s.gold).padStart(5)} ${String(s.predicted).padStart(5)} ${String(s.matched).padStart(7)} ${String(s.correct).padStart(7)}  ${pct(s.precision)}  ${pct(s.recall)}   ${pct(s.exactPrecision)}  ${pct(s.exactRecall)}  ${s.fields}${off === '' ? '' : `; wrong: ${off}`}`;
  });
  return [
    `${title} (articles ${evaluation.articles.join(', ')})`,
    `  ${''.padEnd(9)} ${''.padStart(5)} ${''.padStart(5)} ${''.padStart(7)} ${''.padStart(7)}  ${'compared'.padEnd(14)}   ${'every cell'.padEnd(14)}`,
    `  ${'kind'.padEnd(9)} ${'gold'.padStart(5)} ${'found'.padStart(5)} ${'matched'.padStart(7)} ${'correct'.padStart(7)}  ${'prec.'.padEnd(5)}  ${'recall'.padEnd(6)}  ${'prec.'.padEnd(5)}  ${'recall'.padEnd(6)} compared fields`,
    ...rows,
    `  boilerplate (characters set aside): precision ${pct(evaluation.boilerplate.precision)}, recall ${pct(evaluation.boilerplate.recall)}`,
    `  spans not verbatim: ${evaluation.notVerbatim.length}`,
  ];
}
