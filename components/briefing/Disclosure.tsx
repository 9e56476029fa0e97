import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';

interface Props {
  /** The always-visible summary; it is the button's text, so it is also its name. */
  summary: ComponentChildren;
  children: ComponentChildren;
  /** Rendered only when open, so long quote lists cost nothing until asked for. */
  initiallyOpen?: boolean;
}

/** A real `<button aria-expanded>` controlling the region below it. */
export function Disclosure({ summary, children, initiallyOpen = false }: Props) {
  const [open, setOpen] = useState(initiallyOpen);
  const regionId = useId();
  return (
    <div class="disclosure">
      <button
        type="button"
        class="disclosure__button"
        aria-expanded={open}
        aria-controls={regionId}
        onClick={() => setOpen(!open)}
      >
        <span class="disclosure__marker" aria-hidden="true" />
        <span class="disclosure__summary">{summary}</span>
      </button>
      <div id={regionId} class="disclosure__body" hidden={!open}>
        {open ? children : null}
      </div>
    </div>
  );
}
