import { LegendItem } from '../shared/legend-item.tsx';
import type { OutletStyle } from '../shared/outlet-colors.ts';
import { OutletSwatch } from '../shared/outlet-swatch.tsx';
import type { ChartRow } from './casualty-data.ts';
import { KindSwatch } from './figure-marks.tsx';

const KINDS: { kind: ChartRow['kind']; label: string }[] = [
  { kind: 'exact', label: 'exact figure' },
  { kind: 'lower-bound', label: '“at least”: open-ended' },
  { kind: 'approximate', label: '“around”, “almost”: approximate' },
  { kind: 'range', label: 'range' },
  { kind: 'vague', label: '“hundreds”, “dozens”: vague, set apart, no number' },
  { kind: 'not-reported', label: 'not reported' },
];

interface FigureLegendProps {
  /** The outlets to list, each with its style and name. */
  outlets: { style: OutletStyle; name: string }[];
  /** The kinds of figure to explain; all of them when not given. */
  kinds?: readonly ChartRow['kind'][];
  id?: string;
}

/**
 * How to read the casualty charts: the mark of each kind of figure and each outlet's colour. Each
 * entry is marked for exports, which draw the legend into the image.
 */
export function FigureLegend({ outlets, kinds, id }: FigureLegendProps) {
  const shown = KINDS.filter((k) => !kinds || kinds.includes(k.kind));
  return (
    <div id={id} className="flex flex-col gap-2 text-sm text-slate-700">
      <div>
        <h3 className="text-xs font-semibold tracking-wide text-slate-600 uppercase">
          How figures are drawn
        </h3>
        <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {shown.map(({ kind, label }) => (
            <LegendItem
              key={kind}
              label={label}
              legendKey={kind}
              swatch={<KindSwatch kind={kind} />}
            />
          ))}
        </ul>
      </div>
      {outlets.length > 0 && (
        <div>
          <h3 className="text-xs font-semibold tracking-wide text-slate-600 uppercase">Outlets</h3>
          <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {outlets.map(({ style, name }) => (
              <LegendItem
                key={style.outletId}
                label={name}
                legendKey={style.outletId}
                swatch={<OutletSwatch style={style} />}
              />
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
