/**
 * The infinite-scroll page: a short article, then 50 more appended one at a
 * time (every 100 ms by default), as a news site's endless feed does once the
 * reader nears the bottom. The page counts them in `window.__appended` and
 * sets `window.__scrollDone` after the last; `window.__feedSource` holds
 * every article's markup as written.
 */
import { escapeHtml, pick, seededRandom } from './rng';
import { ARTICLE, BOLDS, LEADS, LINKS, MIDDLES, TAILS } from './story-text';

export const SCROLL_ARTICLES = 50;

function articleHtml(random: () => number, index: number): string {
  const paragraphs = Array.from({ length: 8 }, () => {
    const sentence = pick(random, LEADS) + pick(random, BOLDS) + pick(random, MIDDLES) + pick(random, LINKS) + pick(random, TAILS);
    return `<p>${escapeHtml(sentence)} ${escapeHtml(pick(random, ARTICLE))}</p>`;
  });
  return `<article id="a${index}"><h2>Update ${index + 1} from the Berlin talks</h2>${paragraphs.join('')}</article>`;
}

export function scrollPageHtml({ articles = SCROLL_ARTICLES, everyMs = 100, seed = 20251216 } = {}): string {
  const random = seededRandom(seed);
  const first = articleHtml(random, 0);
  const more = Array.from({ length: articles }, (_, i) => articleHtml(random, i + 1));
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Berlin talks: the endless feed</title>
<style>body{font:16px/1.5 Georgia,serif;max-width:44rem;margin:2rem auto}</style></head>
<body><main id="feed">${first}</main>
<script>(() => {
  const more = ${JSON.stringify(more).replace(/</g, '\\u003c')};
  // Every article's markup as written, for a test to compare the page's text with.
  window.__feedSource = [${JSON.stringify(first).replace(/</g, '\\u003c')}, ...more];
  const feed = document.getElementById('feed');
  window.__appended = 0;
  const add = () => {
    const holder = document.createElement('div');
    holder.innerHTML = more[window.__appended];
    feed.appendChild(holder.firstElementChild);
    window.scrollTo(0, document.body.scrollHeight);
    if (++window.__appended < more.length) setTimeout(add, ${everyMs});
    else window.__scrollDone = true;
  };
  setTimeout(add, ${everyMs});
})();</script></body></html>`;
}
