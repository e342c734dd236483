import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { parseCorpusText } from '../corpus/parse-corpus.ts';
import type { Corpus } from '../corpus/schema.ts';
import { summarizeCorpus } from '../corpus/summarize-corpus.ts';
import { parseFilters, serializeFilters } from '../filters/filters.ts';
import { navigateToSearch } from '../filters/use-filters.ts';
import { viewAfterDecisions } from './follow-claims.ts';
import type { Decision } from '../curation/decisions.ts';
import { CurationSlot } from '../views/shared/curation-slot.ts';
import {
  curatedProjectFiles,
  decisionsKey,
  decisionsOf,
  downloadCuratedProject,
  shownClaimMoves,
  shownCorpusText,
} from './curated-project.ts';
import { CurationContext, type CurationSession } from './curation-context.ts';
import { CurationDecisions } from './curation-decisions.tsx';
import { renderCurationPanel } from './curation-panel.tsx';
import { defaultServices } from './default-services.ts';
import { ProjectBar } from './project-bar.tsx';
import { downloadCorpus } from './project-downloads.ts';
import { Workbench, type ProjectSession } from './workbench.tsx';
import { projectSearch, workbenchSearch } from './workbench-links.ts';
import type { ProjectRecord, WorkbenchServices } from './workbench-services.ts';

/**
 * The corpus a text parses to, checked once: without decisions the dashboard's corpus and the one
 * its decisions are resolved against are the same text, and checking 50 articles' corpus on the
 * page's thread takes tens of milliseconds each time, right when the built dashboard appears.
 */
let lastParsed: { text: string; result: ReturnType<typeof parseCorpusText> } | null = null;
function parseOnce(text: string): ReturnType<typeof parseCorpusText> {
  if (lastParsed?.text !== text) lastParsed = { text, result: parseCorpusText(text) };
  return lastParsed.result;
}

/** A text the build's worker has already read and checked: `parseOnce` gives its corpus as is. */
function rememberParsed(text: string, corpus: Corpus): void {
  lastParsed = { text, result: { ok: true, corpus } };
}

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

/**
 * Rewrites the address so its open cell and claims filter name, in `corpus`, the claims they
 * named before the decisions changed (see `viewAfterDecisions`); in place, not a new entry.
 */
