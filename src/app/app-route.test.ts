import { describe, expect, it } from 'vitest';
import { appRouteOf, routeQuery, showsBundledStory } from './app-route.ts';

describe('appRouteOf', () => {
  it('reads no parameter, or only the filters, as the bundled story', () => {
    expect(appRouteOf('')).toEqual({ kind: 'seed' });
    expect(appRouteOf('?view=timeline&q=bridge')).toEqual({ kind: 'seed' });
  });

  it('opens the workbench, on a project when one is named', () => {
    expect(appRouteOf('?workbench')).toEqual({ kind: 'workbench', projectId: null });
    expect(appRouteOf('?workbench&project=abc-1')).toEqual({
      kind: 'workbench',
      projectId: 'abc-1',
    });
  });

  it('opens a kept project by its id, whatever filters follow', () => {
    expect(appRouteOf('?project=abc-1&view=charts')).toEqual({
      kind: 'project',
      projectId: 'abc-1',
    });
  });

  it('never shows the bundled story for a project link, even a malformed one', () => {
    expect(appRouteOf('?project=%2F..%2F')).toEqual({ kind: 'workbench', projectId: null });
    expect(showsBundledStory('?project=abc-1')).toBe(false);
    expect(showsBundledStory('?project=')).toBe(false);
    expect(showsBundledStory('?workbench')).toBe(false);
    expect(showsBundledStory('?view=charts')).toBe(true);
  });
});

describe('routeQuery', () => {
  it('reads back as the same page, and is the same for two views of one page', () => {
    for (const search of [
      '',
      '?view=charts',
      '?workbench',
      '?workbench&project=abc-1',
      '?project=abc-1&q=x',
    ]) {
      const route = appRouteOf(search);
      expect(appRouteOf(routeQuery(route))).toEqual(route);
    }
    expect(routeQuery(appRouteOf('?project=abc-1&view=charts'))).toBe(
      routeQuery(appRouteOf('?project=abc-1')),
    );
    expect(routeQuery(appRouteOf('?project=abc-1'))).not.toBe(
      routeQuery(appRouteOf('?workbench&project=abc-1')),
    );
  });
});
