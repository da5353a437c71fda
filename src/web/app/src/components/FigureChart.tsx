/**
 * Reported casualty figures of one incident over time: one chart per measure
 * (killed, injured…), one series per source, x = when it was reported.
 * The same figures are listed in a table for screen readers and keyboards.
 */
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import type { Figure } from '../api.js';
import { day } from '../util.js';

const PALETTE = ['#1f6feb', '#d1242f', '#1a7f37', '#9a6700', '#8250df', '#bf3989', '#0a7f83', '#57606a'];

const DAY = 86_400;

const sourceName = (f: Figure): string => f.source.outlet ?? f.source.title ?? f.source.document;
const seconds = (iso: string): number => Date.parse(iso.length === 10 ? `${iso}T12:00:00Z` : iso) / 1000;

function chartData(figures: Figure[]): { data: uPlot.AlignedData; sources: string[] } {
  const dated = figures.filter((f) => f.reported && !Number.isNaN(seconds(f.reported)));
  const sources = [...new Set(dated.map(sourceName))];
  const xs = [...new Set(dated.map((f) => seconds(f.reported as string)))].sort((a, b) => a - b);
  const ys = sources.map((s) =>
    xs.map((x) => {
      const at = dated.filter((f) => sourceName(f) === s && seconds(f.reported as string) === x);
      return at.length ? Math.max(...at.map((f) => f.value)) : null;
    }),
  );
  return { data: [xs, ...ys] as uPlot.AlignedData, sources };
}

function MeasureChart({ measure, figures }: { measure: string; figures: Figure[] }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const { data, sources } = chartData(figures);
    const xs = data[0] as number[];
    if (xs.length === 0) return;
    const width = () => Math.max(240, Math.min(el.clientWidth || 480, 720));
    const plot = new uPlot(
      {
        width: width(),
        height: 180,
        title: `${measure} as reported`,
        scales: {
          // a day either side: a lone report would otherwise stretch the axis over years
          x: { time: true, auto: false, range: [(xs[0] ?? 0) - DAY, (xs[xs.length - 1] ?? 0) + DAY] },
          y: { range: (_u, _min, max) => [0, Math.max(1, Math.ceil(max * 1.15))] },
        },
        axes: [{}, { label: measure }],
        series: [
          { label: 'reported' },
          ...sources.map((s, i) => ({
            label: s,
            stroke: PALETTE[i % PALETTE.length],
            width: 2,
            spanGaps: true,
            points: { show: true, size: 8 },
          })),
        ],
        legend: { show: true, live: false },
      },
      data,
      el,
    );
    const ro = new ResizeObserver(() => plot.setSize({ width: width(), height: 180 }));
    ro.observe(el);
    return () => {
      ro.disconnect();
      plot.destroy();
    };
  }, [measure, figures]);
  return <div class="chart" ref={box} role="img" aria-label={`Chart of ${measure} figures reported over time`} />;
}

export function FigureCharts({ figures }: { figures: Figure[] }) {
  if (figures.length === 0) return <p class="muted">No casualty figures reported.</p>;
  const measures = [...new Set(figures.map((f) => f.measure))];
  return (
    <div class="figures">
      {measures.map((m) => (
        <MeasureChart key={m} measure={m} figures={figures.filter((f) => f.measure === m)} />
      ))}
      <details>
        <summary>Figures as a table ({figures.length})</summary>
        <table class="data">
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col">Value</th>
              <th scope="col">Source</th>
              <th scope="col">Reported</th>
            </tr>
          </thead>
          <tbody>
            {figures.map((f, i) => (
              <tr key={i}>
                <td>{f.measure}</td>
                <td>
                  {f.qualifier && f.qualifier !== 'exact' ? `${f.qualifier.replace('_', ' ')} ` : ''}
                  {f.value}
                </td>
                <td>
                  <a href={`#/documents/${encodeURIComponent(f.source.document)}`}>{sourceName(f)}</a>
                </td>
                <td>{day(f.reported)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
