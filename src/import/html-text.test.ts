// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-text.ts';

const body = (html: string) => new DOMParser().parseFromString(html, 'text/html').body;

describe('htmlToText', () => {
  it('puts each block on its own paragraph and collapses white space inside it', () => {
    const html = `<h2>A  heading</h2>
      <p>First   paragraph
         goes <em>on</em> here.</p>
      <blockquote>Quoted words.</blockquote>
      <ul><li>one</li><li>two</li></ul>
      <figure><img src="x.png"><figcaption>A caption.</figcaption></figure>`;
    expect(htmlToText(body(html))).toBe(
      'A heading\n\nFirst paragraph goes on here.\n\nQuoted words.\n\none\n\ntwo\n\nA caption.',
    );
  });

  it('makes a div of inline text a paragraph, and a wrapper div none of its own', () => {
    const html = '<div><div>Loose text in a div.</div><div><p>Inside a p.</p></div></div>';
    expect(htmlToText(body(html))).toBe('Loose text in a div.\n\nInside a p.');
  });

  it('keeps the inline text on either side of a nested block as paragraphs', () => {
    expect(htmlToText(body('<div>Before <p>middle</p> after</div>'))).toBe(
      'Before\n\nmiddle\n\nafter',
    );
  });

  it('keeps a <br> as a line break and a <pre> block’s lines', () => {
    expect(htmlToText(body('<p>Line one<br>line two</p><pre>a  b\n  c\n</pre>'))).toBe(
      'Line one\nline two\n\na b\nc',
    );
  });

  it('keeps table cells of a row apart on one line', () => {
    expect(htmlToText(body('<table><tr><td>North</td><td>12</td></tr></table>'))).toBe('North 12');
  });

  it('reads no script, style, frame, form control or hidden element', () => {
    const html = `<p>Kept.</p>
      <script>window.ran = true;</script><style>p { color: red }</style>
      <noscript><p>Enable scripts</p></noscript><iframe src="https://x.example"></iframe>
      <button>Press</button><p hidden>Hidden words.</p>
      <pre><script>alert(1)</script>kept code</pre>`;
    expect(htmlToText(body(html))).toBe('Kept.\n\nkept code');
  });

  it('keeps a no-break space the author chose', () => {
    expect(htmlToText(body('<p>200&nbsp;people</p>'))).toBe('200\u00a0people');
  });

  it('returns only text, never markup', () => {
    const html =
      '<p>Tags &lt;b&gt; written as text stay text; <a href="javascript:x()">a link</a>.</p>';
    expect(htmlToText(body(html))).toBe('Tags <b> written as text stay text; a link.');
  });
});