function followView(
  before: ReadonlyMap<string, string | null>,
  after: ReadonlyMap<string, string | null>,
  corpus: Corpus,
): void {
  const filters = parseFilters(window.location.search).filters;
  const view = viewAfterDecisions(filters, before, after, new Set(corpus.claims.map((c) => c.id)));
  if (view !== null) navigateToSearch(serializeFilters(view), { replace: true });
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
  const corpus = useMemo(() => (corpusText === null ? null : parseOnce(corpusText)), [corpusText]);

  /** Changes the project held, and keeps the change; the unchanged record when nothing changed. */
  const change = useCallback(
    (edit: (current: ProjectRecord) => ProjectRecord) => {
      const current = heldRef.current?.record;
      if (current === undefined) return;
      const changed = edit(current);
      if (changed === current) return;
      const next = { ...changed, updatedAt: new Date().toISOString() };
      hold({ record: next, notice: heldRef.current?.notice ?? null });
      persist(next);
    },
    [hold, persist],
  );

  // The dashboard shows the corpus built with the decisions; until that build is done, the one
  // shown before, said to be updating.
  const shownText = record === null ? null : shownCorpusText(record);
  const curatedText = shownText ?? record?.curated?.corpusText ?? corpusText;
  const shown = useMemo(
    () => (curatedText === null ? null : parseOnce(curatedText)),
    [curatedText],
  );
  const summary = useMemo(
    () => (shown?.ok === true ? summarizeCorpus(shown.corpus, { autoOnly: false }) : []),
    [shown],
  );
  const dueKey =
    wants === 'dashboard' && record !== null && corpusText !== null && shownText === null
      ? decisionsKey(decisionsOf(record))
      : null;
  const [failure, setFailure] = useState<{ key: string; message: string } | null>(null);
  // The claim moves of each set of decisions a build was started with, by decisions key: writing
  // a project's files again only to learn them (50 articles' front matter, on the page's thread)
  // happens once per set, not on every decision and every finished build.
  // Each is kept with the drafts' corpus it was resolved against: a new build of the drafts
  // makes them stale.
  const movesByKey = useRef(
    new Map<string, { base: string | null; moves: ReadonlyMap<string, string | null> }>(),
  );
  const movesOf = useCallback(
    (of: ProjectRecord) => {
      const key = decisionsOf(of).length === 0 ? undefined : of.curated?.decisions;
      if (key === undefined) return new Map<string, string | null>();
      const known = movesByKey.current.get(key);
      if (known !== undefined && known.base === of.corpusText) return known.moves;
      const moves = shownClaimMoves(services, of);
      movesByKey.current.set(key, { base: of.corpusText, moves });
      return moves;
    },
    [services],
  );

  useEffect(() => {
    const current = heldRef.current?.record;
    if (dueKey === null || current === undefined) return;
    const files = curatedProjectFiles(services, current);
    if (!files.ok) {
      setFailure({ key: dueKey, message: files.problems.map((p) => p.message).join(' ') });
      return;
    }
    movesByKey.current.set(dueKey, { base: current.corpusText, moves: files.moved });
    let live = true;
    const running = services.startBuild(files.files, () => undefined);
    running.result.then(
      (outcome) => {
        if (!live) return;
        if (!outcome.ok) {
          setFailure({
            key: dueKey,
            message: `The corpus could not be built with your decisions: ${outcome.errors.map((e) => `${e.file}${e.line === null ? '' : `:${e.line}`}: ${e.message}`).join('; ')}. Undo the last decision, or remove the one at fault.`,
          });
          return;
        }
        rememberParsed(outcome.corpusText, outcome.corpus);
        const shown = heldRef.current?.record;
        const before = shown === undefined ? new Map() : movesOf(shown);
        // The new corpus and the view that follows its moved claims are drawn together: the open
        // cell never names a claim the corpus on screen lacks.
        flushSync(() => {
          change((latest) =>
            decisionsKey(decisionsOf(latest)) === dueKey
              ? { ...latest, curated: { corpusText: outcome.corpusText, decisions: dueKey } }
              : latest,
          );
          followView(before, files.moved, outcome.corpus);
        });
      },
      (error: unknown) => {
        if (!live || services.isBuildCancelled(error)) return;
        setFailure({ key: dueKey, message: reasonOf(error) });
      },
    );
    return () => {
      live = false;
      running.cancel();
    };
  }, [dueKey, services, change, movesOf]);

  const setDecisions = useCallback(
    (edit: (decisions: readonly Decision[]) => Decision[]) =>
      change((current) => ({ ...current, decisions: edit(decisionsOf(current)) })),
    [change],
  );
  /**
   * Changes the decisions. When the corpus they give is already at hand (none left, or a build
   * kept from before an undo), it is shown at once, and the view follows the claims that moved in
   * the same render; otherwise the rebuild does, when it is done.
   */
  const redecide = useCallback(
    (edit: (decisions: readonly Decision[]) => Decision[]) => {
      const current = heldRef.current?.record;
      if (current === undefined) return;
      const next = { ...current, decisions: edit(decisionsOf(current)) };
      const nextText = shownCorpusText(next);
      const nextCorpus = nextText === null ? null : parseOnce(nextText);
      if (nextCorpus === null || !nextCorpus.ok) {
        setDecisions(edit);
        return;
      }
      const before = movesOf(current);
      const after = movesOf(next);
      flushSync(() => {
        setDecisions(edit);
        followView(before, after, nextCorpus.corpus);
      });
    },
    [movesOf, setDecisions],
  );
  const decisions = record === null ? null : decisionsOf(record);
  const curation = useMemo((): CurationSession | null => {
    if (decisions === null) return null;
    const status: CurationSession['status'] =
      dueKey === null
        ? { phase: 'current' }
        : failure?.key === dueKey
          ? { phase: 'failed', message: failure.message }
          : { phase: 'updating' };
    return {
      decisions,
      status,
      decide: (decision) => redecide((all) => [...all, decision]),
      undo: () => redecide((all) => all.slice(0, -1)),
      remove: (index) => redecide((all) => all.filter((_, i) => i !== index)),
    };
  }, [decisions, dueKey, failure, redecide]);

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
    onBuilt: (corpusText, built) => {
      rememberParsed(corpusText, built);
      // A new build of the drafts is what the decisions are resolved against from now on.
      update((current) => ({ ...current, corpusText, curated: null }));
      goTo(projectSearch(record.id));
    },
    openProject: (id) => goTo(workbenchSearch(id)),
    openDashboard: () => goTo(projectSearch(record.id)),
    onProjectGone: (id) => {
      if (id === record.id) navigateToSearch(workbenchSearch(null));
    },
    storageProblem,
    savedVersion,
    downloadProject: () => downloadCuratedProject(services, latest()),
  };

  if (wants === 'dashboard' && corpus !== null && corpus.ok && shown !== null && shown.ok) {
    const downloadable = () => {
      const now = latest();
      const text = shownCorpusText(now);
      return text === null ? null : { ...now, corpusText: text };
    };
    return (
      <>
        <ProjectBar
          name={record.name}
          onDownloadProject={() => downloadCuratedProject(services, latest())}
          onDownloadCorpus={() => {
            const now = downloadable();
            return now === null
              ? 'The corpus is being updated with your decisions: download it when it is done.'
              : downloadCorpus(now);
          }}
          onBackToWorkbench={() => goTo(workbenchSearch(record.id))}
          storageProblem={storageProblem}
          summary={summary}
        />
        <CurationContext.Provider value={curation}>
          <CurationDecisions />
          <CurationSlot.Provider value={renderCurationPanel}>
            {renderDashboard(shown.corpus)}
          </CurationSlot.Provider>
        </CurationContext.Provider>
      </>
    );
  }

  const notice =
    corpus !== null && !corpus.ok
      ? `The corpus kept with this project could not be read (${corpus.failure.summary}); build it again.`
      : held.notice;
  return <Workbench services={services} session={session} notice={notice} />;
}
