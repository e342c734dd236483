// @vitest-environment jsdom
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useContext } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildCorpus } from '../corpus/pipeline/build-corpus.ts';
import type { InputFiles } from '../corpus/pipeline/load-inputs.ts';
import { corpusJson } from '../corpus/serialize-corpus.ts';
import type { Corpus } from '../corpus/schema.ts';
import { FERRY_FILES_WITHOUT_CLAIMS } from '../curation/fixtures/ferry-story.ts';
import { CurationSlot } from '../views/shared/curation-slot.ts';
import type { BuildOutcome } from './engine/run-build.ts';
import { ProjectRoute } from './project-route.tsx';
import type { ProjectRecord, WorkbenchServices } from './workbench-services.ts';

vi.mock('./default-services.ts', () => ({ defaultServices: {} }));

class FakeCancelled extends Error {}

function build(files: InputFiles): Corpus {
  const result = buildCorpus(files);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.corpus;
}

const BASE = build(FERRY_FILES_WITHOUT_CLAIMS);
const FIRST = BASE.evidence[0];

interface Fake {
  services: WorkbenchServices;
  saved: Map<string, ProjectRecord>;
  builds: { files: InputFiles; finish: (outcome: BuildOutcome) => void; cancelled: boolean }[];
}

function fakeServices(record: ProjectRecord): Fake {
  const saved = new Map([[record.id, record]]);
  const builds: Fake['builds'] = [];
  const unused = () => {
    throw new Error('not used by these tests');
  };
  const services: WorkbenchServices = {
    maxFileBytes: 1024,
    importFiles: unused,
    importPastedText: unused,
    projectFiles: () => ({ ok: true, files: FERRY_FILES_WITHOUT_CLAIMS }),
    zipProject: unused,
    openProjectZip: unused,
    prepareBuild: () => undefined,
    bundledProject: () => Promise.reject(new Error('no example story in this test')),
    startBuild: (files) => {
      let finish: (outcome: BuildOutcome) => void = () => undefined;
      let reject: (error: Error) => void = () => undefined;
      const result = new Promise<BuildOutcome>((res, rej) => {
        finish = res;
        reject = rej;
      });
      result.catch(() => undefined);
      const entry = { files, finish, cancelled: false };
      builds.push(entry);
      return {
        result,
        cancel: () => {
          entry.cancelled = true;
          reject(new FakeCancelled());
        },
      };
    },
    listProjects: () => Promise.resolve([]),
    getProject: (id) => Promise.resolve(saved.get(id) ?? null),
    saveProject: (r) => {
      saved.set(r.id, r);
      return Promise.resolve();
    },
    renameProject: () => Promise.resolve(),
    deleteProject: () => Promise.resolve(),
    newProjectId: () => 'p-new',
    isStorageError: () => false,
    isBuildCancelled: (error) => error instanceof FakeCancelled,
  };
  return { services, saved, builds };
}

/** Stands in for the dashboard: the reader's curation slot, open on the first passage. */
function Slot({ corpus, seen }: { corpus: Corpus; seen: Corpus[] }) {
  const renderCuration = useContext(CurationSlot);
  seen.push(corpus);
  if (FIRST === undefined || renderCuration === null) return <p>no curation</p>;
  const here = corpus.evidence.some((e) => e.claimId === FIRST.claimId);
  return (
    <>
      <p>{corpus.evidence.length} links</p>
      {renderCuration({
        corpus,
        articleId: FIRST.articleId,
        claimId: here ? FIRST.claimId : null,
      })}
    </>
  );
}

function recordOf(fields: Partial<ProjectRecord> = {}): ProjectRecord {
  return {
    id: 'p-1',
    name: 'Ferry',
    createdAt: '2031-01-01T00:00:00.000Z',
    updatedAt: '2031-01-01T00:00:00.000Z',
    drafts: [],
    kept: {},
    corpusText: corpusJson(BASE),
    ...fields,
  };
}

