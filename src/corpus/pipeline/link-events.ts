import type { EventEntry } from '../catalogue-schema.ts';
import type { DatePrecision } from '../schema.ts';
import { placePattern } from './extract-places.ts';
import { topicWords } from './topic-words.ts';
import type {
  DateProposal,
  ExtractContext,
  FigureProposal,
  PlaceMention,
  Sentence,
} from './types.ts';

/**
 * General rules for which event a figure or a date belongs to. Nothing here names this story:
 * the rules read the catalogue's events (kind, date, place, governorate) and the words of the
 * sentence, so they hold for another strike in another war.
 *
 * A date belongs to the event that happened on it; a range or a "since"/"up to" date belongs to
 * the campaign (or war) it spans. A figure belongs, in this order, to: the report, when it counts
 * what the report did (documented, analysed, interviewed); the one event its sentence names by
 * place or date; the one strike in a governorate its sentence names; the one event an earlier
 * sentence of the same or the two previous paragraphs names, unless the sentence announces
 * "another" attack. Otherwise it has no event, and `eventNote` says why.
 */

/** Outcomes that describe a report's own work, not something that happened at a place. */
const REPORT_OUTCOMES = new Set(['documented', 'analysed', 'interviewed', 'investigated']);

/** Words before a date that make it the edge of a span rather than the day something happened. */
const BOUNDARY_BEFORE = /\b(since|from|until|till|up to|through|by|as of|between)\s*$/i;

const ATTACK_WORDS =
  /\b(air ?strikes?|airstrikes?|strikes?|attacks?|bomb\w*|raids?|campaign|warplanes?|sorties?)\b/i;
const WAR_WORDS = /\b(war|conflict)\b(?!\s+crimes?)/i;
/** A reporting verb just before a date: the date is when something was said. */
const STATEMENT_DATE =
  /\b(said|says|told|stated|announced|reported|added|released|published|claimed|denied|asked)\b(\s+[\p{L}]+){0,3}\s+(on\s+)?$/iu;

/** One attack, in the singular; and many, in the plural. */
const ONE_ATTACK = /\b(?:air ?strike|airstrike|strike|attack|bombing|raid|blast|explosion)\b/iu;
const MANY_ATTACKS =
  /\b(?:air ?strikes|airstrikes|strikes|attacks|bombings|raids|blasts|explosions)\b/iu;

/** A sentence that announces a new event does not inherit the one before. */
const NEW_EVENT =
  /\b(another|a second|a third|a separate|separately|elsewhere)\b|\bother (attacks?|strikes?|raids?)\b/i;

/** A count of part of something counted before: "five of the attacks". */
const PARTITIVE = /\bof (the|these|those|them)\b/i;

/** How many paragraphs back a figure may take its event from. */
const CARRY_PARAGRAPHS = 2;

/**
 * The words of an event's label that tell it from others: not function words, not words any
 * attack or war shares ("strike", "bombing"), not its place's names (a place names it already).
 */
function distinctWords(event: EventEntry): string[] {
  const place = new Set(
    topicWords([event.place?.name ?? '', ...(event.place?.aliases ?? [])].join(' ')),
  );
  return topicWords(event.label).filter(
    (w) => !place.has(w) && !ATTACK_WORDS.test(w) && !WAR_WORDS.test(w),
  );
}

function isSpan(event: EventEntry): boolean {
  return event.kind === 'campaign' || event.kind === 'war' || event.endDate !== null;
}

const RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };

/** True when a date written at `precision` names the event's date at the event's precision. */
function sameDate(event: EventEntry, value: string, precision: DatePrecision): boolean {
  if (event.date === null || RANK[precision] < RANK[event.datePrecision]) return false;
  const length = event.datePrecision === 'day' ? 10 : event.datePrecision === 'month' ? 7 : 4;
  return event.date.slice(0, length) === value.slice(0, length);
}

/** True when the day lies within the span event (an open end runs on). */
function spanContains(event: EventEntry, day: string): boolean {
  if (event.date === null || day < event.date) return false;
  return event.endDate === null || day <= event.endDate;
}

/** The narrowest of several span events: the one that began last. */
function narrowest(events: readonly EventEntry[]): EventEntry | undefined {
  return [...events].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))[0];
}

/** The event a date names, judged from the date and the words just before it in its sentence. */
export function dateEvent(
  date: Pick<DateProposal, 'value' | 'valueEnd' | 'precision'>,
  before: string,
  events: readonly EventEntry[],
): string | null {
  const spans = events.filter(isSpan);
  if (date.valueEnd !== null) {
    const end = date.valueEnd;
    const begun = spans.filter((e) => e.date !== null && e.date >= date.value && e.date <= end);
    return narrowest(begun)?.id ?? null;
  }
  if (BOUNDARY_BEFORE.test(before)) {
    const starting = spans.filter((e) => sameDate(e, date.value, date.precision));
    if (starting.length > 0) return narrowest(starting)?.id ?? null;
    return narrowest(spans.filter((e) => spanContains(e, date.value)))?.id ?? null;
  }
  const on = events.filter((e) => sameDate(e, date.value, date.precision));
  if (on.length <= 1) return on[0]?.id ?? null;
  // A strike or a publication on that day is more specific than a campaign that began on it.
  const single = on.filter((e) => !isSpan(e));
  return single.length === 1 ? (single[0]?.id ?? null) : null;
}

