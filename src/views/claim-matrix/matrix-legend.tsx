import { useState, type ReactNode } from 'react';
import { NARROW_SCREEN, useMediaQuery } from '../shared/use-media-query.ts';
import { GRADE_RULES, GRADES } from './claim-grade.ts';
import { GradeBadge } from './grade-badge.tsx';
import { MACHINE_MEASURED, SOURCES_RULE, TOTALS_RULE } from './legend-words.ts';
import { ReviewedMark, StanceMark } from '../shared/stance-mark.tsx';

const ENTRIES: { mark: ReactNode; term: string; meaning: string; stanceFilterOnly?: boolean }[] = [
  {
    mark: <StanceMark stance="asserts" />,
    term: 'asserts',
    meaning: 'the outlet states it in its own voice',
  },
  {
    mark: <StanceMark stance="attributes" />,
    term: 'attributes',
    meaning: 'reports it as someone’s claim (whose: under the mark)',
  },
  {
    mark: <StanceMark stance="disputes" />,
    term: 'disputes',
    meaning: 'reports a denial or rebuttal of it',
  },
  {
    mark: <StanceMark stance="not-reported" />,
    term: 'not reported',
    meaning: 'the article does not carry the claim',
  },
  {
    mark: (
      <span className="inline-flex items-center gap-0.5">
        <StanceMark stance="attributes" />
        <StanceMark stance="disputes" size={13} />
      </span>
    ),
    term: 'small second mark',
    meaning: 'the article also takes that stance: it carries the claim and also reports a denial',
  },
  {
    mark: <span className="w-5 text-center text-base leading-none font-bold">~</span>,
    term: 'hedged',
    meaning: 'the words keep a “may”, “could” or “allegedly”',
  },
  {
    mark: <ReviewedMark />,
    term: 'reviewed',
    meaning: 'a curator checked the link; links without it are machine-proposed',
  },
  {
    mark: <span className="text-xs font-medium">49 civilians</span>,
    term: 'figure',
    meaning: 'the count cited; “(vague)” for “hundreds” and the like; * elsewhere in the article',
  },
  {
    mark: (
      <span className="rounded bg-amber-100 px-1 text-xs font-semibold text-amber-950 ring-1 ring-amber-700">
        ≠ 1
      </span>
    ),
    term: 'discrepancy',
    meaning: 'articles disagree about the claim',
  },
  {
    mark: (
      <span className="inline-block h-4 w-5 rounded-sm bg-amber-50 shadow-[inset_0_-4px_0_var(--color-oi-orange)] ring-1 ring-slate-300" />
    ),
    term: 'marked cell',
    meaning: 'one of its stances is one the stance filter asks for',
    stanceFilterOnly: true,
  },
  {
    mark: null,
    term: 'identity stated, inferred, unknown',
    meaning: 'the text names the outlet, page furniture suggests it, or nothing does',
  },
  { mark: null, term: '3 sources', meaning: SOURCES_RULE },
  { mark: null, term: 'total', meaning: TOTALS_RULE },
];

/** Explains every mark the claim matrix shows, in words, and the rule of each grade. */
export function MatrixLegend({ stanceFilter }: { stanceFilter: boolean }) {
  // Open where there is room, until the reader says otherwise; on a phone it would push the matrix
  // below the fold.
  const narrow = useMediaQuery(NARROW_SCREEN);
  const [chosen, setChosen] = useState<boolean | null>(null);
  const open = chosen ?? !narrow;
  return (
    <details
      data-wide-layout
      open={open}
      onToggle={(event) => {
        if (event.currentTarget.open !== open) setChosen(event.currentTarget.open);
      }}
      className="mb-3 rounded-lg border border-slate-200 bg-white px-3 py-2 text-sm"
    >
      <summary className="cursor-pointer font-medium text-slate-900">
        Legend: what the marks mean
      </summary>
      <dl className="mt-2 grid [grid-template-columns:repeat(auto-fill,minmax(15rem,1fr))] gap-x-6 gap-y-1 text-[13px]">
        {ENTRIES.filter((entry) => stanceFilter || entry.stanceFilterOnly !== true).map((entry) => (
          <div key={entry.term}>
            <dt className="inline">
              {entry.mark && (
                <span className="mr-1.5 inline-flex items-center align-middle">{entry.mark}</span>
              )}
              <span className="font-medium text-slate-900">{entry.term}</span>
            </dt>{' '}
            <dd className="inline text-slate-700">{entry.meaning}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 text-[13px] font-medium text-slate-900">
        Grades, from the links in all articles, whatever the filters show:
      </p>
      <dl className="grid [grid-template-columns:repeat(auto-fill,minmax(15rem,1fr))] gap-x-6 gap-y-1 text-[13px]">
        {GRADES.filter((grade) => grade !== 'no-source').map((grade) => (
          <div key={grade}>
            <dt className="mr-1.5 inline text-xs">
              <GradeBadge grade={grade} why={GRADE_RULES[grade]} />
            </dt>
            <dd className="inline text-slate-700">{GRADE_RULES[grade]}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 text-[13px] text-slate-700">{MACHINE_MEASURED}</p>
    </details>
  );
}
