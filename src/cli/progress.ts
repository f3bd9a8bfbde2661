/** A one-line progress display on a terminal (stderr); silent when stderr is not a terminal. */
export interface Progress {
  update(done: number, total: number, detail?: string): void;
  done(message?: string): void;
}

function fmtBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KiB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MiB`;
  return `${(n / 1024 ** 3).toFixed(2)} GiB`;
}

export { fmtBytes };

export function progress(label: string, opts: { enabled?: boolean; unit?: 'items' | 'bytes' } = {}): Progress {
  const stream = process.stderr;
  const enabled = opts.enabled ?? stream.isTTY === true;
  const started = Date.now();
  let last = 0;
  return {
    update(done, total, detail) {
      if (!enabled) return;
      const now = Date.now();
      if (now - last < 80 && done < total) return;
      last = now;
      const frac = total > 0 ? Math.min(1, done / total) : 0;
      const width = 24;
      const filled = Math.round(frac * width);
      const secs = (now - started) / 1000;
      const eta = frac > 0.01 ? Math.max(0, secs / frac - secs) : NaN;
      const amount = opts.unit === 'bytes' ? `${fmtBytes(done)}/${fmtBytes(total)}` : `${done}/${total}`;
      const line = `${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(frac * 100).toFixed(0).padStart(3)}% ${amount}${detail ? ` ${detail}` : ''}${Number.isFinite(eta) ? ` ETA ${eta.toFixed(0)}s` : ''}`;
      stream.write(`\r${line.slice(0, (stream.columns ?? 120) - 1)}\x1b[K`);
    },
    done(message) {
      if (enabled) stream.write('\r\x1b[K');
      if (message) stream.write(message + '\n');
    },
  };
}
