/**
 * The addresses of the workbench's pages, as queries without "?". `workbench` carries no value:
 * its presence alone asks for the workbench.
 */

/** The workbench, on a kept project or (null) on a new one. */
export function workbenchSearch(projectId: string | null): string {
  return projectId === null ? 'workbench' : `workbench&project=${encodeURIComponent(projectId)}`;
}

/** A kept project's dashboard (its workbench while it has not been built). */
export function projectSearch(projectId: string): string {
  return `project=${encodeURIComponent(projectId)}`;
}
