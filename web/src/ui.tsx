/** Small pieces every page uses. Letters are hostile text: everything here renders text, never HTML. */
import { useEffect, useState, type ReactElement } from 'react';
import { ApiFailure, type ApiError } from './api';

export function ErrorBox({ error }: { error: ApiError }) {
  return (
    <div className="error" role="alert">
      <strong>{error.code}</strong> {error.message}
      <div className="hint">{error.hint}</div>
    </div>
  );
}

export interface Mark {
  start: number;
  end: number;
  className: string;
  title?: string;
}

/**
 * Text with marked ranges, which may overlap (a matched word inside an entity inside the evidence):
 * the text is cut at every mark's edges and each piece carries the classes of all marks over it.
 * React escapes every piece.
 */
export function Marked({ text, marks }: { text: string; marks: Mark[] }) {
  const valid = marks.filter((m) => m.start >= 0 && m.end > m.start && m.end <= text.length);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const parts: ReactElement[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i] as number;
    const to = cuts[i + 1] as number;
    const over = valid.filter((m) => m.start <= from && to <= m.end);
    const piece = text.slice(from, to);
    if (over.length === 0) parts.push(<span key={from}>{piece}</span>);
    else
      parts.push(
        <mark key={from} className={[...new Set(over.map((m) => m.className))].join(' ')} title={over.map((m) => m.title).filter(Boolean).join('; ') || undefined}>
          {piece}
        </mark>,
      );
  }
  return <>{parts}</>;
}

/** Text with highlighted ranges (search matches). */
export function Highlighted({ text, ranges }: { text: string; ranges: [number, number][] }) {
  return <Marked text={text} marks={ranges.map(([start, end]) => ({ start, end, className: 'hit-mark' }))} />;
}

/** Loads with the API and re-loads when `deps` change; a newer load cancels the older. */
export function useApi<T>(load: (signal: AbortSignal) => Promise<T>, deps: unknown[]): { data: T | null; error: ApiError | null; loading: boolean; reload: () => void } {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const ctl = new AbortController();
    setLoading(true);
    load(ctl.signal)
      .then((d) => {
        setData(d);
        setError(null);
      })
      .catch((e: unknown) => {
        if (e instanceof ApiFailure) setError(e.error);
      })
      .finally(() => {
        if (!ctl.signal.aborted) setLoading(false);
      });
    return () => ctl.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, tick]);
  return { data, error, loading, reload: () => setTick((t) => t + 1) };
}

export const KIND_LABEL: Record<string, string> = {
  complaint: 'complaint',
  appeal: 'appeal',
  statement: 'statement',
  denunciation: 'denunciation',
  self_denunciation: 'self-denunciation',
  gratitude: 'gratitude',
  other: 'other',
};

/** One colour per kind, used by chips and charts alike. */
export const KIND_COLOR: Record<string, string> = {
  complaint: '#4e79a7',
  appeal: '#59a14f',
  statement: '#9c755f',
  denunciation: '#e15759',
  self_denunciation: '#b07aa1',
  gratitude: '#76b7b2',
  other: '#bab0ac',
};

export function KindChip({ kind }: { kind: string | null | undefined }) {
  if (!kind) return null;
  return <span className={`chip kind kind-${kind}`}>{KIND_LABEL[kind] ?? kind}</span>;
}
