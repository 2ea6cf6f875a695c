/**
 * The built web UI (dist/web). Every file is listed once at start-up and looked up by its URL path,
 * so no request path ever reaches the file system: "../", encoded slashes or NUL bytes cannot
 * escape the folder because nothing outside the list is served.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../dist/web/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticFile {
  body: Buffer;
  type: string;
  /** hashed build assets never change under their name */
  immutable: boolean;
}

export function loadWebRoot(root: string): Map<string, StaticFile> | null {
  let entries: string[];
  try {
    if (!statSync(root).isDirectory()) return null;
    entries = readdirSync(root, { recursive: true }) as string[];
  } catch {
    return null;
  }
  const files = new Map<string, StaticFile>();
  for (const rel of entries) {
    const path = join(root, rel);
    if (!statSync(path).isFile()) continue;
    const url = `/${relative(root, path).split(sep).join('/')}`;
    const type = TYPES[extname(path).toLowerCase()];
    if (!type) continue;
    files.set(url, { body: readFileSync(path), type, immutable: url.startsWith('/assets/') });
  }
  return files.has('/index.html') ? files : null;
}
