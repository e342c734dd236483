import type { Decision } from './decisions.ts';

/**
 * A decision in a few words, for the list of decisions a curator can take back: what was decided,
 * about which words or claim. The quoted words are cut at `QUOTE_WORDS` characters.
 */

const QUOTE_WORDS = 60;

function cut(quote: string): string {
  const flat = quote.replace(/\s+/gu, ' ').trim();
  return flat.length <= QUOTE_WORDS ? flat : `${flat.slice(0, QUOTE_WORDS - 1).trimEnd()}…`;
}

function words(quote: string, article: string): string {
  return `“${cut(quote)}” (article ${article})`;
}

function changes(fields: Record<string, string | number | boolean | null | undefined>): string {
  const said = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key} ${value === null ? 'none' : String(value)}`);
  return said.length === 0 ? 'nothing changed' : said.join(', ');
}

/** One line saying what the decision does. */
export function describeDecision(decision: Decision): string {
  switch (decision.kind) {
    case 'evidence': {
      const { target } = decision;
      const at = `${words(target.quote, target.article)} as evidence for claim ${target.claim}`;
      switch (decision.action) {
        case 'confirm':
          return `Confirmed ${at}`;
        case 'reject':
          return `Rejected ${at}`;
        case 'correct':
          return `Corrected ${at}: ${changes({
            stance: decision.stance,
            hedged: decision.hedged,
            'attributed to': decision.attributedTo,
          })}`;
        case 'add':
          return `Added ${at}, ${decision.stance}${decision.hedged ? ', hedged' : ''}`;
      }
      break;
    }
    case 'figure': {
      const at = `figure ${words(decision.target.quote, decision.target.article)}`;
      if (decision.action === 'correct') {
        return `Corrected ${at}: ${changes({
          low: decision.low,
          high: decision.high,
          qualifier: decision.qualifier,
          vague: decision.vague,
          role: decision.role,
          event: decision.event,
          'attributed to': decision.attributedTo,
        })}`;
      }
      return `${decision.action === 'confirm' ? 'Confirmed' : 'Rejected'} ${at}`;
    }
    case 'quote':
      return `Speaker of ${words(decision.target.quote, decision.target.article)}: ${decision.speaker ?? 'nobody named'}`;
    case 'claim': {
      const claim = `claim ${decision.claim.id}`;
      switch (decision.action) {
        case 'confirm':
          return `Confirmed ${claim} as worded`;
        case 'rename':
          return `Renamed ${claim}: “${cut(decision.statement)}”`;
        case 'drop':
          return `Dropped ${claim}`;
        case 'merge':
          return `Merged ${claim} into claim ${decision.into}`;
        case 'split':
          return `Split ${decision.moved.length === 1 ? 'one passage' : `${decision.moved.length} passages`} of ${claim} into claim ${decision.newClaim.id}`;
      }
    }
  }
  return 'A decision';
}
