/**
 * Backstory proper on a page: the matcher tables, the page engine, the
 * overlay renderer and the fact panel's wiring. The every-page content
 * script injects it (through the background) only when its quick check says
 * the page may show something, or when the popup asks about the page
 * (docs/decisions/008).
 */
import { provide } from '../lib/lazy-scripts';
import { startBackstory } from './content/backstory';

export default defineUnlistedScript(() => {
  provide('engine', startBackstory);
});
