/** Heavy pages for load-cost and robustness tests: plain functions returning HTML. */
export { hugePageHtml, HUGE_PARAGRAPHS, TEXT_NODES_PER_PARAGRAPH, type HugePageOptions } from './huge';
export { tickerPageHtml, TICKER_RATE, TICKER_NAMES, type TickerPageOptions } from './ticker';
export { articlePageHtml, ARTICLE_CHARS } from './article';
export { scrollPageHtml, SCROLL_ARTICLES } from './scroll';