function Route({ fake, seen }: { fake: Fake; seen: Corpus[] }) {
  return (
    <ProjectRoute
      projectId="p-1"
      wants="dashboard"
      services={fake.services}
      renderDashboard={(corpus) => <Slot corpus={corpus} seen={seen} />}
    />
  );
}

beforeEach(() => window.history.replaceState(null, '', '/?project=p-1'));
afterEach(() => window.history.replaceState(null, '', '/'));

describe('curating in a project’s dashboard', () => {
  it('rebuilds with a decision, shows the new corpus, keeps it, and undoes it', async () => {
    if (FIRST === undefined) throw new Error('the fixture story has no evidence');
    const fake = fakeServices(recordOf());
    const seen: Corpus[] = [];
    const user = userEvent.setup();
    render(<Route fake={fake} seen={seen} />);
    const curate = await screen.findByRole('region', { name: 'Curate' });
    expect(screen.getByText(`${BASE.evidence.length} links`)).toBeInTheDocument();
    expect(fake.builds).toHaveLength(0);

    const passage = within(curate).getByRole('listitem', { name: `Passage “${FIRST.quote}”` });
    await user.click(within(passage).getByRole('button', { name: 'Reject' }));
    expect(within(curate).getByRole('status')).toHaveTextContent(
      'Updating the corpus with your decisions…',
    );
    expect(fake.builds).toHaveLength(1);
    const files = fake.builds[0]?.files ?? {};
    expect(files['reviews.yaml']).toContain('action: reject');
    await waitFor(() => expect(fake.saved.get('p-1')?.decisions).toHaveLength(1));

    const built = build(files);
    const curated = corpusJson(built);
    await act(async () => {
      fake.builds[0]?.finish({
        ok: true,
        corpusText: curated,
        corpus: built,
        diagnostics: 0,
      });
      await Promise.resolve();
    });
    expect(await screen.findByText(`${BASE.evidence.length - 1} links`)).toBeInTheDocument();
    expect(screen.queryByText('Updating the corpus with your decisions…')).toBeNull();
    await waitFor(() => expect(fake.saved.get('p-1')?.curated?.corpusText).toBe(curated));
    expect(screen.getByRole('region', { name: /^Your decisions/ })).toHaveTextContent(
      'Your decisions (1)',
    );

    // Undo needs no build: the corpus without decisions is the one built from the drafts.
    await user.click(screen.getByRole('button', { name: 'Undo the last decision' }));
    expect(await screen.findByText(`${BASE.evidence.length} links`)).toBeInTheDocument();
    expect(fake.builds).toHaveLength(1);
    await waitFor(() => expect(fake.saved.get('p-1')?.decisions).toEqual([]));
    // With nothing left to undo, the control is gone rather than a button that does nothing.
    expect(screen.queryByRole('button', { name: 'Undo the last decision' })).toBeNull();
  });

  it('builds the decisions a reload finds without their corpus, and says when that fails', async () => {
    if (FIRST === undefined) throw new Error('the fixture story has no evidence');
    const reject = {
      kind: 'evidence' as const,
      action: 'reject' as const,
      target: {
        claim: FIRST.claimId,
        article: FIRST.articleId,
        start: FIRST.start,
        end: FIRST.end,
        quote: FIRST.quote,
      },
    };
    const fake = fakeServices(recordOf({ decisions: [reject], curated: null }));
    render(<Route fake={fake} seen={[]} />);
    await screen.findByRole('region', { name: 'Curate' });
    await waitFor(() => expect(fake.builds).toHaveLength(1));
    await act(async () => {
      fake.builds[0]?.finish({
        ok: false,
        errors: [{ file: 'reviews.yaml', line: 3, field: 'quote', message: 'words not found' }],
      });
      await Promise.resolve();
    });
    const alerts = await screen.findAllByRole('alert');
    expect(alerts[0]).toHaveTextContent('reviews.yaml:3: words not found');
  });
});
