import type { Corpus } from '../corpus/schema.ts';

/** What is loaded: the corpus title and how many outlets, articles, claims and events it holds. */
export function DashboardHeader({ corpus }: { corpus: Corpus }) {
  const counts = [
    ['outlets', corpus.outlets.length],
    ['articles', corpus.articles.length],
    ['claims', corpus.claims.length],
    ['events', corpus.events.length],
  ] as const;
  return (
    <header className="border-b border-slate-200 bg-white px-4 py-3 sm:px-6">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4">
        <p className="text-xs font-semibold tracking-wide text-slate-600 uppercase">
          Fact-check dashboard
        </p>
        {/* A full page load: the workbench's code is fetched only when asked for. */}
        <a href="?workbench" className="text-sm text-sky-800 underline underline-offset-2">
          Your own story
        </a>
      </div>
      <h1 className="text-xl font-semibold text-slate-950 sm:text-2xl">{corpus.title}</h1>
      <dl
        className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm text-slate-700"
        aria-label="What is loaded"
      >
        {counts.map(([label, count]) => (
          <div key={label} className="flex gap-1">
            <dt className="sr-only">{label}</dt>
            <dd>
              <span className="font-semibold text-slate-950">{count}</span> {label}
            </dd>
          </div>
        ))}
      </dl>
    </header>
  );
}
