/**
 * Backstory never renders raw HTML. This Vite plugin removes Preact's
 * `dangerouslySetInnerHTML` sink at build time so no `innerHTML` assignment
 * ships at all (Firefox's add-on linter flags it, and a reviewer can see it is
 * gone). The build fails if a Preact update changes the code it expects.
 */
import type { Plugin } from 'vite';

const PREACT_MODULE = /[\\/]preact[\\/]dist[\\/]preact\.mjs$/;
const RAW_HTML_SINK = /\((\w+)\.innerHTML=(\w+)\.__html\)/;

export function noRawHtml(): Plugin {
  return {
    name: 'backstory-no-raw-html',
    enforce: 'pre',
    transform(code, id) {
      if (!PREACT_MODULE.test(id)) return null;
      if (!RAW_HTML_SINK.test(code)) {
        this.error(`Preact's raw-HTML sink was not found in ${id}: update scripts/vite/no-raw-html.ts`);
      }
      return {
        code: code.replace(RAW_HTML_SINK, '(()=>{throw new Error("Backstory: raw HTML rendering is disabled")})()'),
        map: null,
      };
    },
  };
}
