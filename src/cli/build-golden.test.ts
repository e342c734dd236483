import { readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../corpus/pipeline/build-corpus.ts';
import type { Corpus, Span } from '../corpus/schema.ts';
import { readDataDir } from './read-data-dir.ts';

/**
 * The golden tests of the corpus build, a folder per case (Observable Framework's `test/input/*`):
 * each folder under `CASES` holds a `data/` folder, the `corpus.json` it must give and a
 * `README.md` saying what the case shows. Every case is built and compared whole; then the one
 * thing the case is about is asserted in a few lines of its own, so a regression names the
 * phenomenon, not only a JSON diff. After a deliberate change, rewrite the expected files with
 * `UPDATE_GOLDEN=1 npx vitest run src/cli/build-golden.test.ts` and review their diff like code.
 */

const CASES = 'src/test-support/golden';
/** A build takes a second or two; a loaded machine must not make a golden test flaky. */
const TIMEOUT = 60_000;

const caseNames = readdirSync(CASES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

async function build(name: string, autoOnly = false): Promise<string> {
  const data = await readDataDir(join(CASES, name, 'data'), 'data');
  expect(data.errors).toEqual([]);
  const result = buildCorpus(data.files, { autoOnly });
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return `${JSON.stringify(result.corpus, null, 2)}\n`;
}

const built = new Map<string, Promise<Corpus>>();
/** The reviewed build of a case, once per run. */
function corpusOf(name: string): Promise<Corpus> {
  let corpus = built.get(name);
  if (corpus === undefined) {
    corpus = build(name).then((json) => JSON.parse(json) as Corpus);
    built.set(name, corpus);
  }
  return corpus;
}

const of = <T extends { articleId: string }>(items: readonly T[], articleId: string) =>
  items.filter((item) => item.articleId === articleId);
const within = (span: Span, ranges: readonly { start: number; end: number }[]) =>
  ranges.some((r) => span.start < r.end && r.start < span.end);

/** What each case is about, asserted in its own words. */
const ABOUT: Record<
  string,
  {
    shows: string;
    check: (corpus: Corpus) => void;
    /** What the machine gets wrong in the case today: its expected corpus says so too. */
    notYet?: readonly string[];
  }
> = {
  'reviewed-story': {
    shows: 'applies one review of each action: confirm, correct and reject',
    check(corpus) {
      const confirmed = corpus.figures.find((f) => f.articleId === 'a1' && f.low === 12);
      expect(confirmed?.origin, 'a confirmed figure is reviewed').toBe('reviewed');
      const corrected = corpus.figures.find((f) => f.quote === 'Twelve of the dead');
      expect(
        corrected,
        'a corrected figure takes the group and role the review gives',
      ).toMatchObject({ group: 'children', role: 'part', origin: 'reviewed' });
      const rejected = corpus.evidence.filter(
        (e) => e.articleId === 'c3' && e.claimId === 'tarsa-toll',
      );
      expect(rejected, 'a rejected link is gone from the corpus').toEqual([]);
      const headline = corpus.evidence.find((e) => e.articleId === 'b2' && e.start === 0);
      expect(headline, 'a corrected evidence takes the speaker the review names').toMatchObject({
        attributedTo: 'Monitor Group',
        origin: 'reviewed',
      });
    },
  },
  'wire-copy': {
    shows: 'two outlets carrying one wire text are wire copy and one source',
    check(corpus) {
      const pair = corpus.reuse.find((r) => r.articleA === 'n2' && r.articleB === 'w1');
      expect(pair?.kind, 'the newspaper carries the wire text: wire copy').toBe('wire');
      expect(
        corpus.reuse.filter((r) => r.articleA === 'r3' || r.articleB === 'r3'),
        'the broadcaster’s own report shares no copy',
      ).toEqual([]);
      expect(
        corpus.sourceGroups.map((g) => g.articleIds),
        'the wire and its carrier are one independent source, the broadcaster another',
      ).toEqual([['n2', 'w1'], ['r3']]);
    },
  },
  'spun-copy': {
    shows: 'a rewrite with synonyms swapped is spun copy, and its altered quotation is found',
    check(corpus) {
      expect(
        corpus.reuse.map((r) => [r.articleA, r.articleB, r.kind]),
        'the content farm’s rewrite is spun copy of the newspaper',
      ).toEqual([['h1', 's2', 'spun']]);
      expect(
        corpus.sourceGroups.map((g) => g.articleIds),
        'a rewrite is no second source',
      ).toEqual([['h1', 's2']]);
      const quote = corpus.discrepancies.find((d) => d.kind === 'quote');
      expect(quote?.subject, 'a quotation with words swapped one for one is altered').toMatch(
        /altered/,
      );
    },
  },
  'dropped-hedge': {
    shows: 'an outlet that drops "may" or "allegedly" is flagged beside the one that keeps it',
    check(corpus) {
      for (const claimId of ['dust-caused-blast', 'alarms-switched-off']) {
        const hedge = corpus.discrepancies.find((d) => d.kind === 'hedge' && d.claimId === claimId);
        const notes = hedge?.items.map((i) => i.note) ?? [];
        expect(notes, `${claimId}: m2 drops the hedge`).toContain('article m2 drops the hedge');
        expect(notes, `${claimId}: g1 keeps the hedge`).toContain('article g1 keeps the hedge');
      }
      expect(
        of(corpus.evidence, 'g1').every((e) => e.hedged),
        'g1’s evidence keeps its hedges',
      ).toBe(true);
    },
  },
  'split-denial': {
    shows: 'a denial ("…," he said) is the speaker’s named a sentence before, and disputes',
    check(corpus) {
      const denial = corpus.quotes.find((q) => q.quote.startsWith('Talk of our crews'));
      expect(denial?.speakerId, '"he said" is the spokesman named the sentence before').toBe(
        'edvin-marsk',
      );
      const disputed = corpus.evidence.find(
        (e) =>
          e.claimId === 'guard-fired-on-boats' &&
          denial !== undefined &&
          e.start <= denial.start &&
          denial.end <= e.end,
      );
      expect(
        disputed,
        'the denial disputes the accusation, in the spokesman’s voice',
      ).toMatchObject({ stance: 'disputes', attributedTo: 'Edvin Marsk' });
      expect(
        corpus.evidence.find((e) => e.claimId === 'guard-denies'),
        'the denial claim is carried as his',
      ).toMatchObject({ stance: 'attributes', attributedTo: 'Edvin Marsk' });
    },
  },
  'vague-amounts': {
    shows: '"hundreds", "dozens", "scores" and the like are vague, never a number',
    check(corpus) {
      const vagueWord = /\b(?:hundreds|dozens|scores|thousands|several hundred|a few hundred)\b/iu;
      const worded = corpus.figures.filter((f) => vagueWord.test(f.quote));
      expect(
        worded.map((f) => f.quote),
        'every vague amount in the articles is a figure',
      ).toEqual([
        'Hundreds of residents',
        'Dozens of people',
        'Scores of cars',
        'several hundred homes',
        'Thousands of households',
        'dozens of volunteers',
        'Tens of thousands of sandbags',
        'A few hundred people',
      ]);
      for (const f of worded) {
        expect(f, `"${f.quote}" is vague, with no upper bound`).toMatchObject({
          vague: true,
          high: null,
        });
      }
    },
  },
  'account-beside-total': {
    shows: 'a witness’s count beside the official toll is an account, never compared with it',
    check(corpus) {
      const role = (articleId: string, quote: string) =>
        corpus.figures.find((f) => f.articleId === articleId && f.quote === quote)?.role;
      expect(role('t1', '14 bodies'), 'what the witness saw is an account').toBe('account');
      expect(role('t1', '37 miners'), 'the health office’s count is the total').toBe('total');
      expect(role('u2', '37'), 'the toll in the other outlet is the total').toBe('total');
      expect(
        corpus.discrepancies.filter((d) => d.kind === 'figure'),
        'an account never disagrees with a total',
      ).toEqual([]);
    },
  },
  'not-english': {
    shows: 'an article the machine does not read says so, and yields nothing',
    check(corpus) {
      expect(
        corpus.diagnostics.filter((d) => d.code === 'language-not-read').map((d) => d.articleId),
        'the French article is set aside as not read',
      ).toEqual(['f2']);
      const spans: Span[] = [
        ...corpus.figures,
        ...corpus.dates,
        ...corpus.quotes,
        ...corpus.evidence,
      ];
      expect(of(spans, 'f2'), 'nothing is proposed for an article not read').toEqual([]);
      expect(of(corpus.figures, 'e1').length, 'the English article is read').toBeGreaterThan(0);
    },
  },
  'page-furniture': {
    shows: 'menus, share bar, "Read more", newsletter and membership lines are set aside',
    notYet: ['sets the cookie notice aside ("We use cookies … Accept all cookies")'],
    check(corpus) {
      const article = corpus.articles.find((a) => a.id === 'd1');
      const removed = article?.removed ?? [];
      const reasonOf = (line: string) =>
        removed.find((r) => article?.text.slice(r.start, r.end).startsWith(line))?.reason;
      expect(reasonOf('Skip to content'), 'the skip link').toBe('site-menu');
      expect(reasonOf('Share this article'), 'the share bar').toBe('site-menu');
      expect(reasonOf('Advertisement'), 'the advertisement label').toBe('site-menu');
      expect(reasonOf('Read more:'), 'the "Read more" line').toBe('related-links');
      expect(reasonOf('Sign up for our morning newsletter'), 'the newsletter appeal').toBe(
        'appeal',
      );
      expect(reasonOf('By Mara Quist'), 'the byline').toBe('credit');
      expect(reasonOf('(Photo by'), 'the photo credit').toBe('credit');
      for (const span of [...corpus.figures, ...corpus.dates, ...corpus.quotes]) {
        expect(within(span, removed), `"${span.quote}" is read from furniture`).toBe(false);
      }
    },
  },
};

describe('corpus build, golden cases', () => {
  for (const name of caseNames) {
    describe(name, () => {
      it(
        'builds its data folder into exactly its expected corpus',
        async () => {
          const actual = await build(name);
          const expected = join(CASES, name, 'corpus.json');
          if (process.env.UPDATE_GOLDEN === '1') await writeFile(expected, actual, 'utf8');
          expect(actual).toBe(await readFile(expected, 'utf8'));
        },
        TIMEOUT,
      );

      const about = ABOUT[name];
      it(
        about?.shows ?? 'says what it shows',
        async () => {
          expect(about, `case ${name}: add the one thing it shows to ABOUT`).toBeDefined();
          await expect(readFile(join(CASES, name, 'README.md'), 'utf8')).resolves.toMatch(/\S/);
          about?.check(await corpusOf(name));
        },
        TIMEOUT,
      );
      for (const wrong of about?.notYet ?? []) it.todo(wrong);
    });
  }

  it('has a case for every entry of ABOUT', () => {
    expect(Object.keys(ABOUT).sort()).toEqual(caseNames);
  });

  it(
    'is deterministic: two builds are byte-identical',
    async () => {
      const name = 'reviewed-story';
      expect(await build(name)).toBe(await build(name));
    },
    TIMEOUT,
  );

  it(
    'ignores the reviews with autoOnly: nothing is reviewed',
    async () => {
      const corpus = JSON.parse(await build('reviewed-story', true)) as Corpus;
      expect([...corpus.figures, ...corpus.quotes].every((item) => item.origin === 'auto')).toBe(
        true,
      );
    },
    TIMEOUT,
  );
});
