import type { ClaimCategory, Stance } from '../../corpus/schema.ts';
import type { CellStance } from '../../filters/filters.ts';

/** A category as a person reads it: "legal assessment". */
export function categoryLabel(category: ClaimCategory): string {
  return category.replace(/-/g, ' ');
}

/** What a stance says in words: "attributes to the Harbour Office", "not reported". */
export function stanceWords(stance: CellStance, attributedTo: string | null): string {
  switch (stance) {
    case 'asserts':
      return 'asserts';
    case 'attributes':
      return attributedTo === null ? 'attributes' : `attributes to ${attributedTo}`;
    case 'disputes':
      return attributedTo === null ? 'disputes' : `disputes, citing ${attributedTo}`;
    case 'not-reported':
      return 'not reported';
  }
}

/** A second stance in words, after "also": "reports a denial, citing the ministry". */
export function alsoWords(stance: Stance, attributedTo: string | null): string {
  const who = attributedTo === null ? '' : `, citing ${attributedTo}`;
  switch (stance) {
    case 'asserts':
      return 'asserts it';
    case 'attributes':
      return attributedTo === null ? 'attributes it' : `attributes it to ${attributedTo}`;
    case 'disputes':
      return `reports a denial${who}`;
  }
}
