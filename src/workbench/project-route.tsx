import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { parseCorpusText } from '../corpus/parse-corpus.ts';
import type { Corpus } from '../corpus/schema.ts';
import { navigateToSearch } from '../filters/use-filters.ts';
import { defaultServices } from './default-services.ts';
import { ProjectBar } from './project-bar.tsx';
import { downloadCorpus, downloadProject } from './project-downloads.ts';
import { Workbench, type ProjectSession } from './workbench.tsx';
import { projectSearch, workbenchSearch } from './workbench-links.ts';
import type { ProjectRecord, WorkbenchServices } from './workbench-services.ts';

interface ProjectRouteProps {
  /** The project the address names; null asks for a new one. */
  projectId: string | null;
  /** Its dashboard (when it has been built) or its workbench. */
  wants: 'dashboard' | 'workbench';
  /** Draws a corpus in the dashboard: the app shell's, passed down so the views are the same. */
  renderDashboard: (corpus: Corpus) => ReactNode;
  services?: WorkbenchServices;
}

/** The project on screen, whether the store has ever kept it, and what to say about it. */
interface Held {
  record: ProjectRecord;
  /** Said above the workbench: the link named a project this browser does not keep. */
  notice: string | null;
}

const NEW_PROJECT_NAME = 'Untitled story';

function emptyRecord(id: string): ProjectRecord {
  const now = new Date().toISOString();
  return {
    id,
    name: NEW_PROJECT_NAME,
    createdAt: now,
    updatedAt: now,
    drafts: [],
    kept: {},
    corpusText: null,
  };
}

/** Goes to another of the project's pages, from its top: a new page, not the old one's scroll. */
function goTo(search: string): void {
  navigateToSearch(search);
  document.documentElement.scrollTop = 0;
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * A kept project's pages: its workbench, or its built dashboard under a bar that says it lives in
 * this browser alone. Holds the project while its pages change, and saves every change to the
 * store; when the store refuses, says so and keeps everything on the page.
 */
export function ProjectRoute({
  projectId,
  wants,
  renderDashboard,
  services = defaultServices,
}: ProjectRouteProps) {
  const [held, setHeld] = useState<Held | null>(null);
  const heldRef = useRef<Held | null>(null);
  const [storageProblem, setStorageProblem] = useState<string | null>(null);
  const [savedVersion, setSavedVersion] = useState(0);
  const saving = useRef<Promise<void>>(Promise.resolve());
  // Ids made here for a new project: the store has never seen them, so there is nothing to read.
  const fresh = useRef(new Set<string>());

  const hold = useCallback((next: Held) => {
    heldRef.current = next;
    setHeld(next);
  }, []);

  useEffect(() => {
    if (projectId === null) {
      // A new project gets its id in the address at once, so a reload comes back to it.
      const id = services.newProjectId();
      fresh.current.add(id);
      navigateToSearch(workbenchSearch(id), { replace: true });
      return;
    }
    if (heldRef.current?.record.id === projectId) return;
    let live = true;
    const isFresh = fresh.current.has(projectId);
    (isFresh ? Promise.resolve(null) : services.getProject(projectId)).then(
      (found) => {
        if (!live) return;
        if (found !== null) hold({ record: found, notice: null });
        else
          hold({
            record: emptyRecord(projectId),
            notice: isFresh
              ? null
              : 'This browser keeps no project under this link: a project’s link opens it only in the browser that keeps it. To share a project, download it and open its .zip. You can start a new one here.',
          });
      },
      (error: unknown) => {
        if (!live) return;
        hold({
          record: emptyRecord(projectId),
          notice: `The projects kept in this browser could not be read (${reasonOf(error)}). You can still import and build; download the project to keep it.`,
        });
      },
    );
    return () => {
      live = false;
    };
  }, [projectId, services, hold]);

  const persist = useCallback(
    (record: ProjectRecord) => {
      // One write after another, so the store ends with the last change, not the slowest.
      saving.current = saving.current
        .then(() => services.saveProject(record))
        .then(
          () => {
            setStorageProblem(null);
            setSavedVersion((n) => n + 1);
          },
          (error: unknown) =>
            setStorageProblem(
              services.isStorageError(error)
                ? reasonOf(error)
                : `The project could not be kept in this browser (${reasonOf(error)}). Nothing was lost from this page: download the project to keep it.`,
            ),
        );
    },
    [services],
  );

  const record = held !== null && held.record.id === projectId ? held.record : null;

  const corpusText = record?.corpusText ?? null;
  const corpus = useMemo(
    () => (corpusText === null ? null : parseCorpusText(corpusText)),
    [corpusText],
  );

  if (record === null || held === null) {
    return (
      <p role="status" className="p-8 text-center text-slate-700">
        Opening the project…
      </p>
    );
  }

  const latest = () => heldRef.current?.record ?? record;
  const update = (change: (current: ProjectRecord) => ProjectRecord) => {
    const current = latest();
    const changed = change(current);
    if (changed === current) return current;
    const next = { ...changed, updatedAt: new Date().toISOString() };
    hold({ record: next, notice: heldRef.current?.notice ?? null });
    persist(next);
    return next;
  };

  const session: ProjectSession = {
    record,
    latest,
    update,
    adopt: (opened) => {
      hold({ record: opened, notice: null });
      persist(opened);
      navigateToSearch(workbenchSearch(opened.id));
    },
    onBuilt: (corpusText) => {
      update((current) => ({ ...current, corpusText }));
      goTo(projectSearch(record.id));
    },
    openProject: (id) => goTo(workbenchSearch(id)),
    openDashboard: () => goTo(projectSearch(record.id)),
    onProjectGone: (id) => {
      if (id === record.id) navigateToSearch(workbenchSearch(null));
    },
    storageProblem,
    savedVersion,
    downloadProject: () => downloadProject(services, latest()),
  };

  if (wants === 'dashboard' && corpus !== null && corpus.ok) {
    return (
      <>
        <ProjectBar
          name={record.name}
          onDownloadProject={() => downloadProject(services, latest())}
          onDownloadCorpus={() => downloadCorpus(latest())}
          onBackToWorkbench={() => goTo(workbenchSearch(record.id))}
          storageProblem={storageProblem}
        />
        {renderDashboard(corpus.corpus)}
      </>
    );
  }

  const notice =
    corpus !== null && !corpus.ok
      ? `The corpus kept with this project could not be read (${corpus.failure.summary}); build it again.`
      : held.notice;
  return <Workbench services={services} session={session} notice={notice} />;
}
