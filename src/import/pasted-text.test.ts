import { describe, expect, it } from 'vitest';
import { readPastedText, readPlainText, splitPastedText } from './pasted-text.ts';

describe('splitPastedText', () => {
  it('parts articles at lines of three or more "=" signs, keeping each exactly', () => {
    const text = 'First story.\n  Indented line.\n===\nSecond story.\r\n ====== \r\nThird.\n';
    expect(splitPastedText(text)).toEqual([
      'First story.\n  Indented line.',
      'Second story.',
      'Third.\n',
    ]);
  });

  it('keeps a line that is not only "=" signs, and two of them, inside the article', () => {
    const text = 'Score == 2\n==\n=== not a separator\nEnd.';
    expect(splitPastedText(text)).toEqual([text]);
  });

  it('leaves out empty parts', () => {
    expect(splitPastedText('===\n\n===\nOnly one.\n===\n')).toEqual(['Only one.']);
    expect(splitPastedText(' \n\t')).toEqual([]);
  });
});

describe('readPastedText', () => {
  it('numbers the pasted articles and proposes each one’s first line as its title', () => {
    const { drafts, problems } = readPastedText('\n  Bridge closed  \nText.\n===\nSecond.', 3);
    expect(problems).toEqual([]);
    expect(drafts.map(({ draft }) => [draft.source, draft.title, draft.text])).toEqual([
      ['pasted text 3', 'Bridge closed', '\n  Bridge closed  \nText.'],
      ['pasted text 4', 'Second.', 'Second.'],
    ]);
  });

  it('proposes no title from a first line too long to be one', () => {
    const { drafts } = readPastedText(`${'word '.repeat(60)}\nMore.`);
    expect(drafts[0]?.draft.title).toBeNull();
    expect(drafts[0]?.draft.evidence).toEqual([]);
  });

  it('says so when nothing was pasted', () => {
    expect(readPastedText('  \n').problems[0]).toMatchObject({
      level: 'error',
      source: 'pasted text',
    });
  });
});

describe('readPlainText', () => {
  it('keeps the text exactly as decoded', () => {
    const text = '\r\n  Title line\r\n\r\nBody   with  spaces.\r\n\r\n';
    expect(readPlainText('a.txt', text).drafts[0]?.draft).toMatchObject({
      text,
      title: 'Title line',
      evidence: [{ proposes: 'title', from: "the text's first line", value: '  Title line' }],
    });
  });
});
