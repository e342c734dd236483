import { memo, useId, useState } from 'react';
import type { ArticleDraft } from '../project/article-draft.ts';
import { formatCount } from '../wording/figure-wording.ts';
import { evidenceFor, type EditableField } from './draft-edits.ts';

interface DraftListProps {
  drafts: readonly ArticleDraft[];
  onEdit: (key: string, field: EditableField, value: string) => void;
  onRemove: (key: string) => void;
}

const FIELDS: { field: EditableField; label: string; type: 'text' | 'date' | 'url' }[] = [
  { field: 'outlet', label: 'Outlet', type: 'text' },
  { field: 'title', label: 'Title', type: 'text' },
  { field: 'published', label: 'Published', type: 'date' },
  { field: 'url', label: 'URL', type: 'url' },
  { field: 'byline', label: 'Byline', type: 'text' },
];

const PREVIEW_CHARS = 240;

/**
 * The articles waiting for the build, each with its outlet, title, date and URL to check and edit
 * (what the machine proposed says where it read it), its text as it will be built, and Remove.
 */
export const DraftList = memo(function DraftList({ drafts, onEdit, onRemove }: DraftListProps) {
  if (drafts.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-700">
        No articles yet. Add files or paste text above; each article can be checked here before the
        build.
      </p>
    );
  }
  return (
    <ol className="space-y-3" aria-label="Articles to build">
      {drafts.map((draft, index) => (
        <li key={draft.key}>
          <DraftCard draft={draft} number={index + 1} onEdit={onEdit} onRemove={onRemove} />
        </li>
      ))}
    </ol>
  );
});

interface DraftCardProps {
  draft: ArticleDraft;
  number: number;
  onEdit: DraftListProps['onEdit'];
  onRemove: DraftListProps['onRemove'];
}

/** One article's card; drawn again only when that article (or its number) changes. */
const DraftCard = memo(function DraftCard({ draft, number, onEdit, onRemove }: DraftCardProps) {
  const name = `article ${number} (${draft.source})`;
  return (
    <article
      aria-label={`Article ${number}: ${draft.source}`}
      className="rounded-lg border border-slate-200 bg-white p-3"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="min-w-0 text-sm font-semibold break-words text-slate-950">
          {number}. {draft.title ?? 'Untitled'}{' '}
          <span className="font-normal text-slate-600">from {draft.source}</span>
        </h3>
        <button
          type="button"
          onClick={() => onRemove(draft.key)}
          className="rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100"
        >
          Remove <span className="sr-only">{name}</span>
        </button>
      </div>
      <div className="mt-2 grid gap-x-4 gap-y-2 sm:grid-cols-2">
        {FIELDS.map(({ field, label, type }) => (
          <DraftField
            key={field}
            label={label}
            accessibleName={`${label} of ${name}`}
            type={type}
            value={draft[field]}
            evidence={evidenceFor(draft, field)}
            onCommit={(value) => onEdit(draft.key, field, value)}
          />
        ))}
      </div>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-slate-700">
          Text as it will be built ({formatCount(draft.text.length)} characters)
        </summary>
        {/* Text only, never markup: what a saved page said is shown, never run. */}
        <pre className="mt-1 max-h-64 overflow-auto rounded border border-slate-200 bg-slate-50 p-2 font-sans text-sm whitespace-pre-wrap text-slate-800">
          {draft.text}
        </pre>
      </details>
      {draft.text.length > 0 && (
        <p className="mt-1 line-clamp-2 text-xs text-slate-600" aria-hidden="true">
          {draft.text.slice(0, PREVIEW_CHARS)}
        </p>
      )}
    </article>
  );
});

interface DraftFieldProps {
  label: string;
  accessibleName: string;
  type: 'text' | 'date' | 'url';
  value: string | null;
  evidence: { from: string; value: string } | undefined;
  onCommit: (value: string) => void;
}

/** One field: edited freely, kept when the focus leaves it (or on Enter), not on every key. */
function DraftField({ label, accessibleName, type, value, evidence, onCommit }: DraftFieldProps) {
  const id = useId();
  const [text, setText] = useState(value ?? '');
  const [seen, setSeen] = useState(value);
  // A new value from outside (an import, an undo elsewhere) replaces what the field shows.
  if (value !== seen) {
    setSeen(value);
    setText(value ?? '');
  }
  const commit = () => {
    if (text.trim() !== (value ?? '')) onCommit(text);
  };
  const hint =
    evidence !== undefined
      ? `from ${evidence.from}${evidence.value !== value ? `: “${evidence.value}”` : ''}`
      : value === null
        ? label === 'Outlet'
          ? 'not known: kept as an unidentified outlet'
          : 'not known'
        : 'as typed';
  return (
    <div className="min-w-0">
      <label htmlFor={id} className="block text-xs font-medium text-slate-700">
        {label}
      </label>
      <input
        id={id}
        type={type}
        aria-label={accessibleName}
        aria-describedby={`${id}-hint`}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
        className="mt-0.5 w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900"
      />
      <p id={`${id}-hint`} className="mt-0.5 text-xs break-words text-slate-600">
        {hint}
      </p>
    </div>
  );
}
