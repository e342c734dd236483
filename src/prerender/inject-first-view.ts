/** The attribute that tells the app which corpus text the page's first view was drawn from. */
export const PRERENDERED_CORPUS_ATTRIBUTE = 'data-prerendered-corpus';

/** The dashboard's first view as HTML with the fingerprint of its corpus, or why it was not drawn. */
export type FirstView =
  { ok: true; html: string; fingerprint: string } | { ok: false; reason: string };

const EMPTY_ROOT = '<div id="root"></div>';

/**
 * Puts a prerendered first view into the built page's empty `#root`. The root is `inert` until the
 * app takes it over: a click on a control that does nothing yet would be lost.
 */
export function injectFirstView(indexHtml: string, html: string, fingerprint: string): string {
  const at = indexHtml.indexOf(EMPTY_ROOT);
  if (at === -1 || indexHtml.indexOf(EMPTY_ROOT, at + 1) !== -1) {
    throw new Error(`index.html must contain exactly one empty ${EMPTY_ROOT}`);
  }
  if (!/^[0-9a-z]+-[0-9a-z]+$/.test(fingerprint)) {
    throw new Error(`not a corpus fingerprint: ${JSON.stringify(fingerprint)}`);
  }
  const root = `<div id="root" ${PRERENDERED_CORPUS_ATTRIBUTE}="${fingerprint}" inert>${html}</div>`;
  return indexHtml.slice(0, at) + root + indexHtml.slice(at + EMPTY_ROOT.length);
}
