/** The story's timeline on an interactive vis-timeline (zoom, drag); clicking an item opens its evidence. */
import { useEffect, useRef } from 'react';
import { Timeline as VisTimeline, type DataItem } from 'vis-timeline/standalone';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import type { Story } from '../api.ts';

type Entry = Story['timeline'][number];

/** "2023-11", "2023" and "2023-11-09" → a Date at the start of that period. */
function startOf(date: string): Date | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1));
  return Number.isNaN(d.getTime()) ? null : d;
}

const short = (s: string, n = 48) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function Timeline({ entries, onPick }: { entries: Entry[]; onPick: (index: number) => void }) {
  const box = useRef<HTMLDivElement>(null);
  const pick = useRef(onPick);
  pick.current = onPick;
  useEffect(() => {
    if (!box.current) return;
    const items = entries.flatMap((e, i) => {
      const start = startOf(e.date);
      return start ? [{ id: i, start, content: short(e.text), date: e.date, type: 'point' } as DataItem] : [];
    });
    if (items.length === 0) return;
    // Labels run to the right of their dot: leave room after the last one.
    const times = items.map((it) => (it.start as Date).getTime());
    const first = Math.min(...times);
    const span = Math.max(Math.max(...times) - first, 1000 * 60 * 60 * 24 * 30);
    const timeline = new VisTimeline(box.current, items, {
      // Item text is article text: build it as a text node, never as HTML.
      template: (item?: { content?: string; date?: string }) => {
        const el = document.createElement('span');
        const d = document.createElement('b');
        d.textContent = `${item?.date ?? ''} `;
        el.append(d, document.createTextNode(item?.content ?? ''));
        return el;
      },
      stack: true,
      zoomMin: 1000 * 60 * 60 * 24 * 3,
      margin: { item: 6 },
      maxHeight: 420,
      start: new Date(first - span * 0.05),
      end: new Date(first + span * 1.35),
      locale: 'en',
    });
    timeline.on('select', (props: { items: number[] }) => {
      if (props.items.length) pick.current(props.items[0]!);
    });
    return () => timeline.destroy();
  }, [entries]);
  return <div className="vis-box" ref={box} data-testid="timeline" />;
}
