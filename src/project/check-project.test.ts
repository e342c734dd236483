import { describe, expect, it } from 'vitest';
import type { ArticleDraft } from './article-draft.ts';
import { checkProject } from './check-project.ts';
import { draftsToFiles } from './project-files.ts';

const DRAFT: ArticleDraft = {
  key: 'a',
  source: 'velm.html',
  text: 'The old bridge at Velm closed on Sunday after gale winds, the council said.\n',
  title: 'Velm bridge closed',
  outlet: 'Harbour Post',
  published: '2023-04-02',
  url: null,
  byline: null,
  evidence: [],
};

function projectFiles(): Record<string, string> {
  const result = draftsToFiles({ title: 'Bridge closed', drafts: [DRAFT] });
  if (!result.ok) throw new Error('expected the draft to be written');
  return { ...result.files };
}

describe('checkProject', () => {
  it('finds nothing wrong in the files the drafts make', () => {
    expect(checkProject(projectFiles())).toEqual([]);
  });

  it('names the file, line and field of broken catalogue YAML', () => {
    const files = projectFiles();
    files['people.yaml'] = '- id: council\n  name: Velm council\n  affiliation: [\n';
    files['events.yaml'] =
      '- id: closure\n  kind: closing\n  label: Bridge closed\n  date: null\n  datePrecision: day\n  place: null\n';
    const problems = checkProject(files, { root: 'bridge.zip/data' });
    expect(problems.map((p) => [p.source, p.line, p.field, p.level])).toEqual([
      ['bridge.zip/data/events.yaml', 2, 'kind', 'error'],
      ['bridge.zip/data/people.yaml', 3, null, 'error'],
    ]);
  });

  it('finds a review file that does not parse', () => {
    const files = { ...projectFiles(), 'reviews.yaml': '- kind: nonsense\n' };
    const problems = checkProject(files);
    expect(problems).not.toEqual([]);
    expect(problems.every((p) => p.source === 'data/reviews.yaml' && p.level === 'error')).toBe(
      true,
    );
  });
});
