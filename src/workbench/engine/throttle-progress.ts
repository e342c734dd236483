import type { BuildProgress } from '../../corpus/pipeline/build-corpus.ts';

/** The clock and timer a throttle runs on: the page's, or a test's. */
export interface ThrottleClock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(timer: unknown): void;
}

const PAGE_CLOCK: ThrottleClock = {
  now: () => performance.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
};

/** Progress passed on at a pace a page can draw; `flush` hands on the latest one held back. */
export interface ProgressThrottle {
  push(progress: BuildProgress): void;
  /** Passes on the progress held back, if any, now. */
  flush(): void;
  /** Drops the progress held back. */
  stop(): void;
}

/**
 * Passes progress on at most once every `intervalMs`, always the latest: the first at once, the
 * rest when the interval has passed. A build reports after every article, and each report redraws
 * the page on its main thread; a person reads a progress bar a few times a second at most.
 */
export function throttleProgress(
  deliver: (progress: BuildProgress) => void,
  intervalMs: number,
  clock: ThrottleClock = PAGE_CLOCK,
): ProgressThrottle {
  let last = -Infinity;
  let pending: BuildProgress | null = null;
  let timer: unknown = null;
  const flush = () => {
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
    if (pending === null) return;
    const progress = pending;
    pending = null;
    last = clock.now();
    deliver(progress);
  };
  return {
    push(progress) {
      pending = progress;
      if (timer !== null) return;
      const wait = last + intervalMs - clock.now();
      if (wait <= 0) flush();
      else timer = clock.setTimeout(flush, wait);
    },
    flush,
    stop() {
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
      pending = null;
    },
  };
}
