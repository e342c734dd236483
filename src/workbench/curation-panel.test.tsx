// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { buildCorpus } from '../corpus/pipeline/build-corpus.ts';
import type { Corpus } from '../corpus/schema.ts';
import type { Decision } from '../curation/decisions.ts';
import { FERRY_FILES_WITHOUT_CLAIMS } from '../curation/fixtures/ferry-story.ts';
import { CurationContext, type CurationSession } from './curation-context.ts';
import { CurationPanel } from './curation-panel.tsx';

function built(): Corpus {
  const result = buildCorpus(FERRY_FILES_WITHOUT_CLAIMS);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.corpus;
}

const CORPUS = built();

function first<T>(items: readonly T[], what: string): T {
  const item = items[0];
  if (item === undefined) throw new Error(`the fixture story has no ${what}`);
  return item;
}

function panelFor(articleId: string, claimId: string | null) {
  const decide = vi.fn<(decision: Decision) => void>();
  const session: CurationSession = {
    decisions: [],
    status: { phase: 'current' },
    decide,
    undo: () => undefined,
    remove: () => undefined,
  };
  render(
    <CurationContext.Provider value={session}>
      <CurationPanel corpus={CORPUS} articleId={articleId} claimId={claimId} />
    </CurationContext.Provider>,
  );
  return decide;
}

describe('CurationPanel', () => {
  it('corrects only the stance the curator changed', async () => {
    const evidence = first(CORPUS.evidence, 'evidence');
    const decide = panelFor(evidence.articleId, evidence.claimId);
    const user = userEvent.setup();
    const passage = screen.getByRole('listitem', { name: `Passage “${evidence.quote}”` });
    const save = within(passage).getByRole('button', { name: 'Save correction' });
    expect(save).toBeDisabled();
    const other = evidence.stance === 'disputes' ? 'asserts' : 'disputes';
    await user.selectOptions(within(passage).getByLabelText('Stance'), other);
    await user.click(save);
    expect(decide).toHaveBeenCalledTimes(1);
    const decision = decide.mock.calls[0]?.[0];
    expect(decision).toMatchObject({ kind: 'evidence', action: 'correct', stance: other });
    expect(decision).not.toHaveProperty('hedged');
    expect(decision).not.toHaveProperty('attributedTo');
  });

  it('merges the claim into the one chosen, moving its evidence', async () => {
    const evidence = first(CORPUS.evidence, 'evidence');
    const decide = panelFor(evidence.articleId, evidence.claimId);
    const user = userEvent.setup();
    const into = first(
      CORPUS.claims.filter((c) => c.id !== evidence.claimId),
      'second claim',
    );
    await user.selectOptions(screen.getByLabelText('Merge into'), into.id);
    await user.click(screen.getByRole('button', { name: 'Merge' }));
    expect(decide.mock.calls[0]?.[0]).toMatchObject({
      kind: 'claim',
      action: 'merge',
      claim: { id: evidence.claimId },
      into: into.id,
    });
  });

  it('refuses a figure range that ends below its start, and says why', async () => {
    const figure = first(CORPUS.figures, 'figure');
    const decide = panelFor(figure.articleId, null);
    const user = userEvent.setup();
    await user.click(screen.getByText(/^Figures in this article/));
    const item = screen.getByRole('listitem', { name: `Figure “${figure.quote}”` });
    const value = within(item).getByLabelText('Value');
    await user.clear(value);
    await user.type(value, '10');
    const upTo = within(item).getByLabelText('Up to');
    await user.clear(upTo);
    await user.type(upTo, '5');
    await user.click(within(item).getByRole('button', { name: 'Save correction' }));
    expect(within(item).getByRole('alert')).toHaveTextContent(
      '“Up to” must be at least the value.',
    );
    expect(decide).not.toHaveBeenCalled();
  });
});
