// @vitest-environment jsdom
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BuildProgress } from '../corpus/pipeline/build-corpus.ts';
import { fixtureCorpus } from '../test-support/fixture-corpus.ts';
import { corpusJson } from '../corpus/serialize-corpus.ts';
import type { Corpus } from '../corpus/schema.ts';
import { useLocationSearch } from '../filters/use-filters.ts';
import type { ArticleDraft, ImportProblem } from '../project/article-draft.ts';
import type { BuildOutcome } from './engine/run-build.ts';
import { ProjectRoute } from './project-route.tsx';
import type { ProjectRecord, WorkbenchServices } from './workbench-services.ts';

// The browser's services (worker, IndexedDB) are never reached: each test passes its own.
vi.mock('./default-services.ts', () => ({ defaultServices: {} }));

class FakeStorageError extends Error {}
class FakeCancelled extends Error {}

function draftOf(text: string, source: string, key: string): ArticleDraft {
  return {
    key,
    source,
    text,
    title: text.split('\n')[0] ?? null,
    outlet: 'Valley Courier',
    published: '2031-05-06',
    url: null,
    byline: null,
    evidence: [{ proposes: 'outlet', from: 'og:site_name', value: 'Valley Courier' }],
  };
}

interface Fake {
  services: WorkbenchServices;
  saved: Map<string, ProjectRecord>;
  finishBuild: (outcome: BuildOutcome) => void;
  crashBuild: (error: Error) => void;
  progress: (p: BuildProgress) => void;
  failSaves: boolean;
}

function fakeServices(): Fake {
  const saved = new Map<string, ProjectRecord>();
  let keys = 0;
  let ids = 0;
  const fake: Fake = {
    saved,
    failSaves: false,
    finishBuild: () => undefined,
    crashBuild: () => undefined,
    progress: () => undefined,
    services: {
      maxFileBytes: 5 * 1024 * 1024,
      importPastedText: (text, existing) => {
        const drafts: ArticleDraft[] = [];
        const problems: ImportProblem[] = [];
        text.split(/^={3,}$/m).forEach((part, i) => {
          const body = part.trim();
          if (existing.some((d) => d.text === body)) {
            problems.push({
              source: `pasted text ${i + 1}`,
              line: null,
              field: null,
              message: 'the same article is already imported',
              level: 'error',
            });
          } else {
            drafts.push(draftOf(body, `pasted text ${i + 1}`, `k${++keys}`));
          }
        });
        return { drafts, problems };
      },
      importFiles: (files) =>
        Promise.resolve({
          drafts: [],
          problems: files.map((f) => ({
            source: f.name,
            line: null,
            field: null,
            message: 'an image, not an article',
            level: 'error' as const,
          })),
        }),
      projectFiles: (title, drafts) => ({
        ok: true,
        files: Object.fromEntries<string>([
          ['corpus.yaml', `title: ${title}\n`],
          ...drafts.map((d, i): [string, string] => [`articles/${i}.md`, d.text]),
        ]),
      }),
      zipProject: () => new Uint8Array(),
      openProjectZip: () => Promise.resolve({ ok: false, problems: [] }),
      prepareBuild: () => undefined,
      bundledProject: () => Promise.reject(new Error('no example story in this test')),
      startBuild: (_files, onProgress) => {
        fake.progress = onProgress;
        return {
          result: new Promise<BuildOutcome>((resolve, reject) => {
            fake.finishBuild = resolve;
            fake.crashBuild = reject;
          }),
          cancel: () => undefined,
        };
      },
      listProjects: () =>
        Promise.resolve(
          [...saved.values()].map((r) => ({
            id: r.id,
            name: r.name,
            updatedAt: r.updatedAt,
            articles: r.drafts.length,
            built: r.corpusText !== null,
          })),
        ),
      getProject: (id) => Promise.resolve(saved.get(id) ?? null),
      saveProject: (record) => {
        if (fake.failSaves) return Promise.reject(new FakeStorageError('The storage is full.'));
        saved.set(record.id, record);
        return Promise.resolve();
      },
      renameProject: (id, name) => {
        const record = saved.get(id);
        if (record) saved.set(id, { ...record, name });
        return Promise.resolve();
      },
      deleteProject: (id) => {
        saved.delete(id);
        return Promise.resolve();
      },
      newProjectId: () => `p-test${++ids}`,
      isStorageError: (error) => error instanceof FakeStorageError,
      isBuildCancelled: (error) => error instanceof FakeCancelled,
    },
  };
  return fake;
}

/** The route as the app shell mounts it, following the address (a workbench or a project). */
function Routed({ fake, seen }: { fake: Fake; seen: Corpus[] }) {
  const params = new URLSearchParams(useLocationSearch());
  return (
    <ProjectRoute
      projectId={params.get('project')}
      wants={params.has('workbench') ? 'workbench' : 'dashboard'}
      services={fake.services}
      renderDashboard={(corpus) => {
        seen.push(corpus);
        return <p>dashboard of {corpus.title}</p>;
      }}
    />
  );
}

