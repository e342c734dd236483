import type { ArticleDraft, DraftEvidence } from '../project/article-draft.ts';

/** The fields of a draft a person checks and edits before the build. */
export type EditableField = 'outlet' | 'title' | 'published' | 'url' | 'byline';

/**
 * The draft with one field set to what the person typed (blank is "not known"). That field's
 * evidence goes: it told why the machine proposed the old value, not why the person chose this one.
 */
export function editDraft(
  drafts: readonly ArticleDraft[],
  key: string,
  field: EditableField,
  typed: string,
): ArticleDraft[] {
  const value = typed.trim() === '' ? null : typed.trim();
  return drafts.map((draft) =>
    draft.key !== key || draft[field] === value
      ? draft
      : {
          ...draft,
          [field]: value,
          evidence: draft.evidence.filter((item) => item.proposes !== field),
        },
  );
}

/** The drafts without the one keyed `key`. */
export function removeDraft(drafts: readonly ArticleDraft[], key: string): ArticleDraft[] {
  return drafts.filter((draft) => draft.key !== key);
}

/** The evidence behind a draft's field, if the machine proposed it. */
export function evidenceFor(draft: ArticleDraft, field: EditableField): DraftEvidence | undefined {
  return draft.evidence.find((item) => item.proposes === field);
}
