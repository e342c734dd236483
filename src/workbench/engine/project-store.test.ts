import 'fake-indexeddb/auto';
import { createStore, type UseStore } from 'idb-keyval';
import type { ArticleDraft } from '../../project/article-draft.ts';
import {
  createProjectStore,
  newProjectId,
  ProjectNotFound,
  StorageError,
  type ProjectRecord,
} from './project-store.ts';

let databases = 0;
const freshStore = (): UseStore => createStore(`projects-test-${++databases}`, 'projects');

function draft(key: string, text: string): ArticleDraft {
  return {
    key,
    source: `pasted text ${key}`,
    text,
    title: null,
    outlet: null,
    published: null,
    url: null,
    byline: null,
    evidence: [],
  };
}

function record(id: string, changes: Partial<ProjectRecord> = {}): ProjectRecord {
  return {
    id,
    name: `Story ${id}`,
    createdAt: '2024-05-01T10:00:00.000Z',
    updatedAt: '2024-05-01T10:00:00.000Z',
    drafts: [draft('1', 'A ferry ran aground off the coast on Sunday.\n')],
    kept: { 'corpus.yaml': 'title: A ferry story\n' },
    corpusText: null,
    ...changes,
  };
}

/** A store whose `put` refuses one key the way a full browser storage does. */
function refusing(use: UseStore, key: string, name = 'QuotaExceededError'): UseStore {
  return (mode, callback) =>
    use(mode, (store) => {
      const put = store.put.bind(store);
      store.put = (value: unknown, at?: IDBValidKey) => {
        if (at === key) throw new DOMException('The quota has been exceeded.', name);
        return put(value, at);
      };
      return callback(store);
    });
}

/** A store that records which keys were read. */
function watching(use: UseStore, reads: IDBValidKey[]): UseStore {
  return (mode, callback) =>
    use(mode, (store) => {
      const get = store.get.bind(store);
      store.get = (key: IDBValidKey | IDBKeyRange) => {
        reads.push(key as IDBValidKey);
        return get(key);
      };
      return callback(store);
    });
}

describe('createProjectStore', () => {
  it('keeps projects and lists their summaries, the most recently changed first', async () => {
    const projects = createProjectStore(freshStore());
    expect(await projects.listProjects()).toEqual([]);
    const older = record('a');
    const newer = record('b', {
      updatedAt: '2024-05-02T09:00:00.000Z',
      corpusText: '{}\n',
      drafts: [draft('1', 'One.\n'), draft('2', 'Two.\n')],
    });
    await projects.saveProject(older);
    await projects.saveProject(newer);
    expect(await projects.getProject('a')).toEqual(older);
    expect(await projects.getProject('missing')).toBeNull();
    expect(await projects.listProjects()).toEqual([
      { id: 'b', name: 'Story b', updatedAt: newer.updatedAt, articles: 2, built: true },
      { id: 'a', name: 'Story a', updatedAt: older.updatedAt, articles: 1, built: false },
    ]);
  });

  it('lists from the summaries alone, without reading any project', async () => {
    const use = freshStore();
    await createProjectStore(use).saveProject(record('a', { corpusText: 'x'.repeat(10_000) }));
    const reads: IDBValidKey[] = [];
    await createProjectStore(watching(use, reads)).listProjects();
    expect(reads).toEqual(['summaries']);
  });

  it('saves over a project, renames it, and deletes it with its summary', async () => {
    const projects = createProjectStore(freshStore());
    await projects.saveProject(record('a'));
    await projects.saveProject(record('a', { corpusText: '{}\n' }));
    expect(await projects.listProjects()).toHaveLength(1);

    await projects.renameProject('a', 'The ferry');
    const renamed = await projects.getProject('a');
    expect(renamed?.name).toBe('The ferry');
    expect(renamed?.corpusText).toBe('{}\n');
    expect(renamed && renamed.updatedAt > '2024-05-01T10:00:00.000Z').toBe(true);
    expect((await projects.listProjects())[0]?.name).toBe('The ferry');

    await expect(projects.renameProject('gone', 'x')).rejects.toBeInstanceOf(ProjectNotFound);
    await projects.deleteProject('a');
    expect(await projects.getProject('a')).toBeNull();
    expect(await projects.listProjects()).toEqual([]);
  });

  it('turns a full storage into StorageError and keeps the previous record whole', async () => {
    const use = freshStore();
    const before = record('a');
    await createProjectStore(use).saveProject(before);

    for (const key of ['project:a', 'summaries']) {
      const full = createProjectStore(refusing(use, key));
      const error: unknown = await full
        .saveProject(record('a', { name: 'Changed', corpusText: '{}\n' }))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StorageError);
      const message = (error as StorageError).message;
      expect(message).toMatch(/storage for this site is full/);
      expect(message).toMatch(/Nothing was lost from the page/);
      expect(message).toMatch(/Download the project, or delete an old one/);
      // The record is written before the summary: a refused summary undoes the record too.
      const projects = createProjectStore(use);
      expect(await projects.getProject('a')).toEqual(before);
      expect((await projects.listProjects())[0]?.name).toBe('Story a');
    }
  });

  it('says any other write failure may be a full storage, naming what the browser said', async () => {
    const use = freshStore();
    await createProjectStore(use).saveProject(record('a'));
    const broken = createProjectStore(refusing(use, 'project:a', 'UnknownError'));
    await expect(broken.deleteProject('a')).resolves.toBeUndefined();
    await createProjectStore(use).saveProject(record('a'));
    const error = await broken.renameProject('a', 'New').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).message).toMatch(
      /could not save the project \(The quota has been exceeded\.\).*may be full/,
    );
    expect((await createProjectStore(use).getProject('a'))?.name).toBe('Story a');
  });
});

describe('newProjectId', () => {
  it('gives a different URL-safe id each time', () => {
    const ids = new Set(Array.from({ length: 50 }, newProjectId));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^p-[0-9a-f]{24}$/);
  });
});
