import { describe, expect, it } from 'vitest';
import { injectFirstView } from './inject-first-view.ts';

const PAGE =
  '<html><body><div id="root"></div><script type="module" src="/a.js"></script></body></html>';

describe('injectFirstView', () => {
  it('fills the empty root, marks it inert and names the corpus it was drawn from', () => {
    expect(injectFirstView(PAGE, '<main>matrix</main>', '2gvm-xbaeos')).toBe(
      '<html><body><div id="root" data-prerendered-corpus="2gvm-xbaeos" inert><main>matrix</main></div><script type="module" src="/a.js"></script></body></html>',
    );
  });

  it('refuses a page without exactly one empty root', () => {
    expect(() => injectFirstView('<div id="root">x</div>', '', '1-1')).toThrow(/exactly one/);
    expect(() => injectFirstView('<div id="root"></div><div id="root"></div>', '', '1-1')).toThrow(
      /exactly one/,
    );
  });

  it('refuses a fingerprint that could break out of the attribute', () => {
    expect(() => injectFirstView(PAGE, '', '1-1" onload="x')).toThrow(/not a corpus fingerprint/);
  });
});
