import { useId, useRef, useState } from 'react';
import type { ExportedSvg } from './compose-svg.ts';
import { downloadBlob, downloadText } from './download.ts';
import { exportFileName } from './file-name.ts';
import { svgToPng } from './svg-to-png.ts';
import { toCsv, type DataTable } from './to-csv.ts';

/** The data behind a view, with what a reader of the file needs to know about it. */
export interface ExportData extends DataTable {
  title: string;
  /** The active filters, one line each. */
  filters: readonly string[];
  /** The outlets and the corpus. */
  source: string;
}

interface ExportMenuProps {
  /** What is exported, read after each button's name: "Millbrook market strike: civilians killed". */
  label: string;
  /** The parts of the file names, most general first: ["casualties", "ariha", "2015-11-29"]. */
  fileParts: readonly (string | null | undefined)[];
  /** Draws the image when asked; without it the menu offers only data. */
  image?: () => ExportedSvg;
  /** The data behind what is shown; without it the menu offers only images. */
  data?: () => ExportData;
}

type Format = 'png' | 'svg' | 'csv' | 'json';

/** The open menu's width in px (Tailwind w-44). */
const MENU_WIDTH = 176;

const FORMATS: { format: Format; text: string; kind: 'image' | 'data' }[] = [
  { format: 'png', text: 'PNG image', kind: 'image' },
  { format: 'svg', text: 'SVG image', kind: 'image' },
  { format: 'csv', text: 'CSV table', kind: 'data' },
  { format: 'json', text: 'JSON data', kind: 'data' },
];

/** The JSON export: the table's rows keyed by column, with its title, filters, source and columns. */
export function dataToJson(data: ExportData): string {
  const { title, filters, source, columns, rows } = data;
  return `${JSON.stringify({ title, filters, source, columns, rows }, null, 2)}\n`;
}

/**
 * An "Export" disclosure offering PNG (2×, white background) and SVG of an image and CSV and JSON
 * of its data, each saved under a name built from `fileParts`; it says what it saved or why it
 * could not.
 */
export function ExportMenu({ label, fileParts, image, data }: ExportMenuProps) {
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [alignLeft, setAlignLeft] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);
  const statusId = useId();

  const run = async (format: Format) => {
    // A PNG takes a moment; a second press meanwhile does nothing. The button is not disabled, so
    // the focus stays on it (a disabled button drops it) and Escape still closes the menu.
    if (busy) return;
    const fileName = exportFileName(fileParts, format);
    setBusy(true);
    try {
      if (format === 'png' || format === 'svg') {
        if (!image) return;
        const drawn = image();
        if (format === 'svg') {
          downloadText(
            `<?xml version="1.0" encoding="UTF-8"?>\n${drawn.svg}\n`,
            fileName,
            'image/svg+xml',
          );
        } else {
          downloadBlob(await svgToPng(drawn, 2), fileName);
        }
      } else {
        if (!data) return;
        const table = data();
        if (format === 'csv') {
          // The byte-order mark tells spreadsheet programs the file is UTF-8 (quotes use “ ”).
          downloadText(`\uFEFF${toCsv(table)}`, fileName, 'text/csv');
        } else {
          downloadText(dataToJson(table), fileName, 'application/json');
        }
      }
      setStatus({ text: `Saved ${fileName}`, error: false });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setStatus({ text: `Could not export ${fileName}: ${reason}`, error: true });
    } finally {
      setBusy(false);
    }
  };

  const offered = FORMATS.filter((f) => (f.kind === 'image' ? image : data) !== undefined);

  return (
    <div className="relative inline-flex flex-col items-end">
      <details
        ref={details}
        className="group relative"
        onToggle={(event) => {
          // Open towards the side with room: a menu wrapped to the left edge of a phone opens
          // rightwards instead of off the screen.
          const box = event.currentTarget.getBoundingClientRect();
          setAlignLeft(box.right < MENU_WIDTH + 8);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && details.current?.open) {
            details.current.open = false;
            details.current.querySelector('summary')?.focus();
          }
        }}
        onBlur={(event) => {
          // The menu closes when the focus leaves it (Tab past its last item, a click elsewhere),
          // not when the whole window loses it.
          const next = event.relatedTarget;
          if (next instanceof Node && event.currentTarget.contains(next)) return;
          if (!document.hasFocus()) return;
          event.currentTarget.open = false;
        }}
      >
        <summary className="flex cursor-pointer list-none items-center gap-1 rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100 [&::-webkit-details-marker]:hidden">
          Export <span className="sr-only">{label}</span>
          <svg aria-hidden="true" viewBox="0 0 12 12" className="size-3 group-open:rotate-180">
            <path d="M2 4 L6 8 L10 4" fill="none" stroke="currentColor" strokeWidth="1.5" />
          </svg>
        </summary>
        <ul
          // Focusable, so a click between its buttons keeps the focus (and the menu) here.
          tabIndex={-1}
          className={`absolute ${alignLeft ? 'left-0' : 'right-0'} z-50 mt-1 w-44 rounded-md border border-slate-300 bg-white p-1 shadow-lg focus:outline-none`}
        >
          {offered.map(({ format, text }) => (
            <li key={format}>
              <button
                type="button"
                aria-disabled={busy || undefined}
                aria-describedby={status ? statusId : undefined}
                onClick={() => void run(format)}
                className="w-full rounded px-2 py-1.5 text-left text-sm text-slate-800 hover:bg-slate-100 aria-disabled:text-slate-500"
              >
                Download {text} <span className="sr-only">of {label}</span>
              </button>
            </li>
          ))}
        </ul>
      </details>
      <p
        id={statusId}
        role="status"
        className={`mt-1 max-w-64 text-right text-xs ${status?.error ? 'text-red-800' : 'text-slate-600'}`}
      >
        {status?.text}
      </p>
    </div>
  );
}
