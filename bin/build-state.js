// Whether build/ (made by `npm run build`) holds the current sources: its stamp is newer than every
// file under src/. Shared by bin/nienbieu.js and the benchmarks, so they run the same code.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export function buildIsFresh(root = ROOT) {
  const stamp = join(root, 'build', '.stamp');
  if (!existsSync(stamp)) return false;
  const built = statSync(stamp).mtimeMs;
  const src = join(root, 'src');
  // ~100 files: a stat each is about a millisecond in all.
  for (const e of readdirSync(src, { recursive: true, withFileTypes: true })) {
    if (e.isFile() && statSync(join(e.parentPath, e.name)).mtimeMs > built) return false;
  }
  return true;
}
