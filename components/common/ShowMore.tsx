import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';

interface ShowMoreProps<T> {
  items: readonly T[];
  initial: number;
  /** Label of the button that reveals the rest, given the total count. */
  moreLabel(total: number): string;
  children(item: T, index: number): ComponentChildren;
  /** CSS class of the list. */
  class: string;
}

/**
 * A list cut to its first `initial` items with a button for the rest. The
 * button goes away once used, so focus moves to the first revealed item's
 * first control rather than falling back to the page.
 */
export function ShowMore<T>({ items, initial, moreLabel, children, class: className }: ShowMoreProps<T>) {
  const [expanded, setExpanded] = useState(false);
  // A list that grows past `initial` later (a page still being scanned) is cut then too.
  const all = expanded || items.length <= initial;
  const listRef = useRef<HTMLUListElement>(null);
  const revealed = useRef(false);

  useEffect(() => {
    if (!all || !revealed.current) return;
    revealed.current = false;
    const first = listRef.current?.children[initial];
    first?.querySelector<HTMLElement>('button, a[href], [tabindex="0"]')?.focus();
  }, [all, initial]);

  const shown = all ? items : items.slice(0, initial);
  return (
    <>
      <ul class={className} ref={listRef}>
        {shown.map((item, i) => children(item, i))}
      </ul>
      {all ? null : (
        <button
          type="button"
          class="more"
          onClick={() => {
            revealed.current = true;
            setExpanded(true);
          }}
        >
          {moreLabel(items.length)}
        </button>
      )}
    </>
  );
}
