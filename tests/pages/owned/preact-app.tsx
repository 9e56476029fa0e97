/**
 * A real Preact app for the robustness suite (bundled by build.ts, never
 * shipped): a live desk whose items re-render every tick. Names are their
 * own text nodes that Preact patches with `node.data`, a conditional text
 * node appears and disappears before a name (Preact inserts it before the
 * name's node), and the list is re-keyed so Preact moves and remounts items.
 * After each render the app checks the DOM against what it rendered and
 * counts mismatches in `window.__preactApp.violations`.
 */
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

const NAMES = ['Volodymyr Zelensky', 'Steve Witkoff', 'Jared Kushner', 'Friedrich Merz', 'Rustem Umerov', 'the delegation'];
const TAILS = [' spoke about security guarantees for Ukraine.', ' asked about the Donbas and a ceasefire.', ' said the Kremlin had not yet seen the text.'];

interface Item {
  key: number;
  name: string;
  tail: string;
  urgent: boolean;
}

interface AppState {
  ticks: number;
  renders: number;
  violations: string[];
  paused: boolean;
}

const app: AppState = { ticks: 0, renders: 0, violations: [], paused: false };
(window as unknown as { __preactApp: AppState }).__preactApp = app;

function itemsAt(tick: number): Item[] {
  const items: Item[] = [];
  for (let i = 0; i < 5; i++) {
    const seed = tick + i;
    // Every third tick one item gets a new key: Preact unmounts it and mounts a fresh one.
    items.push({ key: i * 1000 + (i === tick % 5 && tick % 3 === 0 ? tick : 0), name: NAMES[seed % NAMES.length]!, tail: TAILS[(tick >> 1) % TAILS.length]!, urgent: seed % 4 === 0 });
  }
  // Every seventh tick the list turns around: Preact moves the paragraphs.
  return tick % 7 === 0 ? items.reverse() : items;
}

function expectedText(item: Item): string {
  return `On the record: ${item.urgent ? 'now ' : ''}${item.name}${item.tail}`;
}

function Desk() {
  const [tick, setTick] = useState(0);
  const list = useRef<HTMLElement>(null);
  useEffect(() => {
    const timer = setInterval(() => {
      if (!app.paused) setTick((t) => t + 1);
    }, 120);
    return () => clearInterval(timer);
  }, []);
  const items = itemsAt(tick);
  useEffect(() => {
    app.ticks = tick;
    app.renders++;
    // Checked a task later, after any observer of the page (an extension) has had its turn.
    setTimeout(() => {
      const paragraphs = Array.from(list.current?.querySelectorAll('p') ?? []);
      const now = itemsAt(app.ticks);
      if (paragraphs.length !== now.length) app.violations.push(`${paragraphs.length} paragraphs, rendered ${now.length}`);
      now.forEach((item, i) => {
        const text = paragraphs[i]?.textContent;
        if (text !== expectedText(item)) app.violations.push(`item ${i}: reads "${text}", rendered "${expectedText(item)}"`);
      });
    }, 0);
  });
  return (
    <section ref={list}>
      {items.map((item) => (
        <p key={item.key}>
          On the record: {item.urgent ? 'now ' : null}
          {item.name}
          {item.tail}
        </p>
      ))}
    </section>
  );
}

export function mount(root: HTMLElement): void {
  render(<Desk />, root);
}

mount(document.getElementById('app')!);
