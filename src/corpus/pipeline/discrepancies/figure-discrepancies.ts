import type { Discrepancy, Figure } from '../../schema.ts';
import {
  byPlace,
  comparable,
  compatible,
  describeFigure,
  item,
  type DiscrepancyInput,
} from './shared.ts';

/** Totals compare when they count the same event, group and outcome (killed with killed). */
function measureKey(figure: Figure): string {
  return `${figure.eventId ?? ''}|${figure.group}|${figure.outcome ?? ''}`;
}

/** Totals of one event, group and outcome that cannot all be true, each article's values once. */
export function figureDiscrepancies(input: DiscrepancyInput): Discrepancy[] {
  const eventLabel = new Map(input.events.map((e) => [e.id, e.label]));
  const groups = new Map<string, Figure[]>();
  for (const figure of input.figures) {
    if (figure.eventId === null || !comparable(figure)) continue;
    const key = measureKey(figure);
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [figure]);
    else list.push(figure);
  }
  const found: Discrepancy[] = [];
  for (const figures of groups.values()) {
    // Two figures from different articles conflict when one's low exceeds the other's high. If
    // any pair does, the highest low or the lowest high is in one: linear, not quadratic.
    const highestLow = figures.reduce((a, b) => (b.low > a.low ? b : a));
    const lowestHigh = figures.reduce((a, b) =>
      (b.high ?? Infinity) < (a.high ?? Infinity) ? b : a,
    );
    const conflict = figures.some(
      (g) =>
        (g.articleId !== highestLow.articleId && !compatible(highestLow, g)) ||
        (g.articleId !== lowestHigh.articleId && !compatible(lowestHigh, g)),
    );
    if (!conflict) continue;
    // One item per article and distinct value: the first time each article gives it.
    const shown = new Map<string, Figure>();
    for (const f of [...figures].sort(byPlace)) {
      const value = `${f.articleId}|${f.low}|${f.high ?? ''}|${f.vague}`;
      if (!shown.has(value)) shown.set(value, f);
    }
    const first = figures[0];
    if (first === undefined || first.eventId === null) continue;
    found.push({
      kind: 'figure',
      subject:
        `${eventLabel.get(first.eventId) ?? first.eventId}: ${first.group} ${first.outcome ?? ''}`.trim(),
      claimId: null,
      eventId: first.eventId,
      items: [...shown.values()].map((f) =>
        item(
          f,
          `article ${f.articleId} gives ${describeFigure(f)}${f.attributedTo === null ? '' : `, per ${f.attributedTo}`}`,
        ),
      ),
    });
  }
  return found;
}