/** Sets `eventId` on each date from the catalogue's events. */
export function linkDates(
  text: string,
  sentences: readonly Sentence[],
  dates: readonly DateProposal[],
  context: ExtractContext,
): DateProposal[] {
  return dates.map((date) => {
    const sentence = sentences.find((s) => s.start <= date.start && date.end <= s.end);
    const before = text.slice(sentence?.start ?? Math.max(0, date.start - 40), date.start);
    return { ...date, eventId: dateEvent(date, before, context.events) };
  });
}

interface Anchor {
  eventId: string | null;
  /** Why the sentence gives no single event, when it gives several. */
  ambiguous: string | null;
}

/** The single event a sentence names through places, dates or a governorate, if any. */
function sentenceAnchor(
  text: string,
  sentence: Sentence,
  dates: readonly DateProposal[],
  places: readonly PlaceMention[],
  events: readonly EventEntry[],
): Anchor {
  const byId = new Map(events.map((e) => [e.id, e]));
  const inside = <T extends { start: number; end: number }>(items: readonly T[]) =>
    items.filter((i) => i.start >= sentence.start && i.end <= sentence.end);

  const candidates = new Set<string>();
  // Places: one mention may name several events (a country is the place of a campaign and of a
  // war); the sentence's words choose between them.
  const bySpan = new Map<string, EventEntry[]>();
  for (const mention of inside(places)) {
    const event = byId.get(mention.eventId);
    if (!event) continue;
    const key = `${mention.start}:${mention.end}`;
    bySpan.set(key, [...(bySpan.get(key) ?? []), event]);
  }
  for (const named of bySpan.values()) {
    if (named.length === 1) {
      candidates.add(named[0]?.id ?? '');
      continue;
    }
    const aboutWar = WAR_WORDS.test(sentence.quote) && !ATTACK_WORDS.test(sentence.quote);
    const ordered = [...named].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
    const chosen = aboutWar ? ordered[0] : ordered[ordered.length - 1];
    if (chosen) candidates.add(chosen.id);
  }
  for (const date of inside(dates)) {
    const before = text.slice(sentence.start, date.start);
    // "said on Wednesday" dates the statement, not what the figure counts.
    if (STATEMENT_DATE.test(before)) continue;
    const eventId = dateEvent(date, before, events);
    if (eventId) candidates.add(eventId);
  }
  candidates.delete('');
  const picked = pickOne([...candidates].flatMap((id) => byId.get(id) ?? []));
  if (picked.eventId !== null || picked.ambiguous !== null) return picked;
  return governorateAnchor(sentence, events);
}

/** One event from several: a single strike beats the campaign around it; two strikes tie. */
function pickOne(events: readonly EventEntry[]): Anchor {
  if (events.length === 0) return { eventId: null, ambiguous: null };
  if (events.length === 1) return { eventId: events[0]?.id ?? null, ambiguous: null };
  const specific = events.filter((e) => !isSpan(e));
  if (specific.length === 1) return { eventId: specific[0]?.id ?? null, ambiguous: null };
  if (specific.length === 0) return { eventId: narrowest(events)?.id ?? null, ambiguous: null };
  return {
    eventId: null,
    ambiguous: `its sentence names several events (${specific.map((e) => e.id).join(', ')})`,
  };
}

/** A governorate named in the sentence, when exactly one strike in the catalogue happened there. */
function governorateAnchor(sentence: Sentence, events: readonly EventEntry[]): Anchor {
  const strikes = events.filter((e) => !isSpan(e) && e.place?.governorate);
  const named = new Set<string>();
  for (const event of strikes) {
    const governorate = event.place?.governorate;
    if (governorate && placePattern(governorate).test(sentence.quote)) named.add(governorate);
  }
  const matching = strikes.filter((e) => named.has(e.place?.governorate ?? ''));
  if (named.size === 1 && matching.length === 1)
    return { eventId: matching[0]?.id ?? null, ambiguous: null };
  if (named.size > 1) {
    return {
      eventId: null,
      ambiguous: `its sentence names several governorates (${[...named].join(', ')})`,
    };
  }
  return { eventId: null, ambiguous: null };
}

/**
 * Sets `eventId` on each figure, or leaves it null with an `eventNote` saying why. Dates are
 * judged afresh here from their values, so the order of the stages does not matter.
 */
