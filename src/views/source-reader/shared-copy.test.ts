import { describe, expect, it } from 'vitest';
import { sentenceWords, tokenize } from '../../corpus/pipeline/compare-tokens.ts';
import { findReuse } from '../../corpus/pipeline/reuse.ts';
import { segmentSentences } from '../../corpus/pipeline/segment.ts';
import { findCredits } from '../../corpus/pipeline/wire-credits.ts';
import { CORPUS_VERSION, type Corpus, type OutletKind } from '../../corpus/schema.ts';
import type { DiffRange } from './word-diff.ts';
import { creditLinks, originSummary, sharedCopy } from './shared-copy.ts';

// Invented sentences: a wire story, its copies, and a rewording of one of its sentences.
const S1 =
  'Heavy rain flooded the valley town of Orrin on Tuesday, cutting the only road to the coast and leaving hundreds of families without power.';
const S2 =
  'Engineers from the regional water board said the river had risen faster than at any time in the forty years since records began there.';
const S3 =
  'The town council opened two school halls as shelters for the night and asked residents on the lower streets to leave their homes quickly.';
const S3_SPUN =
  'The town council opened two school buildings as refuges for the night and urged residents on the lower streets to vacate their houses quickly.';

interface Draft {
  id: string;
  text: string;
  kind?: OutletKind;
  published?: string | null;
}

/** A corpus of the drafts, with reuse and credits found as the build finds them. */
function corpusOf(drafts: Draft[]): Corpus {
  const compared = drafts.map((d) => {
    const tokens = tokenize(d.text, [], []);
    return {
      id: d.id,
      text: d.text,
      tokens,
      sentences: sentenceWords(segmentSentences(d.text, []), tokens),
    };
  });
  const outlets = drafts.map((d) => ({
    id: `outlet-${d.id}`,
    name: `Outlet ${d.id.toUpperCase()}`,
    kind: d.kind ?? ('newspaper' as const),
    identification: { how: 'stated' as const, evidence: [] },
  }));
  return {
    version: CORPUS_VERSION,
    title: 'Test',
    referenceDate: '2020-01-01',
    outlets,
    articles: drafts.map((d) => ({
      id: d.id,
      outletId: `outlet-${d.id}`,
      title: null,
      published: d.published ?? null,
      url: null,
      text: d.text,
      removed: [],
    })),
    claims: [],
    events: [],
    people: [],
    evidence: [],
    figures: [],
    dates: [],
    quotes: [],
    reuse: findReuse(compared),
    sourceGroups: [],
    credits: drafts.flatMap((d) => findCredits(d.id, d.text, [], outlets)),
    discrepancies: [],
    diagnostics: [],
  };
}

/** A side's text with each changed run in brackets. */
const marked = (ranges: DiffRange[]) =>
  ranges
    .map((r) => r.pieces.map((p) => (p.change === null ? p.text : `[${p.text}]`)).join(''))
    .join(' … ');

