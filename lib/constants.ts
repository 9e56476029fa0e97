/**
 * Timings, limits and budgets, each with the reason for its value.
 * A flat list of exported consts so every module (page engine, fact panel)
 * adds its own without touching the others'.
 */

// ---------------------------------------------------------------- page engine

/** Work per main-thread task; under one 60 Hz frame (16.7 ms) so scrolling and typing stay smooth. */
export const TASK_BUDGET_MS = 12;
/** Text nodes walked between clock reads: reading the clock per node would cost more than the walk. */
export const NODES_PER_CLOCK_CHECK = 128;
/** Characters per scanned chunk: matching runs after the walk stops, so a smaller chunk keeps walk + match inside the budget. */
export const CHUNK_MAX_CHARS = 16_000;
/**
 * Work a pass may do at full speed before it is paced: every ordinary page is
 * done well within it, so only huge pages slow down.
 */
export const FULL_SPEED_MS = 100;
/** Share of one core a paced pass uses (issue 13: a 100,000-node page stays under 20 %). */
export const PACED_SHARE = 0.12;
/**
 * Mentions highlighted per entity per page until the reader asks for all
 * (popup): enough for any article, and a bound on what a huge page makes the
 * browser paint. Every mention is still counted.
 */
export const MAX_HIGHLIGHTS_PER_ENTITY = 100;
/** Wait after the last mutation before rescanning: live blogs and SPAs mutate in bursts. */
export const MUTATION_DEBOUNCE_MS = 150;
/** Mutation batches per window before backing off: a ticker or clock must not keep the engine busy. */
export const MUTATION_BURST_LIMIT = 10;
/** The window over which mutation batches are counted. */
export const MUTATION_BURST_WINDOW_MS = 2_000;
/** Delay used while backing off from a page that mutates non-stop; still catches up within seconds. */
export const MUTATION_BACKOFF_MS = 2_000;
/** Dirty roots per batch before giving up on precision and rescanning the whole body: cheaper than many overlapping rescans. */
export const MAX_DIRTY_ROOTS = 200;
/**
 * How often Backstory proper asks whether its extension is still there. Chrome
 * does not tell a content script that its extension was reloaded, updated or
 * removed; WXT's context notices on its next timer tick and runs the clean-up
 * (highlights, listeners, panel host). One cheap check every 2 s.
 */
export const INVALIDATION_CHECK_MS = 2_000;
/** requestIdleCallback timeout: idle time may never come on busy pages, work must still happen. */
export const IDLE_TIMEOUT_MS = 500;

// ---------------------------------------------------------------- fact panel

/** Pointer rest on a mention before the panel opens: long enough that sweeping across text opens nothing (Wikipedia previews use ~500 ms), short enough to feel responsive. */
export const PANEL_DWELL_MS = 400;
/** Time to travel from the mention into the panel (or come back) before it closes: crossing the offset gap takes ~100–250 ms. */
export const PANEL_GRACE_MS = 300;
/** Gap between mention and panel: clear of the mention's underline and descenders, close enough that the pointer crosses it within the grace time. */
export const PANEL_OFFSET_PX = 8;
/** Minimum distance kept from viewport edges when shifting or sizing the panel. */
export const PANEL_VIEWPORT_PADDING_PX = 8;
/** Tallest the panel grows before it scrolls: about half a laptop screen, so the page stays visible around it. */
export const PANEL_MAX_HEIGHT_PX = 480;
/** Finger travel under which a touch counts as a tap, not a scroll (close to platform touch slop). */
export const PANEL_TAP_SLOP_PX = 10;
/** Longest touch that still counts as a tap; longer is a long-press (text selection, context menu). */
export const PANEL_TAP_MAX_MS = 500;
/** Claims shown before "Show all": enough for the best-supported facts, short enough that the card stays a card. */
export const PANEL_CLAIMS_INITIAL = 5;
/** Quote groups shown before "Show all", for the same reason. */
export const PANEL_QUOTE_GROUPS_INITIAL = 3;

// ---------------------------------------------------------------- popup and side panel

/**
 * Key points the popup shows before "Show all": with the headline and the top
 * terms on the page they fill its first screen (600 px), which the e2e popup
 * scenario checks. The side panel is as tall as the window and shows them all.
 */
export const POPUP_KEY_POINTS_INITIAL = 3;
/** Terms of "on this page" the popup lists before "Show all": the most-mentioned few say what the page is about. */
export const POPUP_ON_PAGE_INITIAL = 4;
