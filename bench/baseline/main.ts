// The benchmark's baseline: the least a page can do to show the corpus as a claims × articles
// table (no framework, no schema check), built by the same Vite setup as the app. The app's ready
// time is reported as a ratio to this page's.
import type { Corpus } from '../../src/corpus/schema.ts';

type Slice = Pick<Corpus, 'title' | 'outlets' | 'articles' | 'claims' | 'evidence'>;

function cell(tag: 'td' | 'th', text: string): HTMLElement {
  const element = document.createElement(tag);
  element.textContent = text;
  return element;
}

function render(corpus: Slice, root: HTMLElement): void {
  const outletNames = new Map(corpus.outlets.map((outlet) => [outlet.id, outlet.name]));
  const stances = new Map<string, string>();
  for (const evidence of corpus.evidence) {
    const key = `${evidence.claimId}\u0000${evidence.articleId}`;
    if (!stances.has(key)) stances.set(key, evidence.stance);
  }

  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  head.append(cell('th', 'Claim'));
  for (const article of corpus.articles) {
    head.append(
      cell('th', `${outletNames.get(article.outletId) ?? article.outletId} (${article.id})`),
    );
  }
  const body = table.createTBody();
  for (const claim of corpus.claims) {
    const row = body.insertRow();
    row.append(cell('th', claim.statement));
    for (const article of corpus.articles) {
      row.append(cell('td', stances.get(`${claim.id}\u0000${article.id}`) ?? 'not reported'));
    }
  }
  const heading = document.createElement('h1');
  heading.textContent = corpus.title;
  root.replaceChildren(heading, table);
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
fetch('corpus.json')
  .then((response) => {
    if (!response.ok) throw new Error(`corpus.json: HTTP ${response.status}`);
    return response.json() as Promise<Slice>;
  })
  .then((corpus) => render(corpus, root))
  .catch((error: unknown) => {
    root.textContent = `The corpus could not be shown: ${String(error)}`;
  });
