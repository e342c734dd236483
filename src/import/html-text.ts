/**
 * Elements that start a paragraph of their own. A `div` is one only when it holds no other block:
 * walking the tree, a block's inline text is flushed as a paragraph when a nested block begins,
 * so a wrapper `div` adds no paragraph of its own.
 */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);

/** Elements whose content is code, a frame, a control or a picture: never an article's words. */
const SKIPPED = new Set([
  'audio',
  'button',
  'canvas',
  'embed',
  'head',
  'iframe',
  'input',
  'map',
  'math',
  'noscript',
  'object',
  'script',
  'select',
  'style',
  'svg',
  'template',
  'textarea',
  'video',
]);

/** The white space HTML collapses (not the no-break space, which the author chose). */
const HTML_SPACE = /[ \t\n\f\r]+/gu;

/**
 * The text of an element as plain paragraphs: each block on its own paragraph, separated by a
 * blank line, white space inside a paragraph collapsed, a `<br>` kept as a line break. Only text
 * nodes are read, so no markup, script or attribute can reach the result.
 */
export function htmlToText(root: Element): string {
  const paragraphs: string[] = [];
  // The current paragraph's lines; a <br> starts a new one.
  let lines: string[] = [''];

  const flush = () => {
    const paragraph = lines
      .map((line) => line.replace(HTML_SPACE, ' ').trim())
      .filter((line) => line !== '')
      .join('\n');
    if (paragraph !== '') paragraphs.push(paragraph);
    lines = [''];
  };
  const append = (text: string) => {
    lines[lines.length - 1] += text;
  };

  // Inside <pre> the text's own line breaks are kept as lines.
  const walk = (node: Node, preformatted: boolean) => {
    if (node.nodeType === node.TEXT_NODE) {
      const text = node.nodeValue ?? '';
      if (!preformatted) {
        append(text);
        return;
      }
      text.split(/\r\n|\r|\n/u).forEach((line, i) => {
        if (i > 0) lines.push('');
        append(line);
      });
      return;
    }
    if (node.nodeType !== node.ELEMENT_NODE) return;
    const element = node as Element;
    const name = element.localName;
    if (SKIPPED.has(name) || element.hasAttribute('hidden')) return;
    if (name === 'br') {
      lines.push('');
      return;
    }
    const block = BLOCKS.has(name);
    if (block) flush();
    // Table cells side by side stay on one line, apart.
    const cell = name === 'td' || name === 'th';
    if (cell) append(' ');
    element.childNodes.forEach((child) => walk(child, preformatted || name === 'pre'));
    if (cell) append(' ');
    if (block) flush();
  };

  walk(root, false);
  flush();
  return paragraphs.join('\n\n');
}
