/**
 * A few hidden words in the faces and marks the dashboard draws with (italic, bold, small sizes,
 * "≠", "▾"), laid out with the workbench. A browser loads a typeface the first time a page lays
 * text out in it; without this, that happened in the frame where a built story's dashboard first
 * appeared, and made it one long task (50–75 ms of layout on the 2-core machine the bench runs
 * on, under 5 ms once the faces were loaded). Hidden from every reader: it says nothing.
 */
export function TypefaceWarmup() {
  return (
    <div aria-hidden="true" className="sr-only">
      <span className="italic">Aa ≠ ▾ · — “ ” ’ 0123456789</span>
      <span className="font-medium">Aa ≠ ▾ · — “ ” ’ 0123456789</span>
      <span className="font-semibold">Aa ≠ ▾ · — “ ” ’ 0123456789</span>
      <span className="font-bold italic">Aa ≠ ▾ · — “ ” ’ 0123456789</span>
      <span className="text-[11px] italic">Aa ≠ ▾ · 0123456789</span>
    </div>
  );
}
