/** Serves the built web app from web/dist, whatever the working directory, and never outside it. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** dist/src/api/static.js → repository root → web/dist. */
export const WEB_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'web', 'dist');

export interface StaticFile {
  body: Buffer;
  type: string;
  immutable: boolean;
}

export async function readStatic(urlPath: string, root = WEB_ROOT): Promise<StaticFile | null> {
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const file = path.resolve(root, '.' + path.posix.normalize('/' + rel));
  if (!file.startsWith(root + path.sep)) return null;
  try {
    const body = await readFile(file);
    return { body, type: TYPES[path.extname(file)] ?? 'application/octet-stream', immutable: file.includes(`${path.sep}assets${path.sep}`) };
  } catch {
    return null;
  }
}
