/**
 * A map of Belarus by oblast, drawn for zvarot: simplified outlines from a few dozen points
 * (longitude, latitude) shared along the borders, so neighbours meet exactly. Schematic, not
 * survey-accurate: enough to read where letters come from, with no tile server.
 */

type Pt = readonly [number, number];

// Outer border, clockwise from the north-west, and the inner junctions of three oblasts.
const P = {
  nw: [26.55, 55.7],
  n1: [28.2, 56.15],
  n2: [29.4, 55.95],
  ne: [30.9, 55.6],
  e1: [30.8, 54.75],
  e2: [31.8, 54.05],
  e3: [32.45, 53.1],
  se: [31.8, 52.1],
  s1: [30.6, 51.4],
  s2: [29.3, 51.45],
  s3: [27.5, 51.6],
  s4: [26.0, 51.9],
  s5: [24.4, 51.7],
  sw: [23.6, 51.6],
  w1: [23.2, 52.2],
  w2: [23.6, 52.7],
  w3: [23.9, 52.95],
  w4: [23.5, 53.9],
  w5: [24.4, 53.95],
  w6: [25.8, 54.2],
  w7: [25.6, 54.8],
  w8: [26.5, 55.1],
  // Junctions: Grodno–Brest–Minsk, Brest–Minsk–Gomel, Minsk–Gomel–Mogilev, Minsk–Mogilev–Vitebsk, Grodno–Minsk–Vitebsk.
  gbm: [26.2, 53.2],
  bmg: [27.3, 52.55],
  mgm: [28.3, 52.75],
  mmv: [29.6, 54.5],
  gmv: [26.9, 54.85],
} as const satisfies Record<string, Pt>;

// Borders between two oblasts, from one junction to the next.
const gb: Pt[] = [P.w3, [25.0, 53.0], P.gbm];
const gm: Pt[] = [P.gbm, [26.6, 53.7], [26.4, 54.3], P.gmv];
const bm: Pt[] = [P.gbm, [26.9, 52.9], P.bmg];
const bg: Pt[] = [P.bmg, [27.6, 52.1], P.s3];
const mg: Pt[] = [P.bmg, P.mgm];
const gmo: Pt[] = [P.mgm, [30.5, 53.0], P.e3];
const mmo: Pt[] = [P.mgm, [28.5, 53.4], [29.2, 53.9], P.mmv];
const mv: Pt[] = [P.mmv, [28.6, 54.65], [27.8, 54.8], P.gmv];
const gv: Pt[] = [P.gmv, P.w8];

const rev = (l: Pt[]) => [...l].reverse();

/** Each oblast as a closed ring, under the value the oblast facet gives it. */
const OBLASTS: { name: string; label: string; ring: Pt[] }[] = [
  { name: 'Гродненская область', label: 'Hrodna', ring: [P.w3, P.w4, P.w5, P.w6, P.w7, P.w8, ...rev(gv), ...rev(gm), ...rev(gb)] },
  { name: 'Брестская область', label: 'Brest', ring: [P.sw, P.w1, P.w2, ...gb, ...bm, ...bg, P.s4, P.s5] },
  { name: 'Гомельская область', label: 'Homel', ring: [P.s3, ...rev(bg), ...mg, ...gmo, P.se, P.s1, P.s2] },
  { name: 'Могилёвская область', label: 'Mahilyow', ring: [...gmo, P.e2, P.e1, ...rev(mmo)] },
  { name: 'Витебская область', label: 'Vitsyebsk', ring: [P.nw, P.n1, P.n2, P.ne, P.e1, ...mv, ...gv] },
  { name: 'Минская область', label: 'Minsk Region', ring: [...gm, ...rev(mv), ...rev(mmo), ...rev(mg), ...rev(bm)] },
];

const MINSK: Pt = [27.56, 53.9];
const MINSK_CITY = 'город Минск';

const SCALE = 100;
const COS = Math.cos((53.7 * Math.PI) / 180);
const x = (lon: number) => (lon - 23.0) * COS * SCALE + 10;
const y = (lat: number) => (56.35 - lat) * SCALE + 10;
const path = (ring: Pt[]) => `M${ring.map(([lon, lat]) => `${x(lon).toFixed(1)},${y(lat).toFixed(1)}`).join('L')}Z`;

function centre(ring: Pt[]): [number, number] {
  const n = ring.length;
  return [ring.reduce((a, p) => a + x(p[0]), 0) / n, ring.reduce((a, p) => a + y(p[1]), 0) / n];
}

/** Light to dark blue by share of the largest count. */
function shade(count: number, max: number): string {
  if (!count || !max) return '#f1f1ee';
  const t = Math.sqrt(count / max);
  const l = 92 - t * 55;
  return `hsl(212, 55%, ${l.toFixed(0)}%)`;
}

export function BelarusMap({ counts, onPick }: { counts: Map<string, number>; onPick: (oblast: string) => void }) {
  const max = Math.max(0, ...[...counts.entries()].filter(([k]) => k !== MINSK_CITY).map(([, v]) => v));
  const cityCount = counts.get(MINSK_CITY) ?? 0;
  const width = x(32.9) + 10;
  const height = y(51.2) + 10;
  return (
    <svg className="belarus-map" viewBox={`0 0 ${width.toFixed(0)} ${height.toFixed(0)}`} role="img" aria-label="Letters by oblast">
      {OBLASTS.map((o) => {
        const [cx, cy] = centre(o.ring);
        const count = counts.get(o.name) ?? 0;
        const dark = max > 0 && count / max > 0.45;
        const ly = o.name === 'Минская область' ? cy + 45 : cy;
        return (
          <g key={o.name} className="oblast" data-oblast={o.name} tabIndex={0} role="button" aria-label={`${o.label}: ${count} letters`} onClick={() => onPick(o.name)} onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && onPick(o.name)}>
            <title>{`${o.name} (${o.label}): ${count.toLocaleString('en')} letters`}</title>
            <path d={path(o.ring)} fill={shade(count, max)} />
            <text x={cx} y={ly} className={dark ? 'on-dark' : ''}>
              {o.label}
            </text>
            <text x={cx} y={ly + 16} className={dark ? 'count on-dark' : 'count'}>
              {count.toLocaleString('en')}
            </text>
          </g>
        );
      })}
      <g className="oblast city" data-oblast={MINSK_CITY} tabIndex={0} role="button" aria-label={`Minsk city: ${cityCount} letters`} onClick={() => onPick(MINSK_CITY)} onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && onPick(MINSK_CITY)}>
        <title>{`город Минск (Minsk city): ${cityCount.toLocaleString('en')} letters`}</title>
        <circle cx={x(MINSK[0])} cy={y(MINSK[1])} r={17} fill={shade(Math.min(cityCount, max), max)} />
        <text x={x(MINSK[0])} y={y(MINSK[1]) - 22}>
          Minsk
        </text>
        <text x={x(MINSK[0])} y={y(MINSK[1]) + 4} className="count">
          {cityCount.toLocaleString('en')}
        </text>
      </g>
    </svg>
  );
}