describe('sharedCopy', () => {
  const corpus = corpusOf([
    { id: 'p1', text: `${S1}\n${S2}\n${S3}\nAFP contributed to this report.` },
    {
      id: 'p2',
      text: `Local news in brief.\n${S1.replace('Tuesday', 'Tuesday night')}\n${S2}\nMore soon.`,
    },
    { id: 'p3', text: `A reader wrote in.\n${S2}\nThe letter ends here.` },
    { id: 'p4', text: `Our own report.\n${S3_SPUN}` },
  ]);

  it('pairs the sentences that hold shared words and marks the words that differ', () => {
    const copy = sharedCopy(corpus, 'p2', 'p1');
    expect(copy?.kind).toBe('wire');
    expect(copy?.rows).toHaveLength(2);
    const [first, second] = copy!.rows;
    expect(marked(first!.diff.a)).toBe(S1.replace('Tuesday', 'Tuesday [night]'));
    expect(marked(first!.diff.b)).toBe(S1);
    expect(first!.diff.changes).toEqual([{ kind: 'only-a', a: 'night', b: '' }]);
    expect(second!.diff.changes).toEqual([]);
    // Seen from the other side, the same rows with the sides swapped.
    expect(marked(sharedCopy(corpus, 'p1', 'p2')!.rows[0]!.diff.b)).toBe(marked(first!.diff.a));
  });

  it('marks the words swapped in spun copy', () => {
    const copy = sharedCopy(corpus, 'p1', 'p4');
    expect(copy?.kind).toBe('spun');
    expect(copy?.rows[0]?.diff.changes).toEqual([
      { kind: 'swapped', a: 'halls', b: 'buildings' },
      { kind: 'swapped', a: 'shelters', b: 'refuges' },
      { kind: 'swapped', a: 'asked', b: 'urged' },
      { kind: 'swapped', a: 'leave', b: 'vacate' },
      { kind: 'swapped', a: 'homes', b: 'houses' },
    ]);
  });

  it('names the credited agency as the likely original, also for copies that do not credit it', () => {
    expect(sharedCopy(corpus, 'p2', 'p1')?.rows[0]?.originText).toBe(
      'Agence France-Presse — Outlet P1 (article p1) credits it: “AFP contributed to this report”',
    );
    expect(sharedCopy(corpus, 'p1', 'p2')?.rows[0]?.originText).toBe(
      'Agence France-Presse — this article credits it: “AFP contributed to this report”',
    );
    // p2 and p3 credit nothing, but p1 carries the same sentence and credits AFP.
    const copy = sharedCopy(corpus, 'p3', 'p2');
    expect(copy?.rows[0]?.origin.kind).toBe('credit');
    expect(copy?.rows[0]?.originText).toContain(
      'Outlet P1 (article p1), which carries these words too, credits',
    );
  });

  it('says "not known" rather than guess, and names the earliest only when all are dated', () => {
    const undated = corpusOf([
      { id: 'q1', text: `${S1}\n${S2}` },
      { id: 'q2', text: `${S1}\n${S2}`, published: '2020-05-02' },
    ]);
    expect(sharedCopy(undated, 'q1', 'q2')?.rows[0]?.originText).toBe(
      'not known: no article that carries these words is from a wire agency or credits one, and not all of them are dated',
    );
    const dated = corpusOf([
      { id: 'q1', text: `${S1}\n${S2}`, published: '2020-05-03' },
      { id: 'q2', text: `${S1}\n${S2}`, published: '2020-05-02' },
    ]);
    expect(sharedCopy(dated, 'q1', 'q2')?.rows[0]?.origin).toMatchObject({
      kind: 'earliest',
      article: { id: 'q2' },
    });
    const sameDay = corpusOf([
      { id: 'q1', text: `${S1}\n${S2}`, published: '2020-05-02' },
      { id: 'q2', text: `${S1}\n${S2}`, published: '2020-05-02' },
    ]);
    expect(sharedCopy(sameDay, 'q1', 'q2')?.rows[0]?.origin.kind).toBe('unknown');
  });

  it('names a wire agency’s own article as the original before any date', () => {
    const wire = corpusOf([
      { id: 'q1', text: `${S1}\n${S2}`, published: '2020-05-01' },
      { id: 'q2', text: `${S1}\n${S2}`, published: '2020-05-02', kind: 'wire' },
    ]);
    const copy = sharedCopy(wire, 'q1', 'q2');
    expect(copy?.rows[0]?.origin).toMatchObject({ kind: 'wire-outlet', article: { id: 'q2' } });
    expect(originSummary(wire, 'q1', 'q2')).toEqual([
      { text: 'Outlet Q2 (article q2), a wire agency’s article', rows: 2 },
    ]);
  });

  it('puts a sentence split in two beside the sentence it came from', () => {
    const split = S2.replace(' said the river', '. They said the river');
    const pair = corpusOf([
      { id: 'q1', text: `${S1}\n${S2}` },
      { id: 'q2', text: `${S1}\n${split}` },
    ]);
    const rows = sharedCopy(pair, 'q1', 'q2')?.rows ?? [];
    expect(rows).toHaveLength(2);
    expect(rows[1]?.diff.b).toHaveLength(2);
    expect(rows[1]?.diff.changes).toEqual([{ kind: 'only-b', a: '', b: 'They' }]);
  });

  it('is null for two articles that share nothing', () => {
    expect(sharedCopy(corpus, 'p3', 'p4')).toBeNull();
  });
});

describe('creditLinks', () => {
  it('links a credit for the article’s copy to every article sharing its text', () => {
    const corpus = corpusOf([
      { id: 'p1', text: `${S1}\n${S2}\n${S3}\nAFP contributed to this report.` },
      { id: 'p2', text: `Local news.\n${S1}\n${S2}` },
      { id: 'p4', text: `Our own report.\n${S3_SPUN}` },
    ]);
    const [link] = creditLinks(corpus, 'p1');
    expect(link?.credit.quote).toBe('AFP contributed to this report');
    expect(link?.covers).toBe(
      'a contributor line crediting Agence France-Presse with copy in this article',
    );
    expect(link?.copies.map((c) => [c.article.id, c.kind])).toEqual([
      ['p2', 'wire'],
      ['p4', 'spun'],
    ]);
  });

  it('links a sentence sourced to an agency only to the articles that share that sentence', () => {
    const sourced =
      'The dam held overnight, according to the Xinhua news agency, and no one was hurt.';
    const corpus = corpusOf([
      { id: 'p1', text: `${S1}\n${S2}\n${sourced}` },
      { id: 'p2', text: `Local news.\n${S1}\n${S2}` },
      { id: 'p3', text: `Elsewhere.\n${S3}\n${sourced} ${S2}` },
    ]);
    const [link] = creditLinks(corpus, 'p1');
    expect(link?.credit.scope).toBe('sentence');
    expect(link?.covers).toBe('one sentence sourced to Xinhua, not the whole article');
    expect(link?.copies.map((c) => c.article.id)).toEqual(['p3']);
  });

  it('links the agency’s own articles when the agency is an outlet of the corpus', () => {
    const corpus = corpusOf([
      { id: 'p1', text: `${S1}\n— Reuters` },
      { id: 'p2', text: S3, kind: 'wire' },
    ]);
    corpus.outlets[1]!.name = 'Reuters';
    corpus.credits = findCredits('p1', corpus.articles[0]!.text, [], corpus.outlets);
    expect(creditLinks(corpus, 'p1')[0]?.agencyArticles.map((a) => a.article.id)).toEqual(['p2']);
  });
});
