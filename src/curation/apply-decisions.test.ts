import { parseDocument } from 'yaml';
import { buildCorpus } from '../corpus/pipeline/build-corpus.ts';
import type { InputFiles } from '../corpus/pipeline/load-inputs.ts';
import { locateQuote } from '../corpus/pipeline/locate-quote.ts';
import { parseReviews } from '../corpus/pipeline/reviews.ts';
import type { Corpus } from '../corpus/schema.ts';
import { applyDecisions, claimAfter, withDecisions } from './apply-decisions.ts';
import {
  claimRef,
  evidenceRef,
  mergeDecision,
  spanRef,
  splitDecision,
  type Decision,
} from './decisions.ts';
import { FERRY_FILES, FERRY_FILES_WITHOUT_CLAIMS } from './fixtures/ferry-story.ts';

function build(files: InputFiles): Corpus {
  const result = buildCorpus(files);
  if (!result.ok)
    throw new Error(result.errors.map((e) => `${e.file}:${e.line}: ${e.message}`).join('\n'));
  return result.corpus;
}

const BASE = build(FERRY_FILES);
const AUTO_BASE = build(FERRY_FILES_WITHOUT_CLAIMS);

function evidenceOf(corpus: Corpus, claim: string, article: string) {
  return corpus.evidence.filter((e) => e.claimId === claim && e.articleId === article);
}

function only<T>(items: readonly T[]): T {
  expect(items).toHaveLength(1);
  return items[0] as T;
}

function figure(corpus: Corpus, article: string, quote: string) {
  return only(corpus.figures.filter((f) => f.articleId === article && f.quote === quote));
}

/** Applies the decisions, rebuilds, and checks that leaving the last one out gives back the corpus before it. */
function roundTrip(
  decisions: readonly Decision[],
  files: InputFiles = FERRY_FILES,
  base: Corpus = BASE,
) {
  const written = applyDecisions(files, decisions, base);
  const corpus = build(written);
  const before = build(applyDecisions(files, decisions.slice(0, -1), base));
  const undone = decisions.length === 1 ? base : before;
  expect(JSON.stringify(before)).toBe(JSON.stringify(undone));
  expect(JSON.stringify(corpus)).not.toBe(JSON.stringify(before));
  return { files: written, corpus };
}

