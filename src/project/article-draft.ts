/**
 * An article a person has brought into the page but not yet built: what import proposes and what
 * the person checks and edits before the build. Import (`src/import`) makes drafts, the workbench
 * shows and edits them, and `src/project` writes them as the data folder the command line reads.
 */

/** Where a proposed field came from, so the person can see why it was proposed. */
export interface DraftEvidence {
  /** Which field it proposes. */
  proposes: 'title' | 'outlet' | 'published' | 'url' | 'byline';
  /**
   * Where it was read: a page's metadata ("og:site_name", "article:published_time",
   * "link rel=canonical", "JSON-LD NewsArticle publisher.name"), a file's front matter, a table's
   * column ("column outlet"), or the text's first line.
   */
  from: string;
  /** The value exactly as the source states it, before any normalising (a full timestamp). */
  value: string;
}

export interface ArticleDraft {
  /** Unique among the drafts of one project, stable across edits: how the page keys a row. */
  key: string;
  /** Where it came from, for messages: a file name, "pasted text 2", "stories.csv line 4". */
  source: string;
  /** Exactly the text the build will read; never rewritten after import, so offsets hold. */
  text: string;
  title: string | null;
  /** The outlet's name, as proposed or typed; null when nothing tells. */
  outlet: string | null;
  /** Day of publication, "2015-12-23"; null when unknown. */
  published: string | null;
  url: string | null;
  byline: string | null;
  /**
   * The article's id in the data folder it was opened from, kept so that folder's claims and
   * reviews, which name articles by id, still name it. Absent for an article brought in anew.
   */
  id?: string;
  /** Its outlet's id in that data folder, kept while the outlet's name is unchanged. */
  outletId?: string;
  /** Why each proposed field was proposed; empty for what the person typed. */
  evidence: DraftEvidence[];
}

/** Something wrong with one input: the file (or paste, or row) and what is wrong, for a person. */
export interface ImportProblem {
  /** The file name, "pasted text", or "stories.csv". */
  source: string;
  /** 1-based line (a table's row, a zip member's line) when one is to blame. */
  line: number | null;
  field: string | null;
  /** What is wrong and what to do, in a sentence a person can act on. */
  message: string;
  /** An error means nothing was imported from it; a warning means it was, with a caveat. */
  level: 'error' | 'warning';
}