export function linkEvents(
  text: string,
  sentences: readonly Sentence[],
  figures: readonly FigureProposal[],
  dates: readonly DateProposal[],
  places: readonly PlaceMention[],
  context: ExtractContext,
): FigureProposal[] {
  const events = context.events;
  const reports = events.filter((e) => e.kind === 'publication');
  // What happened to people happens at a strike or in a war, never at a report's publication.
  const happenings = events.filter((e) => e.kind !== 'publication');
  const anchors = new Map<string, Anchor>();
  const anchorOf = (sentence: Sentence, casualty = false) => {
    const key = `${casualty ? 'c' : 'a'}${sentence.start}`;
    let anchor = anchors.get(key);
    if (!anchor) {
      anchor = sentenceAnchor(text, sentence, dates, places, casualty ? happenings : events);
      anchors.set(key, anchor);
    }
    return anchor;
  };

  const incidents = events.filter((e) => !isSpan(e) && e.kind !== 'publication');
  const labelWords = new Map(incidents.map((e) => [e.id, distinctWords(e)]));
  /**
   * A count of what happened, in a sentence that names only the campaign or war around it,
   * belongs to the one incident of that span whose own label's words the sentence uses ("the
   * funeral-hall strike" for "an air strike on a funeral hall"): the words name the incident even
   * where no place does. A wider count never does (role context).
   */
  function incidentNamedWithin(spanId: string, sentence: Sentence): string | null {
    const span = events.find((e) => e.id === spanId);
    // One attack spoken of ("the attack on …"), not many ("air strikes have killed hundreds").
    if (
      !span ||
      !isSpan(span) ||
      !ONE_ATTACK.test(sentence.quote) ||
      MANY_ATTACKS.test(sentence.quote)
    )
      return null;
    const said = new Set(topicWords(sentence.quote));
    const named = incidents.filter(
      (e) =>
        e.date !== null &&
        spanContains(span, e.date) &&
        (labelWords.get(e.id) ?? []).some((w) => said.has(w)),
    );
    return named.length === 1 ? (named[0]?.id ?? null) : null;
  }

  const done: FigureProposal[] = [];
  for (const figure of figures) done.push(linkOne(figure));
  return done;

  function linkOne(figure: FigureProposal): FigureProposal {
    const link = (eventId: string) => ({ ...figure, eventId, eventNote: null });
    const unlinked = (note: string) => ({ ...figure, eventId: null, eventNote: note });
    if (figure.outcome !== null && REPORT_OUTCOMES.has(figure.outcome)) {
      const report = reports.length === 1 ? reports[0] : undefined;
      if (report) return link(report.id);
    }
    const index = sentences.findIndex((s) => s.start <= figure.start && figure.end <= s.end);
    const sentence = sentences[index];
    if (!sentence) return unlinked('the figure lies outside the body sentences');
    // "five of the attacks" after "six attacks": a part belongs where its whole does.
    if (PARTITIVE.test(figure.quote)) {
      const whole = [...done]
        .reverse()
        .find(
          (f) =>
            f.group === figure.group &&
            f.eventId !== null &&
            f.start >= sentence.start &&
            f.end <= figure.start,
        );
      if (whole?.eventId) return link(whole.eventId);
    }
    const casualty = figure.outcome !== null && !REPORT_OUTCOMES.has(figure.outcome);
    // A wider count (another year, the whole war) belongs to no strike the sentence names.
    const wider = figure.role === 'context';
    const fits = (eventId: string) =>
      !wider || events.some((e) => e.id === eventId && (e.kind === 'war' || e.kind === 'campaign'));
    const own = anchorOf(sentence, casualty);
    if (own.eventId !== null) {
      const incident = casualty && !wider ? incidentNamedWithin(own.eventId, sentence) : null;
      if (incident !== null) return link(incident);
      if (fits(own.eventId)) return link(own.eventId);
      return unlinked('a count wider than the event its sentence names (another year, a war)');
    }
    if (own.ambiguous !== null) return unlinked(`no single event: ${own.ambiguous}`);
    if (NEW_EVENT.test(sentence.quote)) {
      return unlinked('its sentence introduces another event and names no place or date of it');
    }
    for (let k = index - 1; k >= 0; k -= 1) {
      const earlier = sentences[k];
      if (!earlier || sentence.paragraph - earlier.paragraph > CARRY_PARAGRAPHS) break;
      const anchor = anchorOf(earlier, casualty);
      if (anchor.eventId !== null) {
        if (fits(anchor.eventId)) return link(anchor.eventId);
        return unlinked('a count wider than the event named before it (another year, a war)');
      }
      if (anchor.ambiguous !== null) break;
    }
    return unlinked(
      'no place, date or report work in its sentence or the paragraphs before it names an event',
    );
  }
}