describe('applyDecisions: the files the command line reads', () => {
  test('no decisions give back the files themselves', () => {
    expect(applyDecisions(FERRY_FILES, [], BASE)).toBe(FERRY_FILES);
  });

  test('a corrected stance is the reviewed stance after the rebuild, and undo gives the first corpus back', () => {
    const target = only(evidenceOf(BASE, 'toll-27-killed', '002'));
    expect(target.stance).toBe('attributes');
    const { corpus } = roundTrip([
      { kind: 'evidence', action: 'correct', target: evidenceRef(target), stance: 'asserts' },
    ]);
    const after = only(evidenceOf(corpus, 'toll-27-killed', '002'));
    expect(after).toMatchObject({ stance: 'asserts', origin: 'reviewed', quote: target.quote });
    expect(JSON.stringify(build(applyDecisions(FERRY_FILES, [], BASE)))).toBe(JSON.stringify(BASE));
  });

  test('a confirmed link becomes reviewed and keeps its fields', () => {
    const target = only(evidenceOf(BASE, 'ferry-overloaded', '002'));
    const { corpus } = roundTrip([
      { kind: 'evidence', action: 'confirm', target: evidenceRef(target) },
    ]);
    expect(only(evidenceOf(corpus, 'ferry-overloaded', '002'))).toEqual({
      ...target,
      origin: 'reviewed',
    });
  });

  test('a rejected link is gone', () => {
    const [first] = evidenceOf(BASE, 'toll-27-killed', '001');
    if (first === undefined) throw new Error('fixture: no evidence');
    const { corpus } = roundTrip([
      { kind: 'evidence', action: 'reject', target: evidenceRef(first) },
    ]);
    expect(evidenceOf(corpus, 'toll-27-killed', '001').map((e) => e.quote)).not.toContain(
      first.quote,
    );
  });

  test('words selected in the reader become a link the machine missed', () => {
    const text = BASE.articles.find((a) => a.id === '002')?.text ?? '';
    const words = 'Death toll in Lake Varn ferry disaster rises to 27';
    const start = text.indexOf(words);
    const { corpus } = roundTrip([
      {
        kind: 'evidence',
        action: 'add',
        target: {
          claim: 'toll-27-killed',
          article: '002',
          start,
          end: start + words.length,
          quote: words,
        },
        stance: 'asserts',
        hedged: false,
      },
    ]);
    const added = evidenceOf(corpus, 'toll-27-killed', '002').find((e) => e.quote === words);
    expect(added).toMatchObject({ start, stance: 'asserts', hedged: false, origin: 'reviewed' });
  });

  test('a rejected figure is gone, even when its words recur in the article', () => {
    const target = figure(BASE, '001', '27');
    const { files, corpus } = roundTrip([
      { kind: 'figure', action: 'reject', target: { id: target.id, ...spanRef(target) } },
    ]);
    expect(corpus.figures.some((f) => f.articleId === '001' && f.start === target.start)).toBe(
      false,
    );
    expect(files['reviews.yaml']).toContain('occurrence: 1');
  });

  test('a corrected figure has the corrected fields and is reviewed', () => {
    const target = figure(BASE, '002', 'At least 27 people');
    const { corpus } = roundTrip([
      {
        kind: 'figure',
        action: 'correct',
        target: { id: target.id, ...spanRef(target) },
        attributedTo: 'Ilse Marren',
        role: 'account',
      },
    ]);
    expect(figure(corpus, '002', 'At least 27 people')).toMatchObject({
      attributedTo: 'Ilse Marren',
      role: 'account',
      low: target.low,
      origin: 'reviewed',
    });
  });

  test("a quote's speaker corrected", () => {
    const target = only(BASE.quotes.filter((q) => q.articleId === '004'));
    expect(target.speakerId).toBe('ilse-marren');
    const { corpus } = roundTrip([
      { kind: 'quote', action: 'correct', target: spanRef(target), speaker: null },
    ]);
    expect(only(corpus.quotes.filter((q) => q.articleId === '004'))).toMatchObject({
      speakerId: null,
      origin: 'reviewed',
    });
  });

  test('a later decision on the same item replaces the earlier one: one review, both changes', () => {
    const target = evidenceRef(only(evidenceOf(BASE, 'ferry-overloaded', '002')));
    const files = applyDecisions(
      FERRY_FILES,
      [
        { kind: 'evidence', action: 'correct', target, stance: 'asserts' },
        { kind: 'evidence', action: 'correct', target, hedged: false },
      ],
      BASE,
    );
    const parsed = parseReviews({ file: 'reviews.yaml', text: files['reviews.yaml'] ?? '' });
    if (!parsed.ok) throw new Error('reviews.yaml does not parse');
    expect(parsed.reviews).toEqual([
      {
        kind: 'evidence',
        action: 'correct',
        article: '002',
        claim: 'ferry-overloaded',
        quote: target.quote,
        stance: 'asserts',
        hedged: false,
      },
    ]);
    expect(only(evidenceOf(build(files), 'ferry-overloaded', '002'))).toMatchObject({
      stance: 'asserts',
      hedged: false,
    });
  });

  test('an added link rejected again leaves nothing to write', () => {
    const text = BASE.articles.find((a) => a.id === '001')?.text ?? '';
    const words = 'Divers were still searching for the missing on Monday.';
    const start = text.indexOf(words);
    const target = {
      claim: 'toll-27-killed',
      article: '001',
      start,
      end: start + words.length,
      quote: words,
    };
    const files = applyDecisions(
      FERRY_FILES,
      [
        { kind: 'evidence', action: 'add', target, stance: 'asserts', hedged: false },
        { kind: 'evidence', action: 'reject', target },
      ],
      BASE,
    );
    expect(files['reviews.yaml']).toBeUndefined();
  });

  test('the same decisions give the same bytes, and the exported reviews parse with the build’s schema', () => {
    const e = only(evidenceOf(BASE, 'toll-27-killed', '002'));
    const f = figure(BASE, '001', '41 survivors');
    const q = only(BASE.quotes.filter((x) => x.articleId === '002'));
    const decisions: Decision[] = [
      {
        kind: 'evidence',
        action: 'correct',
        target: evidenceRef(e),
        hedged: true,
        note: 'why: a test',
      },
      { kind: 'figure', action: 'confirm', target: { id: f.id, ...spanRef(f) } },
      { kind: 'quote', action: 'correct', target: spanRef(q), speaker: 'tomas-reede' },
    ];
    const once = applyDecisions(FERRY_FILES, decisions, BASE);
    expect(applyDecisions(FERRY_FILES, decisions, BASE)).toEqual(once);
    const parsed = parseReviews({ file: 'reviews.yaml', text: once['reviews.yaml'] ?? '' });
    expect(parsed.ok && parsed.reviews.map((r) => `${r.kind} ${r.action}`)).toEqual([
      'evidence correct',
      'figure confirm',
      'quote correct',
    ]);
  });

  test('reviews are appended after the existing ones, which keep their bytes and comments', () => {
    const existing = `# Reviews written by hand.\n\n- kind: figure\n  action: confirm\n  article: '003'\n  quote: 96 passengers\n  note: >-\n    The company's own count.\n`;
    const files = { ...FERRY_FILES, 'reviews.yaml': existing };
    const base = build(files);
    const target = only(evidenceOf(base, 'toll-27-killed', '002'));
    const { files: written } = roundTrip(
      [{ kind: 'evidence', action: 'reject', target: evidenceRef(target) }],
      files,
      base,
    );
    expect(written['reviews.yaml']?.startsWith(existing)).toBe(true);
  });
});

