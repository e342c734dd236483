import { describe, expect, it } from 'vitest';
import type { Decision } from './decisions.ts';
import { describeDecision } from './describe-decision.ts';

const target = {
  claim: 'bridge-closed',
  article: 'a2',
  start: 4,
  end: 30,
  quote: 'the  bridge was\nclosed',
};

describe('describeDecision', () => {
  it('names the action, the words (spaces folded) and the claim of an evidence decision', () => {
    const reject: Decision = { kind: 'evidence', action: 'reject', target };
    expect(describeDecision(reject)).toBe(
      'Rejected “the bridge was closed” (article a2) as evidence for claim bridge-closed',
    );
  });

  it('lists only the fields a correction changes, a cleared speaker as none', () => {
    const correct: Decision = {
      kind: 'evidence',
      action: 'correct',
      target,
      stance: 'disputes',
      attributedTo: null,
    };
    expect(describeDecision(correct)).toMatch(/: stance disputes, attributed to none$/u);
  });

  it('cuts long words with an ellipsis', () => {
    const quote = 'word '.repeat(30).trim();
    const confirm: Decision = {
      kind: 'figure',
      action: 'confirm',
      target: { id: 'f1', article: 'a1', start: 0, end: quote.length, quote },
    };
    const line = describeDecision(confirm);
    expect(line).toContain('…”');
    expect(line.length).toBeLessThan(quote.length);
  });

  it('says where a merged claim went', () => {
    const merge: Decision = {
      kind: 'claim',
      action: 'merge',
      claim: { id: 'p-3', evidence: [] },
      into: 'p-1',
      moved: [],
    };
    expect(describeDecision(merge)).toBe('Merged claim p-3 into claim p-1');
  });
});
