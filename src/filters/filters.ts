import { z } from 'zod';
import { ClaimCategorySchema, IdSchema, StanceSchema, type Corpus } from '../corpus/schema.ts';

/**
 * The whole view of the dashboard as URL state: filters, the open tab, the selected cell and the
 * open article. Parsed with a schema (defaults for what is missing), never read raw.
 */

/** What a matrix cell can say: a stance, or that the article does not carry the claim. */
export const CellStanceSchema = z.enum([...StanceSchema.options, 'not-reported']);
export type CellStance = z.infer<typeof CellStanceSchema>;

export const ViewSchema = z.enum(['matrix', 'timeline', 'charts', 'discrepancies']);
export type View = z.infer<typeof ViewSchema>;

export const SortSchema = z.enum(['category', 'coverage', 'disagreement']);
export type Sort = z.infer<typeof SortSchema>;

/** A matrix cell: one claim in one article. */
export const CellSchema = z.object({ claimId: IdSchema, articleId: IdSchema });
export type Cell = z.infer<typeof CellSchema>;

/** A range of the open article's text, written "start-end" in the URL. */
export const HighlightSchema = z
  .object({ start: z.int().nonnegative(), end: z.int().nonnegative() })
  .refine((range) => range.start < range.end, 'a highlight must not be empty');
export type Highlight = z.infer<typeof HighlightSchema>;

/**
 * A project kept in this browser, named in the URL so its dashboard survives a reload. Its own id
 * shape, not a catalogue id: the browser's store makes it, not a data folder.
 */
export const ProjectIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be a project id');

export const FiltersSchema = z.object({
  /** The kept project whose dashboard this is; null for the bundled story. */
  project: ProjectIdSchema.nullable().default(null),
  view: ViewSchema.default('matrix'),
  /** Outlets to show; empty means all. */
  outlets: z.array(IdSchema).default([]),
  /** Claims to show; empty means all. */
  claims: z.array(IdSchema).default([]),
  categories: z.array(ClaimCategorySchema).default([]),
  stances: z.array(CellStanceSchema).default([]),
  /** Free text searched in claims and evidence. */
  q: z.string().default(''),
  /** A strike (or other event) chosen on the timeline: the views narrow to it. */
  event: IdSchema.nullable().default(null),
  sort: SortSchema.default('category'),
  cell: CellSchema.nullable().default(null),
  /** The article open in the source reader. */
  article: IdSchema.nullable().default(null),
  /** The span to highlight in the open article (a figure, a date, a discrepancy's quote). */
  highlight: HighlightSchema.nullable().default(null),
});
export type Filters = z.infer<typeof FiltersSchema>;

/** The view with nothing chosen. */
export const DEFAULT_FILTERS: Filters = FiltersSchema.parse({});

const LIST_KEYS = ['outlets', 'claims', 'categories', 'stances'] as const;
const CELL_SEPARATOR = '~';

export interface ParsedFilters {
  filters: Filters;
  /** What the URL asked for and the dashboard could not show, said for a person. */
  dropped: string[];
}

function listOf(params: URLSearchParams, key: string): string[] {
  return params
    .getAll(key)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
}

/**
 * Reads the view from a query string. Values of the wrong shape fall back to defaults, and ids the
 * corpus does not hold (when a corpus is given) are dropped; both are listed in `dropped`.
 */
export function parseFilters(search: string, corpus?: Corpus): ParsedFilters {
  const params = new URLSearchParams(search);
  const dropped: string[] = [];

  const known = corpus && {
    outlets: new Set(corpus.outlets.map((o) => o.id)),
    claims: new Set(corpus.claims.map((c) => c.id)),
    events: new Set(corpus.events.map((e) => e.id)),
    articles: new Set(corpus.articles.map((a) => a.id)),
  };

  const lists = Object.fromEntries(
    LIST_KEYS.map((key) => {
      const item = FiltersSchema.shape[key].unwrap().element;
      const kept: string[] = [];
      for (const value of listOf(params, key)) {
        const valid = item.safeParse(value).success;
        const exists = !known || (key !== 'outlets' && key !== 'claims') || known[key].has(value);
        if (valid && exists) {
          if (!kept.includes(value)) kept.push(value);
        } else {
          dropped.push(`unknown ${key.replace(/s$/, '').replace(/ie$/, 'y')} "${value}"`);
        }
      }
      return [key, kept];
    }),
  );

  const single = <T>(
    key: string,
    schema: z.ZodType<T>,
    exists: (value: T) => boolean = () => true,
  ): T | undefined => {
    const raw = params.get(key);
    if (raw === null || raw === '') return undefined;
    const parsed = schema.safeParse(raw);
    if (parsed.success && exists(parsed.data)) return parsed.data;
    dropped.push(`unknown ${key} "${raw}"`);
    return undefined;
  };

  const cellRaw = params.get('cell');
  let cell: Cell | null = null;
  if (cellRaw !== null && cellRaw !== '') {
    const [claimId, articleId] = cellRaw.split(CELL_SEPARATOR);
    const parsed = CellSchema.safeParse({ claimId, articleId });
    if (
      parsed.success &&
      (!known ||
        (known.claims.has(parsed.data.claimId) && known.articles.has(parsed.data.articleId)))
    ) {
      cell = parsed.data;
    } else {
      dropped.push(`unknown cell "${cellRaw}"`);
    }
  }

  const highlightRaw = params.get('hl');
  let highlight: Highlight | null = null;
  if (highlightRaw !== null && highlightRaw !== '') {
    const [start, end] = highlightRaw
      .split('-')
      .map((part) => (/^\d+$/.test(part) ? Number(part) : NaN));
    const parsed = HighlightSchema.safeParse({ start, end });
    if (parsed.success) highlight = parsed.data;
    else dropped.push(`unknown highlight "${highlightRaw}"`);
  }

  const filters = FiltersSchema.parse({
    ...lists,
    project: single('project', ProjectIdSchema) ?? null,
    view: single('view', ViewSchema),
    sort: single('sort', SortSchema),
    q: params.get('q') ?? undefined,
    event: single('event', IdSchema, (id) => !known || known.events.has(id)) ?? null,
    article: single('article', IdSchema, (id) => !known || known.articles.has(id)) ?? null,
    cell,
    highlight,
  });
  return { filters, dropped };
}

/** Writes the view as a query string (without "?"): defaults left out, a stable key order. */
export function serializeFilters(filters: Filters): string {
  const params = new URLSearchParams();
  // First, so every link and history entry inside a project's dashboard stays in that project.
  if (filters.project !== null) params.set('project', filters.project);
  if (filters.view !== DEFAULT_FILTERS.view) params.set('view', filters.view);
  for (const key of LIST_KEYS) {
    if (filters[key].length > 0) params.set(key, filters[key].join(','));
  }
  if (filters.q.trim() !== '') params.set('q', filters.q);
  if (filters.event !== null) params.set('event', filters.event);
  if (filters.sort !== DEFAULT_FILTERS.sort) params.set('sort', filters.sort);
  if (filters.cell !== null) {
    params.set('cell', `${filters.cell.claimId}${CELL_SEPARATOR}${filters.cell.articleId}`);
  }
  if (filters.article !== null) params.set('article', filters.article);
  if (filters.highlight !== null) {
    params.set('hl', `${filters.highlight.start}-${filters.highlight.end}`);
  }
  return params.toString();
}

/** True when no filter narrows what the views show (the tab, sort and selection do not count). */
export function isUnfiltered(filters: Filters): boolean {
  return (
    LIST_KEYS.every((key) => filters[key].length === 0) &&
    filters.q.trim() === '' &&
    filters.event === null
  );
}
