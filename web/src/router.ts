/**
 * The app's routes are plain URLs: a page, a search, a letter or a collection is a link a
 * colleague can open. History API only; no router library for a handful of paths.
 */
import { createElement, useEffect, useState, type AnchorHTMLAttributes, type MouseEvent } from 'react';

const EVENT = 'zvarot:navigate';

export interface Location {
  path: string;
  params: URLSearchParams;
}

function read(): Location {
  return { path: window.location.pathname, params: new URLSearchParams(window.location.search) };
}

export function navigate(url: string, replace = false): void {
  if (replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new Event(EVENT));
}

/** The current location, updated on back/forward and on navigate(). */
export function useLocation(): Location {
  const [loc, setLoc] = useState(read);
  useEffect(() => {
    const on = () => setLoc(read());
    window.addEventListener('popstate', on);
    window.addEventListener(EVENT, on);
    return () => {
      window.removeEventListener('popstate', on);
      window.removeEventListener(EVENT, on);
    };
  }, []);
  return loc;
}

/** A link that navigates in the page, and still opens in a new tab with a modifier key. */
export function Link(props: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    props.onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(props.href);
  };
  return createElement('a', { ...props, onClick });
}

/** The search page's URL for a query (and optional facet clauses). */
export function searchUrl(q: string, filters: string[] = []): string {
  const p = new URLSearchParams();
  if (q) p.set('q', q);
  for (const f of filters) p.append('f', f);
  return `/${p.size ? `?${p}` : ''}`;
}
