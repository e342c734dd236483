import { loadInputs } from '../corpus/pipeline/load-inputs.ts';
import type { ArticleDraft, DraftEvidence, ImportProblem } from '../project/article-draft.ts';
import { checkProject } from '../project/check-project.ts';
import { KEPT_FILES, KEPT_OUTLETS, TYPED_OUTLET_FIELD } from '../project/project-files.ts';
import { unzipProject } from '../project/project-zip.ts';
import type { OpenedProject } from './workbench-services.ts';

/**
 * A project .zip read back into drafts the workbench can edit: each article with its outlet's
 * name, title, date and URL, and its outlet's metadata as the evidence behind the outlet; the
 * catalogue files (corpus.yaml, claims, reviews…) kept as they came. A zip that is not a project,
 * or one with a broken file, comes back as problems naming the file, line and field.
 */
export function openedProject(bytes: Uint8Array, fileName: string): OpenedProject {
  const unzipped = unzipProject(bytes, fileName);
  if (!unzipped.ok) return unzipped;
  const root = `${fileName}/${unzipped.root.replace(/\/$/, '')}`.replace(/\/$/, '');
  const problems: ImportProblem[] = checkProject(unzipped.files, { root });
  if (problems.length > 0) return { ok: false, problems };
  const loaded = loadInputs(unzipped.files, { root });
  if (!loaded.ok) {
    return {
      ok: false,
      problems: loaded.errors.map((e) => ({
        source: e.file,
        line: e.line,
        field: e.field,
        message: e.message,
        level: 'error',
      })),
    };
  }
  const { inputs } = loaded;
  const outlets = new Map(inputs.outlets.map((outlet) => [outlet.id, outlet]));
  const drafts = inputs.articles.map((article): ArticleDraft => {
    const outlet = outlets.get(article.outletId);
    // An outlet nothing identified was written as a placeholder; the draft says "not known".
    const named = outlet !== undefined && outlet.identification.how !== 'unknown';
    const evidence: DraftEvidence[] = (outlet?.identification.metadata ?? [])
      // A name the person typed was recorded as such; it comes back typed, not as evidence.
      .filter((item) => item.articleId === article.id && item.field !== TYPED_OUTLET_FIELD)
      .map((item) => ({ proposes: 'outlet', from: item.field, value: item.value }));
    return {
      key: `${fileName}:${article.id}`,
      source: `${fileName}: ${article.file}`,
      text: article.text,
      title: article.title,
      outlet: named ? outlet.name : null,
      published: article.published,
      url: article.url,
      byline: article.byline,
      id: article.id,
      outletId: article.outletId,
      evidence: named ? evidence : [],
    };
  });
  const kept: Record<string, string> = {};
  for (const name of [...KEPT_FILES, KEPT_OUTLETS]) {
    const text = unzipped.files[name];
    if (text !== undefined) kept[name] = text;
  }
  return { ok: true, name: inputs.settings.title, drafts, kept };
}
