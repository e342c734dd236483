import { useContext, useId } from 'react';
import { describeDecision } from '../curation/describe-decision.ts';
import { CurationContext } from './curation-context.ts';

const BUTTON =
  'rounded-md border border-slate-300 bg-white px-2 py-0.5 text-sm font-medium text-slate-800 hover:bg-slate-100';

/**
 * The curator's decisions on this project, oldest first, under the project bar: each can be
 * removed, the last undone. Says while the corpus is being rebuilt with them, and why a build
 * with them failed.
 */
export function CurationDecisions() {
  const session = useContext(CurationContext);
  const headingId = useId();
  if (session === null) return null;
  const { decisions, status } = session;
  return (
    <section
      aria-labelledby={headingId}
      className="border-b border-sky-200 bg-white px-4 py-2 text-sm text-slate-900 sm:px-6"
    >
      <details>
        <summary className="cursor-pointer">
          <h2 id={headingId} className="inline font-semibold">
            Your decisions ({decisions.length})
          </h2>
          <span className="ml-2 text-slate-700">
            {decisions.length === 0
              ? 'none yet: open a cell of the matrix to confirm, reject or correct what the machine proposed.'
              : 'kept in this browser, and written into the project you download.'}
          </span>
        </summary>
        {decisions.length > 0 && (
          <ol className="mt-1 list-decimal space-y-1 pl-6">
            {decisions.map((decision, index) => (
              // Decisions have no id of their own: the place in the list is what names one.
              <li key={index}>
                {describeDecision(decision)}{' '}
                <button
                  type="button"
                  className={BUTTON}
                  aria-label={`Remove decision ${index + 1}`}
                  onClick={() => session.remove(index)}
                >
                  Remove
                </button>
              </li>
            ))}
          </ol>
        )}
      </details>
      <p className="mt-1 flex flex-wrap items-center gap-2">
        {/* Nothing to undo before the first decision: no control that does nothing. */}
        {decisions.length > 0 && (
          <button type="button" className={BUTTON} onClick={() => session.undo()}>
            Undo the last decision
          </button>
        )}
        <span role="status" className="text-sky-900">
          {status.phase === 'updating' ? 'Updating the corpus with your decisions…' : ''}
        </span>
      </p>
      {status.phase === 'failed' && (
        <p role="alert" className="mt-1 font-medium text-red-800">
          {status.message}
        </p>
      )}
    </section>
  );
}
