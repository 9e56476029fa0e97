/**
 * The inline renderer (marks in the page, splits undone node for node),
 * injected by the background only for readers who choose it or whose
 * browser lacks the CSS Custom Highlight API: the default overlay renderer
 * needs none of it.
 */
import { provide } from '../lib/lazy-scripts';
import { createInlineRenderer } from '../page/renderers/inline';

export default defineUnlistedScript(() => {
  provide('inline', createInlineRenderer);
});
