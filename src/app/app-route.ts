import { ProjectIdSchema } from '../filters/filters.ts';

/**
 * Which page the address asks for: the bundled story (no parameter), the workbench (`?workbench`,
 * on a kept project when `project` names one), or a kept project (`?project=<id>`: its dashboard
 * when it has been built, else its workbench).
 */
export type AppRoute =
  | { kind: 'seed' }
  | { kind: 'workbench'; projectId: string | null }
  | { kind: 'project'; projectId: string };

/** Reads the page from a query string; a project id of the wrong shape is no project. */
export function appRouteOf(search: string): AppRoute {
  const params = new URLSearchParams(search);
  const raw = params.get('project');
  const projectId = raw !== null && ProjectIdSchema.safeParse(raw).success ? raw : null;
  if (params.has('workbench')) return { kind: 'workbench', projectId };
  if (projectId !== null) return { kind: 'project', projectId };
  // A malformed project id still names no seed story: the workbench says it is not kept here.
  if (raw !== null) return { kind: 'workbench', projectId: null };
  return { kind: 'seed' };
}

/** Whether the page shows the bundled story, the only one the build prerendered and hydrates. */
export function showsBundledStory(search: string): boolean {
  return appRouteOf(search).kind === 'seed';
}

/**
 * A route as the shortest query that reads as it (`appRouteOf(routeQuery(r))` is `r`): equal for
 * two addresses exactly when they show the same page, whatever filters they carry.
 */
export function routeQuery(route: AppRoute): string {
  switch (route.kind) {
    case 'seed':
      return '';
    case 'workbench':
      return route.projectId === null ? '?workbench' : `?workbench&project=${route.projectId}`;
    case 'project':
      return `?project=${route.projectId}`;
  }
}
