import { editYamlList, setYamlFields } from './yaml-edit.ts';

const LIST = `# A header comment.

- id: one
  statement: >-
    Words folded
    over two lines.

# Before two.
- id: two
  statement: Short words.
`;

describe('editYamlList', () => {
  test('removes an entry with its lines; the rest keeps its bytes and comments', () => {
    expect(editYamlList(LIST, { remove: new Set([0]) })).toBe(
      `# A header comment.\n\n# Before two.\n- id: two\n  statement: Short words.\n`,
    );
  });

  test('replaces a folded value in place, and appends entries after a blank line', () => {
    const out = editYamlList(LIST, {
      set: [{ index: 0, field: 'statement', value: "It's new: words" }],
      append: [{ value: { id: '003' }, comment: 'Why.' }],
    });
    expect(out).toBe(
      `# A header comment.\n\n- id: one\n  statement: "It's new: words"\n\n# Before two.\n- id: two\n  statement: Short words.\n\n# Why.\n- id: '003'\n`,
    );
  });

  test('a missing or flow-style file gets the entries in block style', () => {
    expect(editYamlList(undefined, { append: [{ value: { id: 'a' } }] })).toBe('- id: a\n');
    expect(editYamlList('[]\n', { append: [{ value: { id: 'a' } }] })).toBe('- id: a\n');
  });
});

describe('setYamlFields', () => {
  test('replaces a field in place and adds a missing one at the end', () => {
    const text = `# Settings.\ntitle: T\ndroppedProposals:\n  - a\nreferenceDate: 2020-01-01\n`;
    expect(
      setYamlFields(text, [
        { key: 'droppedProposals', value: ['a', 'b'] },
        { key: 'proposeClaims', value: true, comment: 'Why.' },
      ]),
    ).toBe(
      `# Settings.\ntitle: T\ndroppedProposals:\n  - a\n  - b\nreferenceDate: 2020-01-01\n# Why.\nproposeClaims: true\n`,
    );
  });
});
