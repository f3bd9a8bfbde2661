/**
 * Month charts on uPlot (small and fast: canvas, no DOM per bar): the search page's month histogram
 * and the timeline's stacked months. Dragging across either selects a range of months.
 */
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface Stack {
  label: string;
  color: string;
  values: number[];
}

export interface Marker {
  month: string;
  label: string;
}

/** "2020-08" → seconds at the month's start (UTC): uPlot's time axis. */
function monthSeconds(m: string): number {
  const [y, mo] = m.split('-').map(Number);
  return Date.UTC(y as number, (mo as number) - 1, 1) / 1000;
}

/** Every month from the first to the last, so gaps show as gaps. */
export function monthRange(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  const [ly, lm] = last.split('-').map(Number) as [number, number];
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

interface Props {
  months: string[];
  stacks: Stack[];
  height: number;
  markers?: Marker[];
  /** A drag across months: the first and the last month selected. */
  onRange?: (from: string, to: string) => void;
  label: string;
  /** No value axis: the small histogram beside the facets. */
  compact?: boolean;
}

/** Stacked monthly bars: the first stack at the bottom. */
export function MonthBars({ months, stacks, height, markers = [], onRange, label, compact = false }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const onRangeRef = useRef(onRange);
  onRangeRef.current = onRange;
  useEffect(() => {
    const el = box.current;
    if (!el || months.length === 0) return;
    const xs = months.map(monthSeconds);
    // Cumulative tops; drawn from the tallest down so each band shows its own part.
    const tops: number[][] = [];
    stacks.forEach((s, i) => tops.push(s.values.map((v, k) => v + (i > 0 ? (tops[i - 1]?.[k] ?? 0) : 0))));
    const order = stacks.map((_, i) => i).reverse();
    const bars = uPlot.paths.bars?.({ size: [0.85, 40], align: 1 });
    const markerSeconds = markers.map((m) => ({ x: monthSeconds(m.month), label: m.label }));
    const opts: uPlot.Options = {
      width: el.clientWidth || 600,
      height,
      legend: { show: false },
      cursor: { drag: { x: true, y: false, setScale: false }, points: { show: false } },
      scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, Math.max(1, max * 1.08)] } },
      axes: [
        { stroke: '#555', grid: { show: false }, ticks: { show: true, stroke: '#ccc' } },
        compact ? { show: false } : { stroke: '#555', size: 44, grid: { stroke: '#eee' }, ticks: { show: false } },
      ],
      series: [{}, ...order.map((i) => ({ label: stacks[i]?.label, fill: stacks[i]?.color, stroke: stacks[i]?.color, width: 0, paths: bars, points: { show: false } }))],
      hooks: {
        draw: [
          (u) => {
            // The events that explain the curve: a dashed line and a label at the month.
            const ctx = u.ctx;
            ctx.save();
            ctx.font = `${11 * devicePixelRatio}px system-ui, sans-serif`;
            ctx.fillStyle = '#333';
            ctx.strokeStyle = '#b22';
            ctx.setLineDash([4 * devicePixelRatio, 3 * devicePixelRatio]);
            markerSeconds.forEach((m, i) => {
              const x = u.valToPos(m.x, 'x', true);
              if (x < u.bbox.left || x > u.bbox.left + u.bbox.width) return;
              ctx.beginPath();
              ctx.moveTo(x, u.bbox.top);
              ctx.lineTo(x, u.bbox.top + u.bbox.height);
              ctx.stroke();
              const text = m.label;
              const w = ctx.measureText(text).width;
              const tx = Math.min(x + 4 * devicePixelRatio, u.bbox.left + u.bbox.width - w);
              ctx.fillText(text, tx, u.bbox.top + (12 + 13 * (i % 3)) * devicePixelRatio);
            });
            ctx.restore();
          },
        ],
        setSelect: [
          (u) => {
            if (u.select.width < 2) return;
            const from = u.posToVal(u.select.left, 'x');
            const to = u.posToVal(u.select.left + u.select.width, 'x');
            const inside = months.filter((_, k) => (xs[k] as number) + 14 * 86400 >= from && (xs[k] as number) <= to);
            u.setSelect({ left: 0, top: 0, width: 0, height: 0 }, false);
            if (inside.length) onRangeRef.current?.(inside[0] as string, inside[inside.length - 1] as string);
          },
        ],
      },
    };
    const data: uPlot.AlignedData = [xs, ...order.map((i) => tops[i] as number[])];
    const plot = new uPlot(opts, data, el);
    const resize = new ResizeObserver(() => plot.setSize({ width: el.clientWidth, height }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [months, stacks, height, markers, compact]);
  return <div ref={box} className="month-chart" role="img" aria-label={label} data-months={months.length} />;
}
