import type { ImportProblem } from '../project/article-draft.ts';

/** Where a problem is, in words: "stories.csv, line 4, field outlet". */
export function problemPlace(problem: Pick<ImportProblem, 'source' | 'line' | 'field'>): string {
  return [
    problem.source,
    problem.line === null ? null : `line ${problem.line}`,
    problem.field === null ? null : `field ${problem.field}`,
  ]
    .filter((part) => part !== null)
    .join(', ');
}

/**
 * What was wrong with the last import, errors first: each names its file (line, field) and says
 * in words whether it was left out (an error) or brought in with a caveat (a warning).
 */
export function ImportProblems({ problems }: { problems: readonly ImportProblem[] }) {
  const errors = problems.filter((p) => p.level === 'error');
  const warnings = problems.filter((p) => p.level === 'warning');
  return (
    // Always in the page, so a screen reader announces what a later import adds to it.
    <div role="alert" aria-label="Problems with the last import">
      {problems.length > 0 && (
        <section className="mb-4 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          <h3 className="font-semibold">
            {errors.length > 0 && `${errors.length} not imported`}
            {errors.length > 0 && warnings.length > 0 && ', '}
            {warnings.length > 0 && `${warnings.length} imported with a warning`}
          </h3>
          <ul className="mt-1 space-y-1">
            {[...errors, ...warnings].map((problem, index) => (
              <li key={index} className="flex flex-wrap gap-x-2">
                <span
                  className={`font-semibold ${problem.level === 'error' ? 'text-red-800' : 'text-amber-900'}`}
                >
                  {problem.level === 'error' ? 'Error (not imported):' : 'Warning:'}
                </span>
                <span className="font-medium">{problemPlace(problem)}</span>
                <span>— {problem.message}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