const TWO_ARTICLES =
  'A bridge closed\nThe bridge closed at noon.\n===\nA road opened\nThe road opened.';

beforeEach(() => window.history.replaceState(null, '', '/?workbench'));
afterEach(() => window.history.replaceState(null, '', '/'));

async function pasteTwo(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Paste articles'), TWO_ARTICLES.replace(/\n/g, '{Enter}'));
  await user.click(screen.getByRole('button', { name: 'Add pasted articles' }));
}

describe('ProjectRoute', () => {
  it('gives a new project an id in the address, and keeps it once it has articles', async () => {
    const fake = fakeServices();
    const user = userEvent.setup();
    render(<Routed fake={fake} seen={[]} />);
    await screen.findByRole('heading', { name: 'Project: Untitled story' });
    expect(window.location.search).toBe('?workbench&project=p-test1');
    await pasteTwo(user);
    expect(screen.getAllByRole('article')).toHaveLength(2);
    await waitFor(() => expect(fake.saved.get('p-test1')?.drafts).toHaveLength(2));
  });

  it('says a cancelled build was cancelled, and keeps every article', async () => {
    const fake = fakeServices();
    const user = userEvent.setup();
    render(<Routed fake={fake} seen={[]} />);
    await screen.findByRole('heading', { name: 'Project: Untitled story' });
    await pasteTwo(user);
    await user.click(screen.getByRole('button', { name: 'Build dashboard' }));
    await user.click(screen.getByRole('button', { name: 'Cancel build' }));
    await act(async () => {
      fake.crashBuild(new FakeCancelled('cancelled'));
      await Promise.resolve();
    });
    expect(
      await screen.findByText(/^Build cancelled\. Every article is still here/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('progressbar', { name: 'Build progress' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Articles (2)' })).toBeInTheDocument();
  });

  it('builds with progress, then opens the dashboard under the project bar', async () => {
    const fake = fakeServices();
    const seen: Corpus[] = [];
    const user = userEvent.setup();
    render(<Routed fake={fake} seen={seen} />);
    await screen.findByRole('heading', { name: 'Project: Untitled story' });
    await pasteTwo(user);
    await user.click(screen.getByRole('button', { name: 'Build dashboard' }));
    act(() => fake.progress({ stage: 'articles', done: 1, total: 4, label: 'Reading articles' }));
    const bar = screen.getByRole('progressbar', { name: 'Build progress' });
    expect(bar).toHaveAttribute('aria-valuenow', '25');
    expect(screen.getByText('Reading articles: 1 of 4')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel build' })).toBeInTheDocument();

    const corpusText = corpusJson(fixtureCorpus);
    await act(async () => {
      fake.finishBuild({
        ok: true,
        corpusText,
        corpus: fixtureCorpus,
        diagnostics: 0,
      });
      await Promise.resolve();
    });
    expect(await screen.findByText(`dashboard of ${fixtureCorpus.title}`)).toBeInTheDocument();
    expect(window.location.search).toBe('?project=p-test1');
    expect(screen.getByRole('button', { name: 'Download project' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download corpus' })).toBeInTheDocument();
    // What was built, as the command line says it: the counts of the corpus on screen.
    expect(
      screen.getByText(
        `Built: ${fixtureCorpus.articles.length} articles from ${fixtureCorpus.outlets.length} outlets`,
        { exact: false },
      ),
    ).toBeInTheDocument();
    await waitFor(() => expect(fake.saved.get('p-test1')?.corpusText).toBe(corpusText));

    await user.click(screen.getByRole('button', { name: 'Back to the workbench' }));
    expect(screen.getAllByRole('article')).toHaveLength(2);
  });

  it('lists a failed build’s errors by file, line and field, and keeps every article', async () => {
    const fake = fakeServices();
    const user = userEvent.setup();
    render(<Routed fake={fake} seen={[]} />);
    await screen.findByRole('heading', { name: 'Project: Untitled story' });
    await pasteTwo(user);
    await user.click(screen.getByRole('button', { name: 'Build dashboard' }));
    await act(async () => {
      fake.finishBuild({
        ok: false,
        errors: [{ file: 'articles/002.md', line: 3, field: 'published', message: 'not a day' }],
      });
      await Promise.resolve();
    });

    const alert = screen.getByText(/The build stopped at one problem/).closest('[role="alert"]');
    expect(alert).not.toBeNull();
    expect(within(alert as HTMLElement).getByText('articles/002.md, line 3, field published'));
    expect(screen.getAllByRole('article')).toHaveLength(2);
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('says the build stopped when the worker crashes, and keeps every article', async () => {
    const fake = fakeServices();
    const user = userEvent.setup();
    render(<Routed fake={fake} seen={[]} />);
    await screen.findByRole('heading', { name: 'Project: Untitled story' });
    await pasteTwo(user);
    await user.click(screen.getByRole('button', { name: 'Build dashboard' }));
    await act(async () => {
      fake.crashBuild(new Error('The build stopped: out of memory.'));
      await Promise.resolve();
    });
    expect(await screen.findByText('The build stopped: out of memory.')).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Build dashboard' })).not.toHaveAttribute(
      'aria-disabled',
    );
  });

  it('says so when the store refuses, offers the download, and loses nothing', async () => {
    const fake = fakeServices();
    fake.failSaves = true;
    const user = userEvent.setup();
    render(<Routed fake={fake} seen={[]} />);
    await screen.findByRole('heading', { name: 'Project: Untitled story' });
    await pasteTwo(user);
    expect(await screen.findByText('The storage is full.')).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(2);
    const alert = screen.getByText('The storage is full.').closest('[role="alert"]');
    expect(within(alert as HTMLElement).getByRole('button', { name: 'Download project' }));
  });

  it('names the file of a failed import, in words, and keeps the articles already in', async () => {
    const fake = fakeServices();
    // A drop is not filtered by the chooser's accept list; nor is this upload.
    const user = userEvent.setup({ applyAccept: false });
    render(<Routed fake={fake} seen={[]} />);
    await screen.findByRole('heading', { name: 'Project: Untitled story' });
    await pasteTwo(user);
    await user.upload(
      screen.getByLabelText('Add articles'),
      new File(['\x89PNG'], 'photo.png', { type: 'image/png' }),
    );
    const problems = screen.getByRole('alert', { name: 'Problems with the last import' });
    await waitFor(() =>
      expect(problems).toHaveTextContent(
        'Error (not imported):photo.png— an image, not an article',
      ),
    );
    expect(screen.getAllByRole('article')).toHaveLength(2);
  });

  it('keeps an edited field as typed, without the evidence of the old proposal', async () => {
    const fake = fakeServices();
    const user = userEvent.setup();
    render(<Routed fake={fake} seen={[]} />);
    await screen.findByRole('heading', { name: 'Project: Untitled story' });
    await pasteTwo(user);
    const outlet = screen.getByLabelText('Outlet of article 1 (pasted text 1)');
    expect(screen.getAllByText('from og:site_name')).toHaveLength(2);
    await user.clear(outlet);
    await user.type(outlet, 'River Radio');
    await user.tab();
    await waitFor(() =>
      expect(fake.saved.get('p-test1')?.drafts[0]).toMatchObject({
        outlet: 'River Radio',
        evidence: [],
      }),
    );
    expect(screen.getAllByText('from og:site_name')).toHaveLength(1);
  });

  it('reopens a kept project from its link, renames it and deletes it after a confirmation', async () => {
    const fake = fakeServices();
    fake.saved.set('p-kept', {
      id: 'p-kept',
      name: 'Harbour fire',
      createdAt: '2031-01-01T00:00:00.000Z',
      updatedAt: '2031-01-02T00:00:00.000Z',
      drafts: [draftOf('Fire at the pier', 'pier.txt', 'k1')],
      kept: {},
      corpusText: null,
    });
    window.history.replaceState(null, '', '/?project=p-kept');
    const user = userEvent.setup();
    render(<Routed fake={fake} seen={[]} />);
    // Not built yet: the link opens its workbench.
    await screen.findByRole('heading', { name: 'Project: Harbour fire' });
    const item = await screen.findByRole('listitem', { name: 'Harbour fire' });
    await user.click(within(item).getByRole('button', { name: 'Rename Harbour fire' }));
    const field = within(item).getByLabelText('New name for Harbour fire');
    await user.clear(field);
    await user.type(field, 'Pier fire{Enter}');
    await screen.findByRole('heading', { name: 'Project: Pier fire' });
    await waitFor(() => expect(fake.saved.get('p-kept')?.name).toBe('Pier fire'));

    const renamed = await screen.findByRole('listitem', { name: 'Pier fire' });
    await user.click(within(renamed).getByRole('button', { name: 'Delete Pier fire' }));
    expect(fake.saved.has('p-kept')).toBe(true);
    await user.click(within(renamed).getByRole('button', { name: 'Delete for good Pier fire' }));
    await waitFor(() => expect(fake.saved.has('p-kept')).toBe(false));
    await screen.findByRole('heading', { name: 'Project: Untitled story' });
  });

  it('says plainly that a link to a project kept elsewhere opens nothing here', async () => {
    window.history.replaceState(null, '', '/?project=p-elsewhere');
    render(<Routed fake={fakeServices()} seen={[]} />);
    expect(await screen.findByText(/This browser keeps no project under this link/)).toBeVisible();
  });
});
