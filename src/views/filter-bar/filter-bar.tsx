import { useMemo, useRef, useState } from 'react';
import { ClaimCategorySchema } from '../../corpus/schema.ts';
import { CellStanceSchema, isUnfiltered } from '../../filters/filters.ts';
import { categoryLabel, stanceWords } from '../shared/claim-words.ts';
import { StanceMark } from '../shared/stance-mark.tsx';
import type { ViewProps } from '../shared/view-props.ts';
import { ChoiceMenu, type Choice } from './choice-menu.tsx';
import { summarizeFilters } from './filter-summary.ts';

const plural = (n: number, noun: string) => `${n} ${n === 1 ? noun : `${noun}s`}`;

/**
 * The filters every view follows: outlet, claim, category, stance and a search of claims and
 * evidence, with what they hide counted and one way to reset them. Every change is in the URL.
 */
export function FilterBar({ corpus, filters, setFilters }: ViewProps) {
  const summary = useMemo(() => summarizeFilters(corpus, filters), [corpus, filters]);

  const choices = useMemo(() => {
    const articlesPerOutlet = new Map<string, number>();
    for (const a of corpus.articles) {
      articlesPerOutlet.set(a.outletId, (articlesPerOutlet.get(a.outletId) ?? 0) + 1);
    }
    const claimsPerCategory = new Map<string, number>();
    for (const c of corpus.claims) {
      claimsPerCategory.set(c.category, (claimsPerCategory.get(c.category) ?? 0) + 1);
    }
    return {
      outlets: corpus.outlets.map((o): Choice => ({
        value: o.id,
        label: o.name,
        hint: `${o.kind}, ${plural(articlesPerOutlet.get(o.id) ?? 0, 'article')}`,
      })),
      claims: corpus.claims.map((c): Choice => ({
        value: c.id,
        label: c.statement,
        hint: categoryLabel(c.category),
      })),
      categories: ClaimCategorySchema.options
        .filter((c) => claimsPerCategory.has(c))
        .map((c): Choice => ({
          value: c,
          label: categoryLabel(c),
          hint: plural(claimsPerCategory.get(c) ?? 0, 'claim'),
        })),
      stances: CellStanceSchema.options.map((s): Choice => ({
        value: s,
        label: stanceWords(s, null),
        mark: <StanceMark stance={s} size={18} />,
      })),
    };
  }, [corpus]);

  // The search box: the first keystroke adds a history entry, the rest of the word replaces it.
  const [text, setText] = useState(filters.q);
  const [seenQ, setSeenQ] = useState(filters.q);
  if (filters.q !== seenQ) {
    setSeenQ(filters.q);
    if (filters.q !== text) setText(filters.q);
  }
  const typing = useRef(false);

  const setOutlets = (outlets: string[]) => setFilters((current) => ({ ...current, outlets }));
  const setClaims = (claims: string[]) => setFilters((current) => ({ ...current, claims }));
  const setCategories = (selected: string[]) => {
    const categories = ClaimCategorySchema.array().parse(selected);
    setFilters((current) => ({ ...current, categories }));
  };
  const setStances = (selected: string[]) => {
    const stances = CellStanceSchema.array().parse(selected);
    setFilters((current) => ({ ...current, stances }));
  };

  const event = filters.event ? corpus.events.find((e) => e.id === filters.event) : undefined;

  return (
    <section
      aria-label="Filters"
      className="mb-4 flex flex-wrap items-center gap-2 rounded-lg border border-slate-200 bg-white p-2 sm:p-3"
    >
      <label className="flex min-w-0 grow basis-56 items-center">
        <span className="sr-only">Search claims and evidence</span>
        <input
          type="search"
          value={text}
          placeholder="Search claims and evidence"
          onFocus={() => {
            typing.current = false;
          }}
          onChange={(e) => {
            const q = e.target.value;
            setText(q);
            setFilters((current) => ({ ...current, q }), { replace: typing.current });
            typing.current = true;
          }}
          className="w-full rounded-md border border-slate-400 px-3 py-1.5 text-sm text-slate-950 placeholder:text-slate-600"
        />
      </label>
      <ChoiceMenu
        label="Outlets"
        choices={choices.outlets}
        selected={filters.outlets}
        onChange={setOutlets}
      />
      <ChoiceMenu
        label="Claims"
        choices={choices.claims}
        selected={filters.claims}
        onChange={setClaims}
        findLabel="Find a claim"
      />
      <ChoiceMenu
        label="Categories"
        choices={choices.categories}
        selected={filters.categories}
        onChange={setCategories}
      />
      <ChoiceMenu
        label="Stances"
        choices={choices.stances}
        selected={filters.stances}
        onChange={setStances}
      />
      {filters.event !== null && (
        <span className="flex items-center gap-1 rounded-full border border-slate-400 bg-slate-50 py-0.5 pr-1 pl-3 text-sm text-slate-900">
          Event: {event?.label ?? filters.event}
          <button
            type="button"
            onClick={() => setFilters((current) => ({ ...current, event: null }))}
            className="rounded-full px-1.5 text-slate-700 hover:bg-slate-200"
          >
            <span aria-hidden="true">✕</span>
            <span className="sr-only">Remove the event filter</span>
          </button>
        </span>
      )}
      <p role="status" className="text-sm text-slate-800">
        {summary.text}
      </p>
      <button
        type="button"
        disabled={isUnfiltered(filters)}
        onClick={() => {
          typing.current = false;
          setFilters((current) => ({
            ...current,
            outlets: [],
            claims: [],
            categories: [],
            stances: [],
            q: '',
            event: null,
          }));
        }}
        className="ml-auto rounded-md border border-slate-900 bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700 disabled:border-slate-300 disabled:bg-white disabled:text-slate-500"
      >
        Reset filters
      </button>
    </section>
  );
}
