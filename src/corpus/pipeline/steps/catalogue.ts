import type { Claim, Event, Person } from '../../schema.ts';
import { NameBook, type AttributionContext } from '../attribution.ts';
import type { Inputs } from '../load-inputs.ts';
import { compileClaims, type CompiledClaim, type SideOf } from '../match-claims.ts';

/**
 * Stage 2, catalogue. Takes the inputs; gives what every later stage looks things up in: the
 * curated claims, events and people as the corpus lists them, the claims' cues compiled, and the
 * name book that says who a written name is and which side they speak for.
 */

/** The catalogue as the build reads it. Later stages read it and never change it. */
export interface Catalogue {
  /** The curated claims; proposed ones are added after them by the claims stage. */
  claims: Claim[];
  events: Event[];
  people: Person[];
  compiledClaims: CompiledClaim[];
  /** The people and organisations voices are attributed to. */
  attributionContext: AttributionContext;
  nameBook: NameBook;
  /** The side a speaker speaks for: a person's affiliation, or the name itself. */
  sideOf: SideOf;
  /** The events that are a whole war: a count for one is wider than the events compared. */
  warEvents: ReadonlySet<string>;
}

/** Reads the catalogue of the inputs. */
export function readCatalogue(inputs: Inputs): Catalogue {
  const organisations = [
    ...new Set([
      ...inputs.claims.map((c) => c.claimant),
      ...inputs.outlets.filter((o) => o.kind !== 'unknown').map((o) => o.name),
    ]),
  ].sort();
  const attributionContext = { people: inputs.people, organisations };
  const nameBook = new NameBook(attributionContext);
  return {
    ...listed(inputs),
    compiledClaims: compileClaims(inputs.claims),
    attributionContext,
    nameBook,
    sideOf: (speaker: string) => {
      const name = nameBook.resolve(speaker)?.name ?? speaker;
      return inputs.people.find((p) => p.name === name)?.affiliation ?? name;
    },
    warEvents: new Set(inputs.events.filter((e) => e.kind === 'war').map((e) => e.id)),
  };
}

/** The curated claims, events and people, in the corpus's shape. */
function listed(inputs: Inputs): { claims: Claim[]; events: Event[]; people: Person[] } {
  return {
    claims: inputs.claims.map((c) => ({
      id: c.id,
      statement: c.statement,
      category: c.category,
      claimant: c.claimant,
      figure:
        c.figure === null
          ? null
          : { eventId: c.figure.event, group: c.figure.group, outcome: c.figure.outcome },
      origin: 'curated' as const,
    })),
    events: inputs.events.map((e) => ({
      id: e.id,
      kind: e.kind,
      label: e.label,
      date: e.date,
      endDate: e.endDate,
      datePrecision: e.datePrecision,
      place: e.place,
    })),
    people: inputs.people.map((p) => ({
      id: p.id,
      name: p.name,
      aliases: p.aliases,
      affiliation: p.affiliation,
    })),
  };
}
