/**
 * Undocumented settings are bugs: every CLI command and option, every API route and parameter and
 * every error code must appear in the README.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../src/core/errors.js';
import { openapi } from '../src/api/openapi.js';
import { buildProgram } from '../src/cli/program.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('shows the two newcomer commands', () => {
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm test');
  });

  it('documents every error code', () => {
    const missing = Object.keys(catalogue).filter((code) => !readme.includes(code));
    expect(missing).toEqual([]);
  });

  it('documents every command and option', () => {
    const missing: string[] = [];
    for (const cmd of buildProgram().commands) {
      if (!readme.includes(`zvarot ${cmd.name()}`)) missing.push(cmd.name());
      for (const opt of cmd.options) if (!readme.includes(opt.long as string)) missing.push(`${cmd.name()} ${opt.long}`);
    }
    expect(missing).toEqual([]);
  });

  it('documents every API route and parameter', () => {
    const missing: string[] = [];
    for (const [route, ops] of Object.entries(openapi.paths)) {
      if (!readme.includes(route.replace(/\{(\w+)\}/g, ':$1'))) missing.push(route);
      for (const op of Object.values(ops)) {
        for (const p of (op as { parameters?: { name: string; in: string }[] }).parameters ?? []) {
          if (p.in === 'query' && !readme.includes(`\`${p.name}\``)) missing.push(`${route} ${p.name}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
