import { proxy, wrap, type Endpoint, type Remote } from 'comlink';
import type { BuildProgress } from '../../corpus/pipeline/build-corpus.ts';
import type { InputFiles } from '../../corpus/pipeline/load-inputs.ts';
import type { BuildOutcome, BuildWorkerApi } from './run-build.ts';
import { throttleProgress } from './throttle-progress.ts';

/** The parts of a `Worker` the client uses, so a test can stand in for one. */
export interface BuildWorker extends Endpoint {
  terminate(): void;
}

const NOTHING_LOST = 'Nothing you imported was lost: your articles are still in the page.';

/** The person cancelled the build (or started another): nothing was built, nothing was lost. */
export class BuildCancelled extends Error {
  constructor() {
    super(`The build was cancelled. ${NOTHING_LOST}`);
    this.name = 'BuildCancelled';
  }
}

/** The build stopped before it finished: the worker failed, or the pipeline threw. */
export class BuildCrashed extends Error {
  /** What went wrong, when the browser or the build said; null when it did not. */
  readonly reason: string | null;
  constructor(reason: string | null) {
    const why = reason === null ? ' before it finished, without saying why' : `: ${reason}`;
    super(`The build stopped${why}. ${NOTHING_LOST} You can build again.`);
    this.name = 'BuildCrashed';
    this.reason = reason;
  }
}

/** A build under way: its outcome, and a way to stop it. */
export interface RunningBuild {
  /** Resolves with the outcome; rejects with `BuildCancelled` or `BuildCrashed`. */
  result: Promise<BuildOutcome>;
  /** Stops the build (the worker is ended; the next build starts a new one). Idempotent. */
  cancel: () => void;
}

/** Starts builds in workers made by `createWorker`, one at a time. */
export interface BuildClient {
  startBuild(files: InputFiles, onProgress: (progress: BuildProgress) => void): RunningBuild;
  /** Starts a worker now, if none is ready, so the next build does not wait for it to load. */
  prepare(): void;
}

function errorEventReason(event: Event): string | null {
  const message = (event as Partial<ErrorEvent>).message;
  return typeof message === 'string' && message.trim() !== '' ? message : null;
}

function thrownReason(error: unknown): string | null {
  if (error instanceof Error) return error.message.trim() === '' ? error.name : error.message;
  return typeof error === 'string' && error.trim() !== '' ? error : null;
}

/**
 * How often progress reaches the page at most. Each report redraws it on the main thread; with 50
 * pasted articles a report after every article made long tasks there while the worker built.
 */
const PROGRESS_INTERVAL_MS = 200;

/**
 * A build client over workers from `createWorker`. A finished build keeps its worker for the next
 * one; a cancelled or crashed build ends it, since its state is unknown. Starting a build while
 * another runs cancels the running one: only one build runs at a time. Progress is passed on at
 * most once every `progressIntervalMs`, always the latest.
 */
export function createBuildClient(
  createWorker: () => BuildWorker,
  { progressIntervalMs = PROGRESS_INTERVAL_MS }: { progressIntervalMs?: number } = {},
): BuildClient {
  let worker: { endpoint: BuildWorker; api: Remote<BuildWorkerApi> } | null = null;
  let running: RunningBuild | null = null;

  const discard = (endpoint: BuildWorker) => {
    endpoint.terminate();
    if (worker?.endpoint === endpoint) worker = null;
  };
  const ready = () => {
    if (worker === null) {
      const endpoint = createWorker();
      worker = { endpoint, api: wrap<BuildWorkerApi>(endpoint) };
    }
    return worker;
  };

  return {
    prepare: () => void ready(),
    startBuild(files, onProgress) {
      running?.cancel();
      let started: ReturnType<typeof ready>;
      try {
        started = ready();
      } catch (error) {
        // The browser refused to start the worker (no workers, or a policy against its script).
        const refused = Promise.reject(new BuildCrashed(thrownReason(error)));
        refused.catch(() => undefined);
        return { result: refused, cancel: () => undefined };
      }
      const { endpoint, api } = started;
      let settled = false;
      let stop: (error: Error) => void = () => undefined;
      const throttle = throttleProgress(onProgress, progressIntervalMs);

      const result = new Promise<BuildOutcome>((resolve, reject) => {
        const onError = (event: Event) => stop(new BuildCrashed(errorEventReason(event)));
        const onMessageError = () =>
          stop(new BuildCrashed('a message from the build could not be read'));
        const finish = (settle: () => void) => {
          if (settled) return;
          settled = true;
          endpoint.removeEventListener('error', onError);
          endpoint.removeEventListener('messageerror', onMessageError);
          if (running === build) running = null;
          settle();
        };
        stop = (error) =>
          finish(() => {
            throttle.stop();
            discard(endpoint);
            reject(error);
          });
        endpoint.addEventListener('error', onError);
        endpoint.addEventListener('messageerror', onMessageError);
        // Progress that was already on its way when the build ended is dropped.
        const progress = proxy((p: BuildProgress) => {
          if (!settled) throttle.push(p);
        });
        api.build(files, progress).then(
          (outcome) =>
            finish(() => {
              throttle.flush();
              resolve(outcome);
            }),
          (error: unknown) => stop(new BuildCrashed(thrownReason(error))),
        );
      });
      // A cancelled build is expected to reject; a caller who cancels and stops listening should
      // not see it reported as an unhandled rejection. Awaiting `result` still sees it.
      result.catch(() => undefined);
      const build: RunningBuild = { result, cancel: () => stop(new BuildCancelled()) };
      running = build;
      return build;
    },
  };
}

const client = createBuildClient(
  () => new Worker(new URL('./build-worker.ts', import.meta.url), { type: 'module' }),
);

/**
 * Loads the build worker ahead of the first build (its module is about half a megabyte to fetch
 * and compile), e.g. when the workbench opens. Harmless to call again.
 */
export function prepareBuild(): void {
  client.prepare();
}

/**
 * Builds a data folder's files into a corpus in a Web Worker, so the page stays responsive, and
 * reports its progress. Starting a build cancels one still running.
 */
export function startBuild(
  files: InputFiles,
  onProgress: (progress: BuildProgress) => void,
): RunningBuild {
  return client.startBuild(files, onProgress);
}
