import { createStore, promisifyRequest, type UseStore } from 'idb-keyval';
import type { InputFiles } from '../../corpus/pipeline/load-inputs.ts';
import type { Decision } from '../../curation/decisions.ts';
import type { ArticleDraft } from '../../project/article-draft.ts';

/** One story kept in the browser: its drafts, the catalogue files it carries, its last corpus. */
export interface ProjectRecord {
  id: string;
  name: string;
  /** ISO timestamps. */
  createdAt: string;
  updatedAt: string;
  drafts: ArticleDraft[];
  /**
   * Catalogue files carried from an imported zip (claims.yaml, reviews.yaml, events.yaml,
   * people.yaml, corpus.yaml), by their path in the data folder, kept as they came.
   */
  kept: InputFiles;
  /** The last built corpus, as the text the command line writes; null before the first build. */
  corpusText: string | null;
  /**
   * The curator's decisions on the built corpus, oldest first. They are resolved against
   * `corpusText` (the corpus built without them); absent in records saved before curation: none.
   */
  decisions?: Decision[];
  /**
   * The corpus built with the decisions applied, and the decisions it was built with (as their
   * JSON): shown while it matches `decisions`; null or absent until such a build has finished.
   */
  curated?: { corpusText: string; decisions: string } | null;
}

/** What the list of projects shows, without loading any project's drafts or corpus. */
export interface ProjectSummary {
  id: string;
  name: string;
  updatedAt: string;
  articles: number;
  built: boolean;
}

/** A project could not be written: the page keeps everything, the browser kept the old record. */
export class StorageError extends Error {
  constructor(options: { full: boolean; cause: unknown }) {
    const what = options.full
      ? 'The browser’s storage for this site is full, so the project was not saved.'
      : `The browser could not save the project (${reasonOf(options.cause)}); its storage for this site may be full.`;
    super(
      `${what} Nothing was lost from the page, and the last saved copy is unchanged. Download the project, or delete an old one, then save again.`,
      { cause: options.cause },
    );
    this.name = 'StorageError';
  }
}

function reasonOf(error: unknown): string {
  if (error instanceof Error || error instanceof DOMException)
    return error.message === '' ? error.name : error.message;
  return String(error);
}

function isQuotaError(error: unknown): boolean {
  return (
    (error instanceof DOMException || error instanceof Error) &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
}

/** The one key that holds every summary, so listing reads one small value. */
const SUMMARIES = 'summaries';
const recordKey = (id: string) => `project:${id}`;

const byNewest = (a: ProjectSummary, b: ProjectSummary) =>
  a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.id < b.id ? -1 : 1;

function summaryOf(record: ProjectRecord): ProjectSummary {
  return {
    id: record.id,
    name: record.name,
    updatedAt: record.updatedAt,
    articles: record.drafts.length,
    built: record.corpusText !== null,
  };
}

function summariesIn(value: unknown): ProjectSummary[] {
  return Array.isArray(value) ? (value as ProjectSummary[]) : [];
}

/** The projects kept in one IndexedDB object store. */
export interface ProjectStore {
  /** Every project's summary, the most recently changed first. */
  listProjects(): Promise<ProjectSummary[]>;
  /** The whole project, or null when there is none with this id. */
  getProject(id: string): Promise<ProjectRecord | null>;
  /** Writes the project and its summary in one transaction; throws `StorageError`. */
  saveProject(record: ProjectRecord): Promise<void>;
  /** Renames a project and marks it changed now; throws when there is none with this id. */
  renameProject(id: string, name: string): Promise<void>;
  /** Removes a project and its summary; nothing happens when there is none. */
  deleteProject(id: string): Promise<void>;
}

/** There is no project with this id: deleted, perhaps, in another tab. */
export class ProjectNotFound extends Error {
  constructor(id: string) {
    super(
      `There is no project ${id} kept in this browser; it may have been deleted in another tab.`,
    );
    this.name = 'ProjectNotFound';
  }
}

/**
 * Projects kept in `withStore` (an idb-keyval store). Each write changes a record and the
 * summaries in one transaction: when the browser refuses it (its storage full), neither changes,
 * and the previous record stays as it was.
 */
export function createProjectStore(withStore: UseStore): ProjectStore {
  /**
   * Replaces the record `id` with what `change` makes of it (null deletes it), and its summary
   * with it, in one read-write transaction. The record is written before the summary.
   */
  const write = (
    id: string,
    change: (current: ProjectRecord | undefined) => ProjectRecord | null,
  ) =>
    withStore('readwrite', (store) => {
      let failure: unknown = null;
      const readRecord = store.get(recordKey(id));
      const readSummaries = store.get(SUMMARIES);
      // Requests in a transaction finish in order: the record has been read by now.
      readSummaries.onsuccess = () => {
        try {
          const next = change(readRecord.result as ProjectRecord | undefined);
          const others = summariesIn(readSummaries.result).filter((s) => s.id !== id);
          if (next === null) {
            store.delete(recordKey(id));
            store.put(others, SUMMARIES);
          } else {
            store.put(next, recordKey(id));
            store.put([...others, summaryOf(next)], SUMMARIES);
          }
        } catch (error) {
          // Thrown before the transaction failed on its own: undo what it wrote.
          failure = error;
          store.transaction.abort();
        }
      };
      return promisifyRequest(store.transaction).catch((error: unknown) => {
        throw failure ?? store.transaction.error ?? error;
      });
    });

  const guarded = async (
    id: string,
    change: (current: ProjectRecord | undefined) => ProjectRecord | null,
  ) => {
    try {
      await write(id, change);
    } catch (error) {
      if (error instanceof ProjectNotFound) throw error;
      throw new StorageError({ full: isQuotaError(error), cause: error });
    }
  };

  return {
    async listProjects() {
      const value: unknown = await withStore('readonly', (store) =>
        promisifyRequest(store.get(SUMMARIES)),
      );
      return [...summariesIn(value)].sort(byNewest);
    },

    async getProject(id) {
      const value: unknown = await withStore('readonly', (store) =>
        promisifyRequest(store.get(recordKey(id))),
      );
      return value === undefined ? null : (value as ProjectRecord);
    },

    saveProject: (record) => guarded(record.id, () => record),

    renameProject: (id, name) =>
      guarded(id, (current) => {
        if (current === undefined) throw new ProjectNotFound(id);
        return { ...current, name, updatedAt: new Date().toISOString() };
      }),

    deleteProject: (id) => guarded(id, () => null),
  };
}

// Opened on first use, so importing this module in a page or test without IndexedDB is harmless.
let browserStore: ProjectStore | null = null;
const projects = () =>
  (browserStore ??= createProjectStore(createStore('factcheck-dashboard', 'projects')));

/** Every project kept in this browser, the most recently changed first. */
export const listProjects = (): Promise<ProjectSummary[]> => projects().listProjects();

/** The project kept in this browser under `id`, or null. */
export const getProject = (id: string): Promise<ProjectRecord | null> => projects().getProject(id);

/** Keeps the project in this browser; on failure throws `StorageError` and keeps the old copy. */
export const saveProject = (record: ProjectRecord): Promise<void> => projects().saveProject(record);

/** Renames a kept project; throws `ProjectNotFound` or `StorageError`. */
export const renameProject = (id: string, name: string): Promise<void> =>
  projects().renameProject(id, name);

/** Removes a kept project; throws `StorageError` when the browser refuses. */
export const deleteProject = (id: string): Promise<void> => projects().deleteProject(id);

/** A new project id: random, URL-safe, and available without a secure context. */
export function newProjectId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `p-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}
