import { useState } from 'react';

interface ProjectBarProps {
  name: string;
  /** Hands the .zip over; returns what went wrong, or null. */
  onDownloadProject: () => string | null;
  onDownloadCorpus: () => string | null;
  onBackToWorkbench: () => void;
  /** The store could not keep the project: said here too, since this page is what is on screen. */
  storageProblem: string | null;
  /** What the corpus on screen holds, as the command line says it after a build. */
  summary: readonly string[];
}

const BUTTON =
  'rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100';

/**
 * Above a kept project's dashboard: which project it is, that it lives in this browser alone (its
 * link opens nothing elsewhere), and the ways to take it away or back to the workbench.
 */
export function ProjectBar({
  name,
  onDownloadProject,
  onDownloadCorpus,
  onBackToWorkbench,
  storageProblem,
  summary,
}: ProjectBarProps) {
  // The command line's lines, without their column padding and their "corpus:" lead.
  const [head = '', ...rest] = summary.map((line) =>
    line
      .trim()
      .replace(/^corpus:\s*/u, '')
      .replace(/\s{2,}/gu, ' '),
  );
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const run = (download: () => string | null, done: string) => {
    const problem = download();
    setStatus(problem === null ? { text: done, error: false } : { text: problem, error: true });
  };
  return (
    <section
      aria-label="Your project"
      className="border-b border-sky-200 bg-sky-50 px-4 py-2 text-sm text-sky-950 sm:px-6"
    >
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <p className="min-w-0 flex-1 basis-72">
          <span className="font-semibold">Your project: {name}.</span> Kept in this browser only: to
          share it, download the project — its link opens nothing on another computer.
        </p>
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            className={BUTTON}
            onClick={() => run(onDownloadProject, 'Saved the project as a .zip.')}
          >
            Download project
          </button>
          <button
            type="button"
            className={BUTTON}
            onClick={() => run(onDownloadCorpus, 'Saved corpus.json.')}
          >
            Download corpus
          </button>
          <button type="button" className={BUTTON} onClick={onBackToWorkbench}>
            Back to the workbench
          </button>
        </div>
      </div>
      {head !== '' && (
        <details className="mt-1">
          <summary className="cursor-pointer">Built: {head}</summary>
          <ul className="mt-1 list-disc pl-5">
            {rest.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
      )}
      <p role="status" className={`text-xs ${status?.error ? 'text-red-800' : 'text-sky-900'}`}>
        {status?.text}
      </p>
      {storageProblem !== null && (
        <p role="alert" className="mt-1 text-sm font-medium text-red-800">
          {storageProblem}
        </p>
      )}
    </section>
  );
}
