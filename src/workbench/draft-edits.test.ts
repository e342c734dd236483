import { describe, expect, it } from 'vitest';
import type { ArticleDraft } from '../project/article-draft.ts';
import { editDraft, evidenceFor, removeDraft } from './draft-edits.ts';

const draft = (key: string, extra: Partial<ArticleDraft> = {}): ArticleDraft => ({
  key,
  source: `${key}.html`,
  text: 'The ferry left the harbour an hour late on Tuesday.',
  title: 'Ferry late',
  outlet: 'Harbour Gazette',
  published: '2031-04-02',
  url: null,
  byline: null,
  evidence: [
    { proposes: 'outlet', from: 'og:site_name', value: 'Harbour Gazette' },
    { proposes: 'title', from: 'og:title', value: 'Ferry late' },
  ],
  ...extra,
});

describe('editDraft', () => {
  it('sets the typed value on that draft alone and drops only that field’s evidence', () => {
    const drafts = [draft('a'), draft('b')];
    const edited = editDraft(drafts, 'a', 'outlet', '  Coast Radio ');
    expect(edited[0]?.outlet).toBe('Coast Radio');
    expect(edited[0]?.evidence.map((item) => item.proposes)).toEqual(['title']);
    expect(edited[1]).toBe(drafts[1]);
    expect(edited[0]?.text).toBe(drafts[0]?.text);
  });

  it('reads a blank field as not known', () => {
    const [edited] = editDraft([draft('a')], 'a', 'published', '   ');
    expect(edited?.published).toBeNull();
  });

  it('keeps the evidence when the value typed is the proposed one', () => {
    const drafts = [draft('a')];
    expect(editDraft(drafts, 'a', 'title', 'Ferry late')[0]).toBe(drafts[0]);
  });
});

describe('removeDraft, evidenceFor', () => {
  it('removes one draft by key', () => {
    expect(removeDraft([draft('a'), draft('b')], 'a').map((d) => d.key)).toEqual(['b']);
  });

  it('finds the evidence of a proposed field, none for a typed one', () => {
    expect(evidenceFor(draft('a'), 'outlet')?.from).toBe('og:site_name');
    expect(evidenceFor(draft('a'), 'url')).toBeUndefined();
  });
});
