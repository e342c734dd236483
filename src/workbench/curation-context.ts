import { createContext } from 'react';
import type { Decision } from '../curation/decisions.ts';

/** Where the corpus on screen stands against the decisions. */
export type CurationStatus =
  { phase: 'current' } | { phase: 'updating' } | { phase: 'failed'; message: string };

/** A project's decisions and how to change them, for the controls in its dashboard. */
export interface CurationSession {
  decisions: readonly Decision[];
  status: CurationStatus;
  /** Records a decision; the corpus is rebuilt with it. */
  decide(decision: Decision): void;
  /** Takes back the last decision. */
  undo(): void;
  /** Takes back one decision, by its place in `decisions`. */
  remove(index: number): void;
}

/** The open project's curation: null outside a project's dashboard. */
export const CurationContext = createContext<CurationSession | null>(null);
