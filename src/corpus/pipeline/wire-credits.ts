import type { Credit, CreditForm, CreditScope, Outlet, Removed, RemovedReason } from '../schema.ts';
import lexicon from './lexicon/wire-agencies.json' with { type: 'json' };
import { countBefore } from './spans.ts';
import { escapeRegExp } from './text-patterns.ts';

/**
 * Credits to news agencies: "X contributed to this report", "(X)" after a dateline, "— X" at the
 * end, "with X", "according to the X news agency", "told X", a photo credit. The agencies, how
 * each is written and the shapes of a credit are all in `lexicon/wire-agencies.json`.
 */

/** A news agency and the ways text names it. */
export interface Agency {
  name: string;
  forms: readonly string[];
}

/** The shape of one kind of credit, as a regular expression around `{agencies}`. */
export interface CreditShape {
  form: CreditForm;
  scope: CreditScope;
  pattern: string;
}

/** What credits are read from: the agencies and the credit shapes. */
export interface CreditLexicon {
  agencies: readonly Agency[];
  credits: readonly CreditShape[];
}

/** The lexicon shipped beside this file. */
export const WIRE_AGENCIES: CreditLexicon = {
  agencies: lexicon.agencies,
  credits: lexicon.credits.map((c) => ({
    form: c.form as CreditForm,
    scope: c.scope as CreditScope,
    pattern: c.pattern,
  })),
};

/**
 * Boilerplate that lists other pages (menus, links to other stories, appeals): an agency named
 * there credits some other article, never this one.
 */
const ELSEWHERE: ReadonlySet<RemovedReason> = new Set([
  'site-menu',
  'related-links',
  'trending',
  'appeal',
]);

/** A space in a shape: any run of spaces and tabs with at most one line break in it. */
const SPACE = '(?:[^\\S\\n]+\\n?[^\\S\\n]*|\\n[^\\S\\n]*)';

/** A shape's spaces (outside character classes) made to match any horizontal run with one break. */
function spaced(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] ?? '';
    if (c === '\\') {
      out += c + (pattern[i + 1] ?? '');
      i += 1;
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else {
      out += c === ' ' ? SPACE : c;
    }
  }
  return out;
}

interface Compiled {
  shape: CreditShape;
  regex: RegExp;
}

interface CompiledLexicon {
  shapes: Compiled[];
  /** Each written form and the agency it names, longest first. */
  forms: { form: string; agency: string }[];
  /** Finds the agency forms inside a matched list ("Reuters and AP"). */
  formRegex: RegExp;
}

const compiledCache = new WeakMap<CreditLexicon, CompiledLexicon>();

function compile(lexicon: CreditLexicon): CompiledLexicon {
  const cached = compiledCache.get(lexicon);
  if (cached) return cached;
  const forms = lexicon.agencies
    .flatMap((agency) => agency.forms.map((form) => ({ form, agency: agency.name })))
    .sort((a, b) => b.form.length - a.form.length || (a.form < b.form ? -1 : 1));
  const one = `(?<![\\p{L}\\p{N}])(?:${forms.map((f) => escapeRegExp(f.form)).join('|')})(?![\\p{L}\\p{N}])`;
  const item = `(?:[Tt]he )?${one}`;
  const list = `${item}(?:(?:, and |, | and | & )${item})*`;
  const shapes = lexicon.credits.map((shape) => ({
    shape,
    // One list per shape, captured so only its words are read as agencies.
    regex: new RegExp(
      spaced(shape.pattern).replace('{agencies}', `(?<agencies>${spaced(list)})`),
      'gmu',
    ),
  }));
  const result = { shapes, forms, formRegex: new RegExp(spaced(one), 'gu') };
  compiledCache.set(lexicon, result);
  return result;
}

/** The agencies a matched credit names, each once, in the order written. */
function agenciesIn(match: string, compiled: CompiledLexicon): string[] {
  const byForm = new Map(compiled.forms.map((f) => [f.form, f.agency]));
  const names: string[] = [];
  for (const m of match.matchAll(compiled.formRegex)) {
    const name = byForm.get(m[0].replace(/\s+/gu, ' '));
    if (name !== undefined && !names.includes(name)) names.push(name);
  }
  return names;
}

/** The corpus outlet that is an agency: a wire outlet named by one of the agency's forms. */
function agencyOutlets(
  outlets: readonly Pick<Outlet, 'id' | 'name' | 'kind'>[],
  lexicon: CreditLexicon,
): Map<string, string> {
  const byAgency = new Map<string, string>();
  const fold = (text: string) => text.toLowerCase().replace(/^the\s+/, '');
  for (const agency of lexicon.agencies) {
    const names = new Set([agency.name, ...agency.forms].map(fold));
    const outlet = outlets.find((o) => o.kind === 'wire' && names.has(fold(o.name)));
    if (outlet) byAgency.set(agency.name, outlet.id);
  }
  return byAgency;
}

/**
 * Every credit to a news agency in one article's text, each a verbatim span
 * (`text.slice(start, end) === quote`), one per agency named, in text order. Credits inside
 * boilerplate that lists other pages are left out; where two shapes match overlapping words, the
 * longer match is kept.
 */
export function findCredits(
  articleId: string,
  text: string,
  removed: readonly Pick<Removed, 'start' | 'end' | 'reason'>[],
  outlets: readonly Pick<Outlet, 'id' | 'name' | 'kind'>[],
  lexicon: CreditLexicon = WIRE_AGENCIES,
): Credit[] {
  const compiled = compile(lexicon);
  const elsewhere = removed.filter((r) => ELSEWHERE.has(r.reason));
  const outletOf = agencyOutlets(outlets, lexicon);
  interface Found {
    start: number;
    end: number;
    shape: CreditShape;
    agencies: string[];
  }
  const found: Found[] = [];
  for (const { shape, regex } of compiled.shapes) {
    for (const m of text.matchAll(regex)) {
      const named = m.groups?.agencies ?? '';
      let start = m.index;
      let end = start + m[0].length;
      // Spans never start or end on a space.
      while (start < end && /\s/u.test(text[start] ?? '')) start += 1;
      while (end > start && /\s/u.test(text[end - 1] ?? '')) end -= 1;
      if (start === end) continue;
      if (elsewhere.some((r) => r.start < end && start < r.end)) continue;
      found.push({ start, end, shape, agencies: agenciesIn(named, compiled) });
    }
  }
  // Longest first; a match overlapping one already kept is the same credit read twice.
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  // Kept matches never overlap, so sorted by start they are sorted by end too: the one match that
  // could overlap a new one is found by binary search.
  const kept: Found[] = [];
  for (const f of found) {
    const at = countBefore(kept, (k) => k.end <= f.start);
    const next = kept[at];
    if (next && next.start < f.end) continue;
    kept.splice(at, 0, f);
  }
  return kept.flatMap((f) => {
    const quote = text.slice(f.start, f.end);
    return f.agencies.map((agency): Credit => ({
      articleId,
      start: f.start,
      end: f.end,
      quote,
      agency,
      form: f.shape.form,
      scope: f.shape.scope,
      outletId: outletOf.get(agency) ?? null,
    }));
  });
}
