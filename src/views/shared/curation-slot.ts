import { createContext, type ReactNode } from 'react';
import type { Corpus } from '../../corpus/schema.ts';

/** Where the source reader puts a curator's controls: the open article and claim. */
export interface CurationSlotProps {
  corpus: Corpus;
  articleId: string;
  /** The claim of the open cell, when the reader was opened from one. */
  claimId: string | null;
}

/**
 * Draws the controls a curator decides with, given by the page that can keep decisions (a project
 * in the browser); null (the bundled story) leaves the reader read-only. Passed in, so the views
 * carry none of the curation code.
 */
export const CurationSlot = createContext<((props: CurationSlotProps) => ReactNode) | null>(null);
