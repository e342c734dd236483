import type { Figure } from '../../corpus/schema.ts';

// Whole numbers, nearly every figure, are grouped by hand exactly as en-GB groups them: a page's
// first Intl call loads locale data, 10-20 ms of the matrix's first render in Chromium.
const number = (value: number) =>
  Number.isSafeInteger(value)
    ? String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
    : value.toLocaleString('en-GB');

/**
 * A figure in words a reader can trust: the qualifier and bounds as written ("at least 200
 * civilians", "12–15 fighters"), and a vague amount as its own words, marked vague, never a number.
 */
export function formatFigure(
  figure: Pick<Figure, 'low' | 'high' | 'qualifier' | 'vague' | 'group' | 'quote'>,
): string {
  if (figure.vague) return `${figure.quote} (vague)`;
  const qualifier = figure.qualifier === null ? '' : `${figure.qualifier} `;
  const amount =
    figure.high === null
      ? figure.qualifier === null
        ? `${number(figure.low)} or more`
        : `${qualifier}${number(figure.low)}`
      : figure.high === figure.low
        ? `${qualifier}${number(figure.low)}`
        : `${qualifier}${number(figure.low)}–${number(figure.high)}`;
  return figure.group === 'other' ? amount : `${amount} ${figure.group}`;
}
