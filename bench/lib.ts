/** Shared helpers for the benchmarks: where the data is, and how figures are printed. */
import { existsSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED = process.env.NIENBIEU_SHARED ?? join(ROOT, '..', 'shared');
export const VIMS = join(SHARED, 'data', 'ViMs');

/** All ViMs article paths, cluster by cluster; exits with a message when the data is absent. */
export function vimsFiles(): string[] {
  const root = join(VIMS, 'original');
  if (!existsSync(root)) {
    console.log(`skipped: needs ${root}`);
    process.exit(0);
  }
  const files: string[] = [];
  for (const c of readdirSync(root).sort()) {
    const dir = join(root, c, 'original');
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort((a, b) => parseInt(a) - parseInt(b))) files.push(join(dir, f));
  }
  return files;
}

export const peakRssMb = () => process.resourceUsage().maxRSS / 1024;

export function row(label: string, value: string, target?: string, ok?: boolean): void {
  console.log(`  ${label.padEnd(40)} ${value.padStart(14)}${target ? `   target ${target}${ok === undefined ? '' : ok ? ' ✓' : ' ✗'}` : ''}`);
}

export const countSyllables = (text: string) => text.split(/\s+/).filter(Boolean).length;