describe('applyDecisions: curated claims', () => {
  test('a renamed claim has the new statement; the file keeps its comments and other entries', () => {
    const { files, corpus } = roundTrip([
      {
        kind: 'claim',
        action: 'rename',
        claim: claimRef(BASE, 'toll-27-killed'),
        statement: 'At least 27 people died when the ferry capsized.',
      },
    ]);
    expect(corpus.claims.find((c) => c.id === 'toll-27-killed')?.statement).toBe(
      'At least 27 people died when the ferry capsized.',
    );
    const before = FERRY_FILES['claims.yaml'] ?? '';
    expect(files['claims.yaml']?.split('\n')[0]).toBe(before.split('\n')[0]);
    expect(files['claims.yaml']).toContain(before.slice(before.indexOf('- id: ferry-overloaded')));
  });

  test('a dropped claim is gone with its evidence and the reviews that named it', () => {
    const files = {
      ...FERRY_FILES,
      'reviews.yaml': `- kind: evidence\n  action: confirm\n  article: '004'\n  claim: ferry-overloaded\n  quote: Governor Ilse Marren said the ferry was carrying too many passengers.\n`,
    };
    const base = build(files);
    const { files: written, corpus } = roundTrip(
      [{ kind: 'claim', action: 'drop', claim: claimRef(base, 'ferry-overloaded') }],
      files,
      base,
    );
    expect(corpus.claims.map((c) => c.id)).not.toContain('ferry-overloaded');
    expect(corpus.evidence.some((e) => e.claimId === 'ferry-overloaded')).toBe(false);
    expect(written['reviews.yaml']).not.toContain('ferry-overloaded');
  });

  test("a merged claim's evidence is under the other id, with its stance and hedge", () => {
    const moving = BASE.evidence.filter((e) => e.claimId === 'operator-denies-overloading');
    const { corpus } = roundTrip([
      mergeDecision(BASE, 'operator-denies-overloading', 'ferry-overloaded'),
    ]);
    expect(corpus.claims.map((c) => c.id)).not.toContain('operator-denies-overloading');
    for (const e of moving) {
      expect(
        corpus.evidence.find(
          (x) =>
            x.claimId === 'ferry-overloaded' && x.articleId === e.articleId && x.start === e.start,
        ),
      ).toMatchObject({ stance: e.stance, hedged: e.hedged, attributedTo: e.attributedTo });
    }
  });

  test('a split writes the new claim by example and rejects its evidence under the old one', () => {
    const moving = evidenceOf(BASE, 'operator-denies-overloading', '003').map(evidenceRef);
    const decision = splitDecision(
      BASE,
      'operator-denies-overloading',
      moving,
      'Lakeline Ferries says the ferry carried 96 passengers.',
    );
    const { files, corpus } = roundTrip([decision]);
    const entries = parseDocument(files['claims.yaml'] ?? '').toJS() as {
      id: string;
      like?: { article: string; quote: string; occurrence?: number }[];
    }[];
    const created = entries.find((c) => c.id === 'lakeline-ferries-says-the-ferry-carried');
    expect(created?.like).toHaveLength(moving.length);
    for (const example of created?.like ?? []) {
      const text = BASE.articles.find((a) => a.id === example.article)?.text ?? '';
      expect(locateQuote(text, example.quote, example.article, example.occurrence).ok).toBe(true);
    }
    const parsed = parseReviews({ file: 'reviews.yaml', text: files['reviews.yaml'] ?? '' });
    expect(parsed.ok && parsed.reviews.map((r) => r.action)).toEqual(moving.map(() => 'reject'));
    expect(evidenceOf(corpus, 'operator-denies-overloading', '003')).toEqual([]);
    const split = corpus.claims.find((c) => c.id === created?.id);
    expect(split).toMatchObject({ origin: 'curated', category: 'denial' });
    expect(evidenceOf(corpus, split?.id ?? '', '003').map((e) => e.quote)).toEqual(
      moving.map((e) => e.quote),
    );
  });
});

