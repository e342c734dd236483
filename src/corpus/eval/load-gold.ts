import { parse } from 'yaml';
import { z } from 'zod';
import { locateQuote } from '../pipeline/locate-quote.ts';
import type { Located } from '../pipeline/types.ts';
import type { RemovedReason } from '../schema.ts';
import {
  GoldFileSchema,
  type GoldDate,
  type GoldEvidence,
  type GoldFigure,
  type GoldQuote,
} from './gold-schema.ts';

/** A gold item with its quote resolved to offsets in the article text. */
export type Resolved<T> = Omit<T, 'occurrence'> & Located;

/** A boilerplate range of the gold annotation; `quote` is the whole range's text. */
export interface GoldRemoved extends Located {
  reason: RemovedReason;
}

/** The gold annotation of one article, every item resolved to a verbatim span of its text. */
export interface Gold {
  article: string;
  boilerplate: GoldRemoved[];
  figures: Resolved<GoldFigure>[];
  dates: Resolved<GoldDate>[];
  quotes: Resolved<GoldQuote>[];
  evidence: Resolved<GoldEvidence>[];
}

interface Quoted {
  quote: string;
  occurrence?: number | undefined;
}

function resolve<T extends Quoted>(
  text: string,
  article: string,
  list: string,
  items: readonly T[],
): Resolved<T>[] {
  return items.map((item, index) => {
    const found = locateQuote(text, item.quote, article, item.occurrence);
    if (!found.ok) throw new Error(`gold ${article}: ${list}[${index}]: ${found.message}`);
    const rest: Omit<T, 'occurrence'> & { occurrence?: number } = { ...item };
    delete rest.occurrence;
    return { ...rest, ...found.span };
  });
}

/**
 * Parses one gold file and resolves every item against the article's text. The result's spans all
 * satisfy `text.slice(start, end) === quote`; a quote not in the text, an ambiguous quote without
 * `occurrence`, or an annotated item inside a boilerplate range throws an error naming the item.
 */
export function loadGold(yamlText: string, articleText: string): Gold {
  let raw: unknown;
  try {
    raw = parse(yamlText);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`gold: not valid YAML: ${reason}`, { cause: error });
  }
  const parsed = GoldFileSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`gold: ${z.prettifyError(parsed.error)}`);
  const file = parsed.data;
  const { article } = file;

  const boilerplate = file.boilerplate.map((item, index): GoldRemoved => {
    const where = `gold ${article}: boilerplate[${index}]`;
    const first = locateQuote(articleText, item.quote, article, item.occurrence);
    if (!first.ok) throw new Error(`${where}: ${first.message}`);
    const { start } = first.span;
    let end = first.span.end;
    if (item.through !== undefined) {
      const at = articleText.indexOf(item.through, start);
      if (at < 0) {
        throw new Error(`${where}: "${item.through}" (through) does not follow "${item.quote}"`);
      }
      end = at + item.through.length;
    }
    return { start, end, quote: articleText.slice(start, end), reason: item.reason };
  });

  const gold: Gold = {
    article,
    boilerplate,
    figures: resolve(articleText, article, 'figures', file.figures),
    dates: resolve(articleText, article, 'dates', file.dates),
    quotes: resolve(articleText, article, 'quotes', file.quotes),
    evidence: resolve(articleText, article, 'evidence', file.evidence),
  };

  // Gold annotates body text only: an item inside boilerplate is a mistake in one or the other.
  const lists = ['figures', 'dates', 'quotes', 'evidence'] as const;
  for (const list of lists) {
    gold[list].forEach((item: Located, index) => {
      const inside = boilerplate.find((b) => item.start < b.end && b.start < item.end);
      if (inside !== undefined) {
        throw new Error(
          `gold ${article}: ${list}[${index}] "${item.quote}" overlaps boilerplate (${inside.reason}) "${inside.quote.slice(0, 40)}"`,
        );
      }
    });
  }
  return gold;
}
