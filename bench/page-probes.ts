// Code that runs inside the page under test. Each function is serialised by Playwright and must not
// use anything from this module's scope.

/** When an element first appeared, and the first frame painted after it. */
export interface Mark {
  found: number;
  painted: number;
}

/** One interaction as the page saw it: all times are performance.now() in the page. */
export interface InteractionState {
  /** The click or key press that started it (its event time); null until it happens. */
  start: number | null;
  /** DOM mutations after the start. */
  mutations: number;
  lastMutation: number | null;
  /** The frame painted after the last mutation (double requestAnimationFrame). */
  painted: number | null;
  now: number;
}

declare global {
  interface Window {
    __benchReady?: Record<string, Mark>;
    __benchInteraction?: {
      arm: () => void;
      read: () => InteractionState | null;
    };
  }
}

/**
 * tsx compiles with esbuild's keepNames, which wraps named inner functions in `__name(...)`; the
 * page lacks that helper, so every serialised function would throw. A no-op stands in for it.
 * https://github.com/privatenumber/tsx/issues/113
 */
export const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((fn) => fn);';

/**
 * Records, for each selector, when a matching element first appears and when the frame after it
 * is painted (double requestAnimationFrame): time from navigation to what a user sees.
 */
export function installReadyProbe(selectors: Record<string, string>): void {
  const marks: Record<string, Mark> = {};
  window.__benchReady = marks;
  const seen = new Set<string>();
  const check = () => {
    for (const [name, selector] of Object.entries(selectors)) {
      if (seen.has(name) || document.querySelector(selector) === null) continue;
      seen.add(name);
      const found = performance.now();
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          marks[name] = { found, painted: performance.now() };
        }),
      );
    }
  };
  // Attributes too: a prerendered page becomes live when its root loses `inert`.
  new MutationObserver(check).observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['inert'],
  });
}

/**
 * Times interactions: after `arm()`, the next click or key press starts the clock; every DOM
 * mutation after it schedules a double requestAnimationFrame, and the one after the last mutation
 * marks when the change was painted.
 */
export function installInteractionProbe(): void {
  let state: Omit<InteractionState, 'now'> | null = null;
  const observer = new MutationObserver(() => {
    const current = state;
    if (current === null || current.start === null) return;
    current.mutations += 1;
    current.lastMutation = performance.now();
    const batch = current.mutations;
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        if (current.mutations === batch) current.painted = performance.now();
      }),
    );
  });
  const onInput = (event: Event) => {
    if (state !== null && state.start === null) state.start = event.timeStamp;
  };
  window.addEventListener('click', onInput, { capture: true });
  window.addEventListener('keydown', onInput, { capture: true });
  window.__benchInteraction = {
    arm: () => {
      state = { start: null, mutations: 0, lastMutation: null, painted: null };
      observer.disconnect();
      observer.observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
    },
    read: () => (state === null ? null : { ...state, now: performance.now() }),
  };
}
