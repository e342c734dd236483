import type { BuildProgress } from '../corpus/pipeline/build-corpus.ts';
import { problemPlace } from './import-problems.tsx';

/** A problem that stopped a build, where the build said it is. */
export interface BuildProblem {
  file: string;
  line: number | null;
  field: string | null;
  message: string;
}

/** Where the build is: not started, running (with its latest progress), or stopped and why. */
export type BuildState =
  | { phase: 'idle' }
  | { phase: 'running'; progress: BuildProgress | null }
  | { phase: 'cancelled' }
  | { phase: 'failed'; message: string; problems: BuildProblem[] };

interface BuildPanelProps {
  state: BuildState;
  articleCount: number;
  onBuild: () => void;
  onCancel: () => void;
}

/** How far the running stage is, 0 to 100. */
export function progressPercent(progress: BuildProgress | null): number {
  if (progress === null || progress.total <= 0) return 0;
  return Math.round((Math.min(progress.done, progress.total) / progress.total) * 100);
}

/**
 * "Build dashboard", then the build's progress (the stage in words) with "Cancel build"; a build
 * that fails lists what stopped it, file, line and field, and the articles stay as they are.
 */
export function BuildPanel({ state, articleCount, onBuild, onCancel }: BuildPanelProps) {
  const running = state.phase === 'running';
  const progress = running ? state.progress : null;
  const percent = progressPercent(progress);
  return (
    <section
      aria-labelledby="build-heading"
      className="rounded-lg border border-slate-200 bg-white p-3"
    >
      <h2 id="build-heading" className="text-base font-semibold text-slate-950">
        Build
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        The build runs in this page, on this computer: nothing is sent anywhere.
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <button
          type="button"
          // Not disabled while it cannot run: a disabled button cannot say why.
          aria-disabled={running || articleCount === 0 || undefined}
          aria-describedby={articleCount === 0 ? 'build-needs' : undefined}
          onClick={() => {
            if (!running && articleCount > 0) onBuild();
          }}
          className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700 aria-disabled:cursor-not-allowed aria-disabled:bg-slate-500"
        >
          Build dashboard
        </button>
        {running && (
          <button
            type="button"
            onClick={onCancel}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100"
          >
            Cancel build
          </button>
        )}
        {articleCount === 0 && (
          <span id="build-needs" className="text-sm text-slate-600">
            Add at least one article first.
          </span>
        )}
      </div>
      {running && (
        <div className="mt-3">
          <p className="text-sm text-slate-800" aria-live="polite">
            {progress === null
              ? 'Starting the build…'
              : `${progress.label}: ${progress.done} of ${progress.total}`}
          </p>
          <div
            role="progressbar"
            aria-label="Build progress"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
            aria-valuetext={
              progress === null ? 'Starting' : `${progress.label}, ${percent} percent`
            }
            className="mt-1 h-2.5 w-full overflow-hidden rounded-full bg-slate-200"
          >
            <div
              className="h-full rounded-full bg-sky-700 transition-[width]"
              style={{ width: `${percent}%` }}
            />
          </div>
        </div>
      )}
      {state.phase === 'cancelled' && (
        <p role="status" className="mt-3 text-sm text-slate-800">
          Build cancelled. Every article is still here: build again when you are ready.
        </p>
      )}
      {state.phase === 'failed' && (
        <div
          role="alert"
          className="mt-3 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-950"
        >
          <p className="font-semibold">{state.message}</p>
          {state.problems.length > 0 && (
            <ul className="mt-1 list-disc space-y-1 pl-5">
              {state.problems.map((problem, index) => (
                <li key={index}>
                  <span className="font-medium">
                    {problemPlace({ ...problem, source: problem.file })}
                  </span>{' '}
                  — {problem.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
