/**
 * Bounds on what a pack may hold, each with its reason. The pack is authored by
 * the project, but everything in it ends up in a content script on every page
 * and in the panel: a pack that grew by mistake (a generator run wild, pasted
 * HTML) must fail `npm run pack` with the field and the reason, not ship.
 */

/** Entities per pack: 41 today; ten times that is a pack nobody reviewed, and a matcher table every page would pay for. */
export const MAX_ENTITIES = 200;
/** Aliases per entity: 55 at most today (nine languages, case forms). */
export const MAX_ALIASES_PER_ENTITY = 200;
/** Claims per pack: 91 today. */
export const MAX_CLAIMS = 1_000;
/** An alias is a name or a term: 44 characters at most today. */
export const MAX_ALIAS_CHARS = 120;
/** Names, labels, descriptions, reasons: 140 characters at most today; the panel is a card, not a page. */
export const MAX_TEXT_CHARS = 1_000;
/** A verbatim quote: 265 characters at most today; a citation is a passage, not an article. */
export const MAX_QUOTE_CHARS = 2_000;

/** Markup or a script URL in text the panel shows: it would be shown as text, but it is never what an author meant. */
export const MARKUP = /<\s*\/?\s*[a-z!]|javascript\s*:|data\s*:\s*text\/html/i;
export const MARKUP_REASON = 'looks like markup or a script URL: the panel shows text only, write plain text';
