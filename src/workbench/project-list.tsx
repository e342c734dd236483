import { useState } from 'react';
import type { ProjectSummary } from './workbench-services.ts';

interface ProjectListProps {
  projects: readonly ProjectSummary[] | null;
  currentId: string;
  onOpen: (id: string) => void;
  onRename: (id: string, name: string) => void;
  onDelete: (id: string) => void;
}

/** When a project last changed, for a person: "2 Dec 2026, 14:05". */
export function lastChange(isoTime: string): string {
  const time = new Date(isoTime);
  if (Number.isNaN(time.getTime())) return 'unknown';
  return time.toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

const plural = (n: number, noun: string) => `${n} ${n === 1 ? noun : `${noun}s`}`;

/** The projects kept in this browser, newest change first: open, rename or delete each. */
export function ProjectList({ projects, currentId, onOpen, onRename, onDelete }: ProjectListProps) {
  const sorted = [...(projects ?? [])].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
  return (
    <section
      aria-labelledby="projects-heading"
      className="rounded-lg border border-slate-200 bg-white p-3"
    >
      <h2 id="projects-heading" className="text-base font-semibold text-slate-950">
        Your projects
      </h2>
      <p className="mt-1 text-xs text-slate-600">
        Kept in this browser only. To share one, download it: its link opens nothing on another
        computer.
      </p>
      {projects === null ? (
        <p role="status" className="mt-2 text-sm text-slate-700">
          Looking for kept projects…
        </p>
      ) : sorted.length === 0 ? (
        <p className="mt-2 text-sm text-slate-700">
          None kept yet: a project is kept once it has an article.
        </p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-200">
          {sorted.map((project) => (
            <ProjectItem
              key={project.id}
              project={project}
              current={project.id === currentId}
              onOpen={() => onOpen(project.id)}
              onRename={(name) => onRename(project.id, name)}
              onDelete={() => onDelete(project.id)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

interface ProjectItemProps {
  project: ProjectSummary;
  current: boolean;
  onOpen: () => void;
  onRename: (name: string) => void;
  onDelete: () => void;
}

const SMALL_BUTTON =
  'rounded-md border border-slate-300 bg-white px-2 py-0.5 text-sm font-medium text-slate-800 hover:bg-slate-100';

function ProjectItem({ project, current, onOpen, onRename, onDelete }: ProjectItemProps) {
  const [mode, setMode] = useState<'view' | 'rename' | 'confirm-delete'>('view');
  const [name, setName] = useState(project.name);
  const saveName = () => {
    const trimmed = name.trim();
    if (trimmed !== '' && trimmed !== project.name) onRename(trimmed);
    setMode('view');
  };

  return (
    <li className="py-2" aria-label={project.name}>
      {mode === 'rename' ? (
        <form
          className="flex flex-wrap items-center gap-1"
          onSubmit={(event) => {
            event.preventDefault();
            saveName();
          }}
        >
          <input
            aria-label={`New name for ${project.name}`}
            value={name}
            autoFocus
            onChange={(event) => setName(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                setName(project.name);
                setMode('view');
              }
            }}
            className="min-w-0 flex-1 rounded-md border border-slate-300 px-2 py-0.5 text-sm"
          />
          <button type="submit" className={SMALL_BUTTON}>
            Save name
          </button>
          <button
            type="button"
            className={SMALL_BUTTON}
            onClick={() => {
              setName(project.name);
              setMode('view');
            }}
          >
            Cancel
          </button>
        </form>
      ) : (
        <p className="text-sm font-medium break-words text-slate-950">
          {project.name}
          {current && <span className="font-normal text-slate-600"> (open)</span>}
        </p>
      )}
      <p className="text-xs text-slate-600">
        {plural(project.articles, 'article')}
        {project.built && ', built'} · last change {lastChange(project.updatedAt)}
      </p>
      {mode === 'confirm-delete' ? (
        <div role="group" aria-label={`Delete ${project.name}?`} className="mt-1 text-sm">
          <p className="text-red-900">
            Delete “{project.name}” from this browser? This cannot be undone.
          </p>
          <div className="mt-1 flex gap-1">
            <button
              type="button"
              onClick={onDelete}
              className="rounded-md bg-red-800 px-2 py-0.5 text-sm font-medium text-white hover:bg-red-700"
            >
              Delete for good <span className="sr-only">{project.name}</span>
            </button>
            <button type="button" className={SMALL_BUTTON} onClick={() => setMode('view')}>
              Keep it
            </button>
          </div>
        </div>
      ) : (
        mode === 'view' && (
          <div className="mt-1 flex flex-wrap gap-1">
            {!current && (
              <button type="button" className={SMALL_BUTTON} onClick={onOpen}>
                Open <span className="sr-only">{project.name}</span>
              </button>
            )}
            <button type="button" className={SMALL_BUTTON} onClick={() => setMode('rename')}>
              Rename <span className="sr-only">{project.name}</span>
            </button>
            <button
              type="button"
              className={SMALL_BUTTON}
              onClick={() => setMode('confirm-delete')}
            >
              Delete <span className="sr-only">{project.name}</span>
            </button>
          </div>
        )
      )}
    </li>
  );
}
