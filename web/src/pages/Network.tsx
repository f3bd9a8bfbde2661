/**
 * The network: who reports whom. Senders of the letters a query matches (denunciations by default)
 * linked to the people and organisations their letters name. Laid out with d3-force and drawn on a
 * canvas, so a few thousand nodes stay fluid; wheel to zoom, drag to pan, click a node for its
 * neighbours and letters. Labels are drawn as canvas text: hostile names cannot become markup.
 */
import { forceCenter, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { getNetwork, type Network, type NetworkNode } from '../api';
import { Link, navigate, useLocation } from '../router';
import { ErrorBox, useApi } from '../ui';
import { urlOf } from './Search';

type Node = NetworkNode & SimulationNodeDatum & { degree: number };
type Edge = SimulationLinkDatum<Node> & { letters: number };

const COLOR: Record<NetworkNode['type'], string> = { sender: '#4e79a7', PER: '#e15759', ORG: '#f28e2b' };
const FIELD = { PER: 'person', ORG: 'org' } as const;

interface View {
  k: number;
  x: number;
  y: number;
}

function radius(n: Node): number {
  return 2.5 + Math.sqrt(n.letters) * 1.6;
}

export function NetworkPage() {
  const { params } = useLocation();
  const q = params.get('q') ?? 'kind:denunciation';
  const letters = Number(params.get('letters') ?? 2000) || 2000;
  const [draft, setDraft] = useState(q);
  const [minLetters, setMinLetters] = useState(1);
  const [showPer, setShowPer] = useState(true);
  const [showOrg, setShowOrg] = useState(true);
  const [find, setFind] = useState('');
  const [selected, setSelected] = useState<Node | null>(null);
  const { data, error, loading } = useApi<Network>((signal) => getNetwork(q, letters, signal), [q, letters]);
  const canvas = useRef<HTMLCanvasElement>(null);
  const view = useRef<View>({ k: 1, x: 0, y: 0 });
  const drawRef = useRef<() => void>(() => {});
  const fitRef = useRef<() => void>(() => {});
  /** Whether the reader zoomed or panned: then the view stays where they put it. */
  const moved = useRef(false);
  // The drawing reads the selection and the label search through refs: no new layout for them.
  const selectedRef = useRef<Node | null>(null);
  selectedRef.current = selected;
  const findRef = useRef(find);
  findRef.current = find;

  // The graph the filters leave: entity nodes named in at least minLetters letters, and their senders.
  const graph = useMemo(() => {
    if (!data) return { nodes: [] as Node[], edges: [] as Edge[] };
    const keep = new Set(data.nodes.filter((n) => n.type !== 'sender' && n.letters >= minLetters && (n.type === 'PER' ? showPer : showOrg)).map((n) => n.id));
    const edges0 = data.edges.filter((e) => keep.has(e.target));
    for (const e of edges0) keep.add(e.source);
    const nodes = data.nodes.filter((n) => keep.has(n.id)).map((n): Node => ({ ...n, degree: 0 }));
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const edges = edges0.map((e): Edge => {
      const s = byId.get(e.source) as Node;
      const t = byId.get(e.target) as Node;
      s.degree++;
      t.degree++;
      return { source: s, target: t, letters: e.letters };
    });
    return { nodes, edges };
  }, [data, minLetters, showPer, showOrg]);

  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    const ctx = el.getContext('2d');
    if (!ctx) return;
    const { nodes, edges } = graph;
    setSelected(null);
    const dpr = window.devicePixelRatio || 1;
    const size = () => {
      el.width = el.clientWidth * dpr;
      el.height = el.clientHeight * dpr;
    };
    size();
    view.current = { k: 1, x: el.clientWidth / 2, y: el.clientHeight / 2 };
    const sim = forceSimulation<Node>(nodes)
      .force('link', forceLink<Node, Edge>(edges).distance(28).strength(0.6))
      .force('charge', forceManyBody<Node>().strength(-28).distanceMax(260).theta(0.95))
      .force('x', forceX<Node>(0).strength(0.04))
      .force('y', forceY<Node>(0).strength(0.04))
      .force('center', forceCenter(0, 0))
      .alphaDecay(0.035)
      .stop();
    // No head start: the first frame is drawn at once and the layout settles as it animates (ticks
    // before the first frame held the page for a second at a few thousand nodes).
    // Zoom to the whole graph, until the reader moves the view themself.
    const fit = () => {
      if (nodes.length === 0) return;
      let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
      for (const n of nodes) {
        x0 = Math.min(x0, n.x ?? 0);
        y0 = Math.min(y0, n.y ?? 0);
        x1 = Math.max(x1, n.x ?? 0);
        y1 = Math.max(y1, n.y ?? 0);
      }
      const k = Math.min(4, Math.min(el.clientWidth / (x1 - x0 + 60), el.clientHeight / (y1 - y0 + 60)));
      view.current = { k, x: el.clientWidth / 2 - ((x0 + x1) / 2) * k, y: el.clientHeight / 2 - ((y0 + y1) / 2) * k };
    };
    fitRef.current = () => {
      fit();
      draw();
    };
    moved.current = false;
    fit();
    const labelled = new Set([...nodes].sort((a, b) => b.letters - a.letters).slice(0, 25).map((n) => n.id));
    const draw = () => {
      const { k, x, y } = view.current;
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.clearRect(0, 0, el.clientWidth, el.clientHeight);
      ctx.translate(x, y);
      ctx.scale(k, k);
      ctx.lineWidth = 0.6 / k;
      ctx.strokeStyle = 'rgba(90, 90, 90, 0.25)';
      ctx.beginPath();
      for (const e of edges) {
        const s = e.source as Node;
        const t = e.target as Node;
        ctx.moveTo(s.x ?? 0, s.y ?? 0);
        ctx.lineTo(t.x ?? 0, t.y ?? 0);
      }
      ctx.stroke();
      const focus = selectedRef.current;
      const near = focus ? new Set(edges.filter((e) => e.source === focus || e.target === focus).flatMap((e) => [(e.source as Node).id, (e.target as Node).id])) : null;
      for (const n of nodes) {
        ctx.globalAlpha = near && !near.has(n.id) ? 0.2 : 1;
        ctx.fillStyle = COLOR[n.type];
        ctx.beginPath();
        ctx.arc(n.x ?? 0, n.y ?? 0, radius(n), 0, Math.PI * 2);
        ctx.fill();
        if (n === focus) {
          ctx.lineWidth = 2 / k;
          ctx.strokeStyle = '#111';
          ctx.stroke();
        }
      }
      ctx.globalAlpha = 1;
      ctx.fillStyle = '#111';
      ctx.font = `${12 / k}px system-ui, sans-serif`;
      const needle = findRef.current.trim().toLowerCase();
      for (const n of nodes) {
        // Neighbours are named when few enough to read, or once zoomed in; the chosen node always.
        const neighbour = !!near?.has(n.id) && (n === focus || near.size <= 13 || k > 1.5);
        const show = neighbour || (!near && labelled.has(n.id)) || (needle && n.label.toLowerCase().includes(needle)) || k > 2.5;
        if (show) ctx.fillText(n.label, (n.x ?? 0) + radius(n) + 2 / k, (n.y ?? 0) + 4 / k);
      }
    };
    drawRef.current = draw;
    let frame = 0;
    const step = () => {
      sim.tick();
      if (!moved.current) fit();
      draw();
      if (sim.alpha() > sim.alphaMin()) frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
    const resize = new ResizeObserver(() => {
      size();
      draw();
    });
    resize.observe(el);
    return () => {
      cancelAnimationFrame(frame);
      resize.disconnect();
      sim.stop();
    };
  }, [graph]);

  useEffect(() => drawRef.current(), [selected, find]);

  // Zoom at the pointer, pan by dragging, click to select.
  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    let drag: { x: number; y: number; moved: boolean } | null = null;
    const toGraph = (cx: number, cy: number) => ({ x: (cx - view.current.x) / view.current.k, y: (cy - view.current.y) / view.current.k });
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const r = el.getBoundingClientRect();
      const f = Math.exp(-e.deltaY * 0.0015);
      const v = view.current;
      const k = Math.min(12, Math.max(0.15, v.k * f));
      const px = e.clientX - r.left;
      const py = e.clientY - r.top;
      view.current = { k, x: px - ((px - v.x) * k) / v.k, y: py - ((py - v.y) * k) / v.k };
      moved.current = true;
      drawRef.current();
    };
    const onDown = (e: PointerEvent) => {
      drag = { x: e.clientX, y: e.clientY, moved: false };
    };
    const onMove = (e: PointerEvent) => {
      if (!drag) return;
      const dx = e.clientX - drag.x;
      const dy = e.clientY - drag.y;
      if (Math.abs(dx) + Math.abs(dy) > 2) drag.moved = moved.current = true;
      view.current = { ...view.current, x: view.current.x + dx, y: view.current.y + dy };
      drag.x = e.clientX;
      drag.y = e.clientY;
      drawRef.current();
    };
    const onUp = (e: PointerEvent) => {
      const was = drag;
      drag = null;
      if (!was || was.moved) return;
      const r = el.getBoundingClientRect();
      const p = toGraph(e.clientX - r.left, e.clientY - r.top);
      let best: Node | null = null;
      let bestD = Infinity;
      for (const n of graph.nodes) {
        const d = Math.hypot((n.x ?? 0) - p.x, (n.y ?? 0) - p.y);
        if (d < bestD && d <= radius(n) + 6 / view.current.k) {
          best = n;
          bestD = d;
        }
      }
      setSelected(best);
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    el.addEventListener('pointerdown', onDown);
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerup', onUp);
    return () => {
      el.removeEventListener('wheel', onWheel);
      el.removeEventListener('pointerdown', onDown);
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
    };
  }, [graph]);

  const neighbours = useMemo(() => {
    if (!selected) return [];
    return graph.edges
      .filter((e) => e.source === selected || e.target === selected)
      .map((e) => ({ node: (e.source === selected ? e.target : e.source) as Node, letters: e.letters }))
      .sort((a, b) => b.letters - a.letters);
  }, [selected, graph]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    navigate(`/network?${new URLSearchParams({ q: draft.trim(), letters: String(letters) })}`);
  };
  const letterFilter = (n: Node) => (n.type === 'sender' ? null : `${FIELD[n.type]}:"${n.id}"`);

  return (
    <main className="page network-page" aria-busy={loading}>
      <h2>Network</h2>
      <form className="search" onSubmit={submit} role="search">
        <input type="search" value={draft} onChange={(e) => setDraft(e.target.value)} aria-label="Network query" placeholder="kind:denunciation" />
        <select value={letters} onChange={(e) => navigate(`/network?${new URLSearchParams({ q, letters: e.target.value })}`)} aria-label="Letters at most">
          {[500, 2000, 5000, 10000].map((n) => (
            <option key={n} value={n}>
              newest {n.toLocaleString('en')} letters
            </option>
          ))}
        </select>
        <button type="submit">Show</button>
      </form>
      <div className="network-controls">
        <label>
          <input type="checkbox" checked={showPer} onChange={(e) => setShowPer(e.target.checked)} /> <span className="swatch" style={{ background: COLOR.PER }} /> people
        </label>
        <label>
          <input type="checkbox" checked={showOrg} onChange={(e) => setShowOrg(e.target.checked)} /> <span className="swatch" style={{ background: COLOR.ORG }} /> organisations
        </label>
        <span>
          <span className="swatch" style={{ background: COLOR.sender }} /> senders
        </span>
        <label>
          named in at least{' '}
          <input type="number" min={1} max={100} value={minLetters} onChange={(e) => setMinLetters(Math.max(1, Number(e.target.value) || 1))} aria-label="Named in at least" /> letters
        </label>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            // Enter selects the best-known node whose label holds the text.
            const needle = find.trim().toLowerCase();
            const hits = graph.nodes.filter((n) => needle && n.label.toLowerCase().includes(needle)).sort((a, b) => b.letters - a.letters);
            setSelected(hits[0] ?? null);
          }}
        >
          <input type="search" value={find} onChange={(e) => setFind(e.target.value)} placeholder="find a label, Enter selects" aria-label="Find a node" />
        </form>
        <button type="button" onClick={() => fitRef.current()}>
          Fit
        </button>
        {data && (
          <span className="hint" role="status">
            {graph.nodes.length.toLocaleString('en')} nodes, {graph.edges.length.toLocaleString('en')} links from {data.letters.toLocaleString('en')} letters
          </span>
        )}
      </div>
      {error && <ErrorBox error={error} />}
      <div className="network-body">
        <canvas ref={canvas} className="network-canvas" aria-label="Who reports whom" data-nodes={graph.nodes.length} />
        {selected && (
          <aside className="node-panel" aria-label="Selected node">
            <button type="button" className="close" onClick={() => setSelected(null)} aria-label="Close">
              ×
            </button>
            <h3>{selected.label}</h3>
            <p>
              {selected.type === 'sender' ? `sender of ${selected.letters} letters here` : `${selected.type === 'PER' ? 'person' : 'organisation'} named in ${selected.letters} letters here`}
              {selected.public ? ' · public' : ''}
            </p>
            {letterFilter(selected) ? (
              <Link href={urlOf({ q, f: [letterFilter(selected) as string], offset: 0, letter: null })}>Read these letters</Link>
            ) : (
              <Link href={urlOf({ q: '', f: [], offset: 0, letter: selected.id.replace(/^sender:/, '') })}>Open the sender's first letter</Link>
            )}
            <h4>{selected.type === 'sender' ? 'Names' : 'Named by'}</h4>
            <ul>
              {neighbours.slice(0, 40).map((n) => (
                <li key={n.node.id}>
                  <button type="button" className="link" onClick={() => setSelected(n.node)}>
                    {n.node.label}
                  </button>{' '}
                  <span className="facet-count">{n.letters}</span>
                </li>
              ))}
            </ul>
          </aside>
        )}
      </div>
    </main>
  );
}
