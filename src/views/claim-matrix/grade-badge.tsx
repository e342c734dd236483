import { GRADE_WORDS, type ClaimGrade } from './claim-grade.ts';

/** Each grade's look: its words always say it; the colour only helps the eye find it. */
const LOOK: Record<ClaimGrade, string> = {
  corroborated: 'bg-emerald-50 text-emerald-950 ring-emerald-700',
  'single-source': 'bg-slate-100 text-slate-900 ring-slate-500',
  contested: 'bg-orange-50 text-orange-950 ring-orange-700',
  denied: 'bg-red-50 text-red-950 ring-red-800',
  'no-source': 'bg-white text-slate-800 ring-slate-400',
};

/** A claim's grade as a small badge, its rule and basis in the tooltip. */
export function GradeBadge({ grade, why }: { grade: ClaimGrade; why: string }) {
  return (
    <span
      className={`rounded px-1 font-semibold whitespace-nowrap ring-1 ${LOOK[grade]}`}
      title={why}
    >
      <span className="sr-only">Grade: </span>
      {GRADE_WORDS[grade]}
    </span>
  );
}
