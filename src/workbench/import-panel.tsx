import { useId, useState, type DragEvent } from 'react';

/** The kinds of file import reads, as the file chooser offers them. */
export const ARTICLE_FILE_TYPES = '.txt,.md,.html,.htm,.csv,.jsonl';

interface ImportPanelProps {
  busy: boolean;
  maxFileBytes: number;
  onFiles: (files: File[]) => void;
  onPaste: (text: string) => void;
  onOpenZip: (file: File) => void;
  /** Opens a copy of the story the dashboard opens with, as a new project to curate. */
  onCopyBundled: () => void;
}

/** A size for a person: "5 MB", "800 KB". */
export function sizeWords(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
  return `${Math.round(bytes / 1024)} KB`;
}

const CHOOSER =
  'block w-full text-sm text-slate-800 file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium file:text-slate-800 hover:file:bg-slate-100';

/**
 * The ways in: files chosen or dropped (text, Markdown, saved web pages, tables), text pasted
 * (several articles split by a line of "==="), or a project .zip opened whole.
 */
export function ImportPanel({
  busy,
  maxFileBytes,
  onFiles,
  onPaste,
  onOpenZip,
  onCopyBundled,
}: ImportPanelProps) {
  const ids = { files: useId(), paste: useId(), zip: useId(), help: useId() };
  const [pasted, setPasted] = useState('');
  const [dragging, setDragging] = useState(false);

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const files = [...event.dataTransfer.files];
    if (files.length > 0) onFiles(files);
  };

  return (
    <section
      aria-labelledby="import-heading"
      className="rounded-lg border border-slate-200 bg-white p-3"
    >
      <h2 id="import-heading" className="text-base font-semibold text-slate-950">
        Bring articles in
      </h2>
      <div
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={`mt-2 rounded-lg border-2 border-dashed p-3 ${dragging ? 'border-sky-700 bg-sky-50' : 'border-slate-300'}`}
      >
        <label htmlFor={ids.files} className="block text-sm font-medium text-slate-900">
          Add articles
        </label>
        <p id={ids.help} className="mb-2 text-xs text-slate-600">
          Choose or drop files here: text (.txt), Markdown (.md), saved web pages (.html), tables
          (.csv, .jsonl with title, outlet, published, url, text). Up to {sizeWords(maxFileBytes)} a
          file.
        </p>
        <input
          id={ids.files}
          type="file"
          multiple
          accept={ARTICLE_FILE_TYPES}
          aria-describedby={ids.help}
          disabled={busy}
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            // Cleared, so choosing the same file again is seen (and reported as a duplicate).
            event.target.value = '';
            if (files.length > 0) onFiles(files);
          }}
          className={CHOOSER}
        />
      </div>
      <form
        className="mt-3"
        onSubmit={(event) => {
          event.preventDefault();
          if (pasted.trim() === '') return;
          onPaste(pasted);
          setPasted('');
        }}
      >
        <label htmlFor={ids.paste} className="block text-sm font-medium text-slate-900">
          Paste articles
        </label>
        <p className="text-xs text-slate-600">
          One article, or several with a line of three or more “=” between them.
        </p>
        <textarea
          id={ids.paste}
          rows={5}
          value={pasted}
          onChange={(event) => setPasted(event.target.value)}
          className="mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900"
        />
        <button
          type="submit"
          aria-disabled={pasted.trim() === '' || busy || undefined}
          className="mt-1 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 aria-disabled:text-slate-500"
        >
          Add pasted articles
        </button>
      </form>
      <div className="mt-3">
        <label htmlFor={ids.zip} className="block text-sm font-medium text-slate-900">
          Open a project (.zip)
        </label>
        <p className="mb-1 text-xs text-slate-600">
          A project downloaded from this page, or a data folder zipped: it opens as a new project.
        </p>
        <input
          id={ids.zip}
          type="file"
          accept=".zip,application/zip"
          disabled={busy}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) onOpenZip(file);
          }}
          className={CHOOSER}
        />
      </div>
      <div className="mt-3">
        <p className="text-xs text-slate-600">
          Or practise on the story this dashboard opens with: a copy of its articles, catalogue and
          reviews, yours to curate.
        </p>
        <button
          type="button"
          disabled={busy}
          onClick={onCopyBundled}
          className="mt-1 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 disabled:text-slate-500"
        >
          Copy the example story into a project
        </button>
      </div>
    </section>
  );
}
