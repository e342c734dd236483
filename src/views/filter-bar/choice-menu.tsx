import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

/** One choice in a menu. */
export interface Choice {
  value: string;
  label: string;
  /** Small print after the label: "wire", "2 claims". */
  hint?: string;
  /** A mark drawn before the label (a stance's shape). */
  mark?: ReactNode;
}

interface Props {
  label: string;
  choices: Choice[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  /** Offer a box to find a choice by its words (for long lists). */
  findLabel?: string;
}

/** Long lists show this many matches at once; the find box narrows them. */
const MAX_SHOWN = 150;

/**
 * A button that opens a list of checkboxes; each tick changes the selection at once. Escape, a
 * click outside or the focus leaving it (Tab past its last box) closes it, and Escape gives the
 * focus back to the button.
 */
export function ChoiceMenu({ label, choices, selected, onChange, findLabel }: Props) {
  const [open, setOpen] = useState(false);
  const [find, setFind] = useState('');
  const id = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const chosen = new Set(selected);
  const needle = find.trim().toLocaleLowerCase();
  const matching =
    needle === ''
      ? choices
      : choices.filter((c) => `${c.label} ${c.value}`.toLocaleLowerCase().includes(needle));
  const shown = matching.slice(0, MAX_SHOWN);

  return (
    <div
      ref={rootRef}
      className="relative"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.preventDefault();
          event.stopPropagation();
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
      onBlur={(event) => {
        // Not when the whole window loses the focus: the menu is still where the reader left it.
        const next = event.relatedTarget;
        if (!open || (next instanceof Node && event.currentTarget.contains(next))) return;
        if (!document.hasFocus()) return;
        setOpen(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((was) => !was)}
        className="flex items-center gap-1 rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-50 aria-expanded:border-slate-900"
      >
        {label}
        {selected.length > 0 && (
          <span className="rounded-full bg-slate-900 px-1.5 text-xs text-white">
            {selected.length}
            <span className="sr-only"> chosen</span>
          </span>
        )}
        <span aria-hidden="true" className="text-xs text-slate-600">
          ▾
        </span>
      </button>
      {open && (
        <div
          id={id}
          // Focusable, so a click on its padding keeps the focus (and the menu) here.
          tabIndex={-1}
          className="absolute left-0 z-30 mt-1 w-80 focus:outline-none rounded-md border border-slate-300 bg-white p-2 shadow-lg max-sm:fixed max-sm:right-4 max-sm:left-4 max-sm:w-auto"
        >
          {findLabel && (
            <input
              type="search"
              aria-label={findLabel}
              placeholder={findLabel}
              value={find}
              onChange={(event) => setFind(event.target.value)}
              className="mb-2 w-full rounded border border-slate-400 px-2 py-1 text-sm"
            />
          )}
          <fieldset className="max-h-72 overflow-y-auto">
            <legend className="sr-only">{label}</legend>
            {shown.map((choice) => (
              <label
                key={choice.value}
                className="flex cursor-pointer items-start gap-2 rounded px-1 py-1 text-sm text-slate-900 hover:bg-slate-100"
              >
                <input
                  type="checkbox"
                  checked={chosen.has(choice.value)}
                  onChange={(event) =>
                    onChange(
                      event.target.checked
                        ? [...selected, choice.value]
                        : selected.filter((value) => value !== choice.value),
                    )
                  }
                  className="mt-0.5 size-4 shrink-0 accent-slate-900"
                />
                {choice.mark}
                <span>
                  {choice.label}
                  {choice.hint && <span className="text-slate-600"> · {choice.hint}</span>}
                </span>
              </label>
            ))}
            {matching.length === 0 && <p className="px-1 py-1 text-sm text-slate-700">No match.</p>}
            {matching.length > shown.length && (
              <p className="px-1 py-1 text-xs text-slate-700">
                {matching.length - shown.length} more: type to narrow the list.
              </p>
            )}
          </fieldset>
          {selected.length > 0 && (
            <button
              type="button"
              onClick={() => onChange([])}
              className="mt-2 text-sm font-medium text-oi-blue underline"
            >
              Clear {label.toLocaleLowerCase()}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
