import { parse } from 'yaml';
import { EventsFileSchema, PeopleFileSchema, ClaimsFileSchema } from '../catalogue-schema.ts';
import { loadGold, type Gold } from './load-gold.ts';

// Read through Vite rather than node:fs: the corpus folder's lint rule keeps file access out.
const articleFiles = import.meta.glob<string>('../../../data/articles/*.md', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const goldFiles = import.meta.glob<string>('./gold/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const catalogue = import.meta.glob<string>('../../../data/{claims,events,people}.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const idOf = (path: string) => path.replace(/^.*\//, '').replace(/\.\w+$/, '');

/** The article text as the build takes it: everything after the closing front-matter line. */
function bodyOf(file: string): string {
  const frontMatter = /^---\n[\s\S]*?\n---\n/.exec(file);
  if (frontMatter === null) throw new Error('no front matter');
  return file.slice(frontMatter[0].length);
}

const texts = new Map(
  Object.entries(articleFiles).map(([path, file]) => [idOf(path), bodyOf(file)]),
);
const golds = new Map(
  Object.entries(goldFiles).map(([path, yaml]) => {
    const id = idOf(path);
    return [id, loadGold(yaml, texts.get(id) ?? '')];
  }),
);
const gold = (id: string): Gold => golds.get(id)!;

function catalogueFile(name: string): unknown {
  const entry = Object.entries(catalogue).find(([path]) => path.endsWith(`/${name}`));
  return parse(entry![1]);
}

describe('the gold annotation of the seed articles', () => {
  it('covers every article, one file each, named after it', () => {
    expect([...golds.keys()].sort()).toEqual([...texts.keys()].sort());
    expect(golds.size).toBe(5);
    for (const [id, g] of golds) expect(g.article).toBe(id);
  });

  it('resolves every item to a verbatim span of its article', () => {
    for (const [id, g] of golds) {
      const text = texts.get(id)!;
      const spans = [...g.boilerplate, ...g.figures, ...g.dates, ...g.quotes, ...g.evidence];
      expect(spans.length).toBeGreaterThan(0);
      for (const span of spans) {
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(span.start, span.end)).toBe(span.quote);
      }
    }
  });

  it('quotes exactly the words between quotation marks', () => {
    for (const [id, g] of golds) {
      const text = texts.get(id)!;
      for (const q of g.quotes) {
        const before = text.slice(0, q.start).trimEnd().slice(-1);
        const after = text.slice(q.end).trimStart().slice(0, 1);
        expect(`${before}|${after}`, `${id}: ${q.quote}`).toMatch(/^["“‘']\|["”’‘']$/);
      }
    }
  });

  it('names only claims, events and people the catalogue has', () => {
    const claims = new Set(ClaimsFileSchema.parse(catalogueFile('claims.yaml')).map((c) => c.id));
    const events = new Set(EventsFileSchema.parse(catalogueFile('events.yaml')).map((e) => e.id));
    const people = new Set(PeopleFileSchema.parse(catalogueFile('people.yaml')).map((p) => p.id));
    for (const g of golds.values()) {
      for (const e of g.evidence) expect(claims, e.claim).toContain(e.claim);
      for (const item of [...g.figures, ...g.dates]) {
        if (item.event !== null) expect(events, item.event).toContain(item.event);
      }
      for (const q of g.quotes)
        if (q.speaker !== null) expect(people, q.speaker).toContain(q.speaker);
    }
  });

  it('records the facts the issue requires', () => {
    const figure = (id: string, quote: string) => gold(id).figures.find((f) => f.quote === quote);
    const carries = (id: string, claim: string) => gold(id).evidence.some((e) => e.claim === claim);
    // Strikes are found in the catalogue by their day, so this test names none of the story's
    // places: the story is only in the data it checks.
    const events = EventsFileSchema.parse(catalogueFile('events.yaml'));
    const strikeOn = (date: string) => {
      const strikes = events.filter((e) => e.kind === 'strike' && e.date === date);
      expect(strikes, date).toHaveLength(1);
      return strikes[0]!.id;
    };
    const octoberStrike = strikeOn('2015-10-15');
    const novemberStrike = strikeOn('2015-11-29');

    for (const id of texts.keys()) expect(carries(id, 'toll-200-civilians'), id).toBe(true);
    expect(figure('002', 'at least 46 civilians')).toMatchObject({
      low: 46,
      high: null,
      group: 'civilians',
      event: octoberStrike,
    });
    expect(figure('002', '32 children')).toMatchObject({ low: 32, high: 32 });
    expect(figure('002', '11 women')).toMatchObject({ low: 11, high: 11 });
    expect(figure('001', 'at least 32 children')).toMatchObject({ low: 32, high: null });
    expect(
      gold('001').figures.filter((f) => f.event === octoberStrike && f.group === 'civilians'),
    ).toEqual([]);
    for (const id of ['001', '003']) {
      expect(figure(id, '49 civilians')).toMatchObject({
        low: 49,
        high: 49,
        event: novemberStrike,
      });
    }
    for (const id of ['000', '001', '004']) {
      expect(figure(id, 'around a dozen fighters')).toMatchObject({
        low: 12,
        qualifier: 'around',
        vague: false,
      });
    }
    // The report's count of the strikes it analysed, whoever the article says carried them out.
    const analysed = gold('002').figures.filter((f) =>
      /^25 suspected \S+ air strikes$/.test(f.quote),
    );
    expect(analysed).toHaveLength(1);
    expect(analysed[0]).toMatchObject({ low: 25 });
    for (const id of ['000', '001', '002', '003', '004'])
      expect(carries(id, 'report-documents-six-attacks')).toBe(true);
    const warCrimes = (id: string) =>
      gold(id).evidence.filter((e) => e.claim === 'may-be-war-crimes' && e.stance !== 'disputes');
    expect(
      warCrimes('003').some((e) => !e.hedged && e.quote.includes('committed war crimes')),
    ).toBe(true);
    for (const id of ['000', '001', '002', '004']) {
      expect(
        warCrimes(id).every((e) => e.hedged),
        id,
      ).toBe(true);
    }
  });

  it('keeps vague amounts vague and never exact', () => {
    for (const g of golds.values()) {
      for (const f of g.figures.filter((f) => /^(hundreds|dozens|thousands)\b/i.test(f.quote))) {
        expect(f, f.quote).toMatchObject({ vague: true, high: null });
      }
    }
  });
});

describe('loadGold', () => {
  const text = 'At least 200 civilians died. Jana Holt said 200 civilians died. Related: more';
  const figure = (quote: string, extra = '') =>
    `article: '009'\nfigures:\n  - quote: ${quote}\n${extra}    low: 200\n    high: null\n    qualifier: null\n    vague: false\n    group: civilians\n    outcome: killed\n    role: total\n    event: null\n    attributedTo: null\n`;

  it('resolves a quote to its offsets, and the n-th occurrence when asked', () => {
    expect(loadGold(figure('At least 200 civilians'), text).figures[0]).toMatchObject({
      start: 0,
      end: 22,
      low: 200,
    });
    const second = loadGold(figure('200 civilians', '    occurrence: 2\n'), text).figures[0]!;
    expect(text.slice(second.start, second.end)).toBe('200 civilians');
    expect(second.start).toBe(text.lastIndexOf('200 civilians'));
    expect(second).not.toHaveProperty('occurrence');
  });

  it('names the item whose quote is not in the article', () => {
    expect(() => loadGold(figure('300 civilians'), text)).toThrow(
      /gold 009: figures\[0\]: "300 civilians" is not in article 009/,
    );
  });

  it('refuses an ambiguous quote without an occurrence', () => {
    expect(() => loadGold(figure('200 civilians'), text)).toThrow(/figures\[0\].*occurs 2 times/);
  });

  it('resolves a boilerplate range through its last words, and refuses items inside it', () => {
    const withBoilerplate = (quote: string) =>
      figure(quote).replace(
        "article: '009'\n",
        "article: '009'\nboilerplate:\n  - quote: 'Related:'\n    through: more\n    reason: related-links\n",
      );
    const g = loadGold(withBoilerplate('At least 200 civilians'), text);
    expect(g.boilerplate).toEqual([
      { start: 64, end: text.length, quote: 'Related: more', reason: 'related-links' },
    ]);
    expect(() =>
      loadGold(
        withBoilerplate('At least 200 civilians').replace('At least 200 civilians', 'more'),
        text,
      ),
    ).toThrow(/figures\[0\] "more" overlaps boilerplate \(related-links\)/);
  });

  it('refuses a file that breaks the gold schema or is not YAML', () => {
    expect(() =>
      loadGold(figure('At least 200 civilians').replace('high: null', 'high: 100'), text),
    ).toThrow(/high must be null or at least low/);
    expect(() => loadGold("article: '009'\nfigures: [", text)).toThrow(/not valid YAML/);
  });
});
