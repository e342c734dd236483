import { useCallback, useEffect, useRef, useState } from 'react';
import type { Corpus } from '../corpus/schema.ts';
import type { ImportProblem } from '../project/article-draft.ts';
import { BuildPanel, type BuildState } from './build-panel.tsx';
import { editDraft, removeDraft, type EditableField } from './draft-edits.ts';
import { DraftList } from './draft-list.tsx';
import { ImportPanel } from './import-panel.tsx';
import { ImportProblems } from './import-problems.tsx';
import { ProjectList } from './project-list.tsx';
import { TypefaceWarmup } from './typeface-warmup.tsx';
import type {
  ImportResult,
  ProjectRecord,
  ProjectSummary,
  WorkbenchServices,
} from './workbench-services.ts';

/** The current project as the workbench changes it: read fresh, changed through one door. */
export interface ProjectSession {
  record: ProjectRecord;
  /** The latest record, changes not yet rendered included. */
  latest: () => ProjectRecord;
  /** Applies a change to the latest record (not the one last rendered), keeps it and saves it. */
  update: (change: (current: ProjectRecord) => ProjectRecord) => ProjectRecord;
  /** A project opened from a .zip becomes the current one. */
  adopt: (record: ProjectRecord) => void;
  /**
   * The built corpus is kept with the project and its dashboard opens. `corpus` is that text
   * already read and checked (in the build's worker).
   */
  onBuilt: (corpusText: string, corpus: Corpus) => void;
  openProject: (id: string) => void;
  openDashboard: () => void;
  /** After a project is deleted or renamed elsewhere in the list. */
  onProjectGone: (id: string) => void;
  /** Why the store could not keep the project, said for a person; null when it did. */
  storageProblem: string | null;
  /** Bumped after each save, so the list of kept projects is read again. */
  savedVersion: number;
  downloadProject: () => string | null;
}

interface WorkbenchProps {
  services: WorkbenchServices;
  session: ProjectSession;
  /** Said above everything: a link to a project this browser does not keep. */
  notice: string | null;
}

/**
 * The workbench: bring articles in (files, a drop, pasted text, a project .zip), check each one's
 * outlet, title, date and URL, build the dashboard in the page, and manage the kept projects.
 * Everything changed is saved to the browser's store at once; nothing is lost when it cannot be.
 */
