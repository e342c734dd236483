import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../corpus/pipeline/build-corpus.ts';
import type { InputFiles } from '../corpus/pipeline/load-inputs.ts';
import { corpusJson } from '../corpus/serialize-corpus.ts';
import type { Corpus } from '../corpus/schema.ts';
import { applyDecisions } from '../curation/apply-decisions.ts';
import { evidenceRef, type Decision } from '../curation/decisions.ts';
import { FERRY_FILES_WITHOUT_CLAIMS } from '../curation/fixtures/ferry-story.ts';
import { curatedProjectFiles, decisionsKey, shownCorpusText } from './curated-project.ts';
import type { ProjectRecord } from './workbench-services.ts';

function build(files: InputFiles): Corpus {
  const result = buildCorpus(files);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.corpus;
}

const BASE = build(FERRY_FILES_WITHOUT_CLAIMS);
const BASE_TEXT = corpusJson(BASE);
const services = { projectFiles: () => ({ ok: true as const, files: FERRY_FILES_WITHOUT_CLAIMS }) };

function firstEvidence() {
  const evidence = BASE.evidence[0];
  if (evidence === undefined) throw new Error('the fixture story has no evidence');
  return evidence;
}

const reject: Decision = {
  kind: 'evidence',
  action: 'reject',
  target: evidenceRef(firstEvidence()),
};

function recordWith(fields: Partial<ProjectRecord>): ProjectRecord {
  return {
    id: 'p-1',
    name: 'A story',
    createdAt: '2031-01-01T00:00:00.000Z',
    updatedAt: '2031-01-01T00:00:00.000Z',
    drafts: [],
    kept: {},
    corpusText: BASE_TEXT,
    ...fields,
  };
}

describe('shownCorpusText', () => {
  it('is the built corpus for a record saved before decisions existed', () => {
    expect(shownCorpusText(recordWith({}))).toBe(BASE_TEXT);
  });

  it('is the curated build only while it was built with the decisions there are', () => {
    const curated = { corpusText: '{"curated":true}', decisions: decisionsKey([reject]) };
    expect(shownCorpusText(recordWith({ decisions: [reject], curated }))).toBe(curated.corpusText);
    expect(shownCorpusText(recordWith({ decisions: [reject, reject], curated }))).toBeNull();
    expect(shownCorpusText(recordWith({ decisions: [reject], curated: null }))).toBeNull();
    // Every decision undone: the corpus built without them, whatever was curated before.
    expect(shownCorpusText(recordWith({ decisions: [], curated }))).toBe(BASE_TEXT);
  });
});

describe('curatedProjectFiles', () => {
  it('gives the drafts’ files as they are when there are no decisions', () => {
    const files = curatedProjectFiles(services, recordWith({ decisions: [] }));
    expect(files).toEqual({ ok: true, files: FERRY_FILES_WITHOUT_CLAIMS, moved: new Map() });
  });

  it('writes the decisions in, resolved against the corpus built without them', () => {
    const files = curatedProjectFiles(services, recordWith({ decisions: [reject] }));
    if (!files.ok) throw new Error('expected files');
    expect(files.files).toEqual(applyDecisions(FERRY_FILES_WITHOUT_CLAIMS, [reject], BASE));
    expect(files.files['reviews.yaml']).toContain(firstEvidence().quote.slice(0, 20));
    const rebuilt = build(files.files);
    expect(
      rebuilt.evidence.some(
        (e) => e.quote === firstEvidence().quote && e.claimId === firstEvidence().claimId,
      ),
    ).toBe(false);
  });

  it('says to build again when the corpus the decisions were made on is missing or unreadable', () => {
    for (const corpusText of [null, '{ not json']) {
      const files = curatedProjectFiles(services, recordWith({ decisions: [reject], corpusText }));
      expect(files.ok).toBe(false);
      if (!files.ok) expect(files.problems[0]?.message).toMatch(/build it again/u);
    }
  });
});
