import { existsSync } from 'node:fs';

/**
 * The Chromium the benchmark drives: $CHROMIUM_PATH, else Debian's /usr/bin/chromium; undefined
 * means Playwright's own browser (Lighthouse then needs $CHROMIUM_PATH).
 */
export function chromiumPath(): string | undefined {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find(
    (path): path is string => path !== undefined && path !== '' && existsSync(path),
  );
}

/** Flags that keep Chromium off Google's services, which a closed network refuses. */
export const QUIET_CHROMIUM_FLAGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