export function Workbench({ services, session, notice }: WorkbenchProps) {
  const { record, update } = session;
  const [problems, setProblems] = useState<ImportProblem[]>([]);
  const [importing, setImporting] = useState(false);
  const [build, setBuild] = useState<BuildState>({ phase: 'idle' });
  const cancelBuild = useRef<(() => void) | null>(null);
  const projects = useKeptProjects(services, session.savedVersion);

  // A build still running when the page is left is stopped: its result has nowhere to go.
  useEffect(() => () => cancelBuild.current?.(), []);
  // Making the worker takes the page's thread a moment: done when the workbench opens, not in the
  // click on Build.
  useEffect(() => services.prepareBuild(), [services]);

  const addImported = (result: ImportResult) => {
    setProblems(result.problems);
    if (result.drafts.length === 0) return;
    update((current) => ({
      ...current,
      drafts: [...current.drafts, ...result.drafts],
      corpusText: null,
    }));
  };

  const importFiles = async (files: File[]) => {
    setImporting(true);
    try {
      addImported(await services.importFiles(files, session.latest().drafts));
    } catch (error) {
      setProblems(files.map((file) => unexpected(file.name, error)));
    } finally {
      setImporting(false);
    }
  };

  const importPasted = (text: string) => {
    try {
      addImported(services.importPastedText(text, session.latest().drafts));
    } catch (error) {
      setProblems([unexpected('pasted text', error)]);
    }
  };

  const copyBundled = async () => {
    try {
      await openZip(await services.bundledProject());
    } catch (error) {
      setProblems([unexpected('the example story', error)]);
    }
  };

  const openZip = async (file: File) => {
    setImporting(true);
    try {
      const opened = await services.openProjectZip(file);
      if (!opened.ok) {
        setProblems(opened.problems);
        return;
      }
      setProblems([]);
      const now = new Date().toISOString();
      session.adopt({
        id: services.newProjectId(),
        name: opened.name,
        createdAt: now,
        updatedAt: now,
        drafts: opened.drafts,
        kept: opened.kept,
        corpusText: null,
      });
    } catch (error) {
      setProblems([unexpected(file.name, error)]);
    } finally {
      setImporting(false);
    }
  };

  // The same two functions on every render, so the article list (50 cards and their fields) is
  // not drawn again when only the build's progress changes: `update` always edits the project as
  // it is now, whichever render it came from.
  const updateNow = useRef(update);
  useEffect(() => {
    updateNow.current = update;
  });
  const edit = useCallback(
    (key: string, field: EditableField, value: string) =>
      updateNow.current((current) => {
        const drafts = editDraft(current.drafts, key, field, value);
        return drafts.every((draft, i) => draft === current.drafts[i])
          ? current
          : { ...current, drafts, corpusText: null };
      }),
    [],
  );
  const remove = useCallback(
    (key: string) =>
      updateNow.current((current) => ({
        ...current,
        drafts: removeDraft(current.drafts, key),
        corpusText: null,
      })),
    [],
  );

  const startBuild = async () => {
    // The panel says the build has started at once; the articles are written as files in the
    // next task, so the click and the writing (50 articles' front matter) are two short tasks.
    setBuild({ phase: 'running', progress: null });
    await new Promise((resolve) => setTimeout(resolve, 0));
    const current = session.latest();
    const files = services.projectFiles(current.name, current.drafts, current.kept);
    if (!files.ok) {
      setBuild({
        phase: 'failed',
        message: 'The articles could not be written as a project; fix these and build again.',
        problems: files.problems.map((p) => ({ ...p, file: p.source })),
      });
      return;
    }
    const running = services.startBuild(files.files, (progress) =>
      setBuild({ phase: 'running', progress }),
    );
    cancelBuild.current = running.cancel;
    try {
      const outcome = await running.result;
      if (outcome.ok) {
        // The panel stays at its last progress until the dashboard replaces the workbench: it
        // is drawn in the background, and the build button must not come back meanwhile.
        session.onBuilt(outcome.corpusText, outcome.corpus);
      } else {
        setBuild({
          phase: 'failed',
          message: `The build stopped at ${outcome.errors.length === 1 ? 'one problem' : `${outcome.errors.length} problems`}. Every article is still here: fix them and build again.`,
          problems: outcome.errors,
        });
      }
    } catch (error) {
      setBuild(
        services.isBuildCancelled(error)
          ? { phase: 'cancelled' }
          : {
              phase: 'failed',
              message: error instanceof Error ? error.message : String(error),
              problems: [],
            },
      );
    } finally {
      cancelBuild.current = null;
    }
  };

  const rename = async (id: string, name: string) => {
    if (id === record.id) {
      update((current) => ({ ...current, name }));
    } else {
      try {
        await services.renameProject(id, name);
      } catch (error) {
        setProblems([unexpected(name, error)]);
      }
      projects.refresh();
    }
  };

  const deleteProject = async (id: string) => {
    try {
      await services.deleteProject(id);
    } catch (error) {
      setProblems([unexpected('the kept projects', error)]);
    }
    projects.refresh();
    session.onProjectGone(id);
  };

  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white px-4 py-3 sm:px-6">
        <p className="text-xs font-semibold tracking-wide text-slate-600 uppercase">
          Fact-check dashboard · workbench
        </p>
        <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
          <h1 className="text-xl font-semibold text-slate-950 sm:text-2xl">Your own story</h1>
          <a
            href={window.location.pathname}
            className="text-sm text-sky-800 underline underline-offset-2"
          >
            Back to the bundled story
          </a>
        </div>
        <p className="mt-1 max-w-3xl text-sm text-slate-700">
          Bring in articles about one event, check where each comes from, and build the dashboard in
          this page. Nothing leaves this browser.
        </p>
      </header>
      <main className="px-4 py-4 sm:px-6">
        <TypefaceWarmup />
        {notice !== null && (
          <p
            role="status"
            className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-950"
          >
            {notice}
          </p>
        )}
        {session.storageProblem !== null && (
          <div
            role="alert"
            className="mb-4 rounded-md border border-red-300 bg-red-50 px-4 py-2 text-sm text-red-950"
          >
            <p className="font-medium">{session.storageProblem}</p>
            <button
              type="button"
              onClick={() => session.downloadProject()}
              className="mt-1 rounded-md border border-red-300 bg-white px-2.5 py-1 text-sm font-medium text-red-900 hover:bg-red-100"
            >
              Download project
            </button>
          </div>
        )}
        {/* A phone shows Build right after the import, before the articles (50 of them can be
            long to scroll past); a wide screen keeps it beside them, in reach wherever they scroll. */}
        <div className="space-y-4 lg:grid lg:grid-cols-[minmax(0,1fr)_20rem] lg:grid-rows-[auto_1fr] lg:items-start lg:gap-4 lg:space-y-0">
          <div className="min-w-0 space-y-4 lg:col-start-1 lg:row-start-1">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 className="text-lg font-semibold break-words text-slate-950">
                Project: {record.name}
              </h2>
              {record.corpusText !== null && (
                <button
                  type="button"
                  onClick={session.openDashboard}
                  className="rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100"
                >
                  Open the built dashboard
                </button>
              )}
            </div>
            <ImportPanel
              busy={importing}
              maxFileBytes={services.maxFileBytes}
              onFiles={(files) => void importFiles(files)}
              onPaste={importPasted}
              onOpenZip={(file) => void openZip(file)}
              onCopyBundled={() => void copyBundled()}
            />
            {importing && (
              <p role="status" className="text-sm text-slate-700">
                Reading the files…
              </p>
            )}
            <ImportProblems problems={problems} />
          </div>
          <aside className="space-y-4 lg:sticky lg:top-4 lg:col-start-2 lg:row-span-2 lg:row-start-1 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto">
            <BuildPanel
              state={build}
              articleCount={record.drafts.length}
              onBuild={() => void startBuild()}
              onCancel={() => cancelBuild.current?.()}
            />
            <ProjectList
              projects={projects.list}
              currentId={record.id}
              onOpen={session.openProject}
              onRename={(id, name) => void rename(id, name)}
              onDelete={(id) => void deleteProject(id)}
            />
          </aside>
          <section
            aria-labelledby="drafts-heading"
            className="min-w-0 lg:col-start-1 lg:row-start-2"
          >
            <h2 id="drafts-heading" className="mb-2 text-base font-semibold text-slate-950">
              Articles ({record.drafts.length})
            </h2>
            <DraftList drafts={record.drafts} onEdit={edit} onRemove={remove} />
          </section>
        </div>
      </main>
    </div>
  );
}

/** A failure no reader foresaw, still said against the file it happened to. */
function unexpected(source: string, error: unknown): ImportProblem {
  return {
    source,
    line: null,
    field: null,
    message: `Could not be read: ${error instanceof Error ? error.message : String(error)}`,
    level: 'error',
  };
}

/** The projects kept in the store, read again after each save and on `refresh`. */
function useKeptProjects(services: WorkbenchServices, savedVersion: number) {
  const [list, setList] = useState<ProjectSummary[] | null>(null);
  const [asked, setAsked] = useState(0);
  useEffect(() => {
    let live = true;
    services.listProjects().then(
      (found) => {
        if (live) setList(found);
      },
      () => {
        // The store cannot be read: the page says so where it saves; the list is just empty.
        if (live) setList([]);
      },
    );
    return () => {
      live = false;
    };
  }, [services, savedVersion, asked]);
  return { list, refresh: () => setAsked((n) => n + 1) };
}
