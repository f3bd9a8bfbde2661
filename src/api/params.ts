/** Query parameters every route reads the same way, with the same errors (E_QUERY_PARAM). */
import type { Context } from 'hono';
import { ZvarotError } from '../core/errors.js';

/** A whole number, or undefined when the parameter is absent or empty. */
export function intParam(c: Context, name: string): number | undefined {
  const v = c.req.query(name);
  if (v === undefined || v === '') return undefined;
  if (!/^-?\d+$/.test(v)) throw new ZvarotError('E_QUERY_PARAM', `${name} must be a whole number, got "${v.slice(0, 20)}"`);
  return Number(v);
}

/** A whole number from min to max, or the fallback when the parameter is absent. */
export function rangedParam(c: Context, name: string, min: number, max: number, fallback: number): number {
  const n = intParam(c, name) ?? fallback;
  if (n < min || n > max) throw new ZvarotError('E_QUERY_PARAM', `${name} must be a whole number from ${min} to ${max}, got ${n}`);
  return n;
}

/** `translit=off` (or false, 0) switches cross-script matching off; anything else but on/true/1 is an error. */
export function translitParam(v: string | undefined): boolean {
  if (v === undefined || v === '' || v === 'on' || v === 'true' || v === '1') return true;
  if (v === 'off' || v === 'false' || v === '0') return false;
  throw new ZvarotError('E_QUERY_PARAM', `translit must be on or off, got "${v.slice(0, 40)}"`);
}
