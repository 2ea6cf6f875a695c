import { existsSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SHARED = process.env.NIENBIEU_SHARED ?? join(ROOT, '..', 'shared');

/** ViMs article paths, or [] when ../shared is absent. */
export function vimsFilesIfPresent(): string[] {
  const root = join(SHARED, 'data', 'ViMs', 'original');
  if (!existsSync(root)) return [];
  return readdirSync(root).sort().flatMap((c) => {
    const dir = join(root, c, 'original');
    return existsSync(dir) ? readdirSync(dir).sort().map((f) => join(dir, f)) : [];
  });
}