describe('applyDecisions: proposed claims', () => {
  const claim = (id: string) => claimRef(AUTO_BASE, id);
  const ids = AUTO_BASE.claims.map((c) => c.id);

  test('the fixture proposes claims to decide about', () => {
    expect(ids.length).toBeGreaterThanOrEqual(3);
    expect(AUTO_BASE.claims.every((c) => c.origin === 'auto')).toBe(true);
  });

  test('a dropped proposal is left out; the others keep their ids and evidence', () => {
    const [gone, ...rest] = ids;
    if (gone === undefined) throw new Error('fixture: no proposals');
    const { files, corpus } = roundTrip(
      [{ kind: 'claim', action: 'drop', claim: claim(gone) }],
      FERRY_FILES_WITHOUT_CLAIMS,
      AUTO_BASE,
    );
    expect(corpus.claims.map((c) => c.id)).toEqual(rest);
    expect(corpus.evidence).toEqual(AUTO_BASE.evidence.filter((e) => e.claimId !== gone));
    expect(files['claims.yaml']).toBeUndefined();
    expect(files['corpus.yaml']).toContain(`droppedProposals:\n  - ${gone}\n`);
  });

  test("a merged proposal's evidence is under the other id, reviewed", () => {
    const [into, from] = [ids[0] ?? '', ids[1] ?? ''];
    const moving = AUTO_BASE.evidence.filter((e) => e.claimId === from);
    const { corpus } = roundTrip(
      [mergeDecision(AUTO_BASE, from, into)],
      FERRY_FILES_WITHOUT_CLAIMS,
      AUTO_BASE,
    );
    expect(corpus.claims.map((c) => c.id)).not.toContain(from);
    for (const e of moving) {
      const under = corpus.evidence.filter(
        (x) => x.claimId === into && x.articleId === e.articleId,
      );
      expect(under.some((x) => x.start <= e.start && x.end >= e.end)).toBe(true);
    }
  });

  test('a confirmed proposal is written as a curated claim by example, and the proposals stay on', () => {
    const id = ids[0] ?? '';
    const proposal = AUTO_BASE.claims[0];
    const { files, corpus } = roundTrip(
      [{ kind: 'claim', action: 'confirm', claim: claim(id) }],
      FERRY_FILES_WITHOUT_CLAIMS,
      AUTO_BASE,
    );
    const entries = parseDocument(files['claims.yaml'] ?? '').toJS() as Record<string, unknown>[];
    const curatedId = id.replace(/^auto-/u, '');
    expect(entries).toEqual([
      {
        id: curatedId,
        statement: proposal?.statement,
        category: proposal?.category,
        claimant: proposal?.claimant,
        ...(proposal?.figure
          ? {
              figure: {
                event: proposal.figure.eventId,
                group: proposal.figure.group,
                outcome: proposal.figure.outcome,
              },
            }
          : {}),
        like: claim(id).evidence.map((e) => ({ article: e.article, quote: e.quote })),
      },
    ]);
    const settings = parseDocument(files['corpus.yaml'] ?? '').toJS() as Record<string, unknown>;
    expect(settings).toMatchObject({ proposeClaims: true, droppedProposals: [id] });
    expect(corpus.claims.find((c) => c.id === curatedId)?.origin).toBe('curated');
    const articlesOf = (c: Corpus, claimId: string) =>
      c.evidence.filter((e) => e.claimId === claimId).map((e) => e.articleId);
    // The examples find the proposition again in every article (and may find it once more).
    expect(new Set(articlesOf(corpus, curatedId))).toEqual(new Set(articlesOf(AUTO_BASE, id)));
    // The other proposals stay, with their ids and evidence.
    const others = (c: Corpus) => c.claims.filter((x) => x.origin === 'auto' && x.id !== id);
    expect(others(corpus)).toEqual(others(AUTO_BASE));
    const evidenceOfOthers = (c: Corpus) =>
      c.evidence.filter((e) => others(c).some((x) => x.id === e.claimId));
    expect(evidenceOfOthers(corpus)).toEqual(evidenceOfOthers(AUTO_BASE));
  });

  test('says where each claim it moved went, so the page can follow the one it had open', () => {
    const [first, second, third] = [ids[0] ?? '', ids[1] ?? '', ids[2] ?? ''];
    const curated = withDecisions(
      FERRY_FILES_WITHOUT_CLAIMS,
      [{ kind: 'claim', action: 'confirm', claim: claim(first) }],
      AUTO_BASE,
    );
    const firstNow = claimAfter(curated.moved, first);
    expect(firstNow).not.toBe(first);
    expect(build(curated.files).claims.map((c) => c.id)).toContain(firstNow);

    // Confirmed, then merged into another: followed to the claim that took it in.
    const chained = withDecisions(
      FERRY_FILES_WITHOUT_CLAIMS,
      [
        { kind: 'claim', action: 'confirm', claim: claim(first) },
        mergeDecision(AUTO_BASE, firstNow ?? '', second),
        { kind: 'claim', action: 'drop', claim: claim(third) },
      ],
      AUTO_BASE,
    );
    expect(claimAfter(chained.moved, first)).toBe(second);
    expect(claimAfter(chained.moved, third)).toBeNull();
    expect(claimAfter(chained.moved, second)).toBe(second);
    expect(chained.files).toEqual(
      applyDecisions(
        FERRY_FILES_WITHOUT_CLAIMS,
        [
          { kind: 'claim', action: 'confirm', claim: claim(first) },
          mergeDecision(AUTO_BASE, firstNow ?? '', second),
          { kind: 'claim', action: 'drop', claim: claim(third) },
        ],
        AUTO_BASE,
      ),
    );
  });

  test('a renamed proposal is curated under the new words', () => {
    const id = ids[1] ?? '';
    const { corpus } = roundTrip(
      [{ kind: 'claim', action: 'rename', claim: claim(id), statement: 'Invented words for it.' }],
      FERRY_FILES_WITHOUT_CLAIMS,
      AUTO_BASE,
    );
    expect(corpus.claims.map((c) => c.id)).not.toContain(id);
    expect(corpus.claims.find((c) => c.id === id.replace(/^auto-/u, ''))).toMatchObject({
      statement: 'Invented words for it.',
      origin: 'curated',
    });
  });
});
