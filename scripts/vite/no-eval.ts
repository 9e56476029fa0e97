/**
 * zod (the pack-file validator in the options page and the background) can
 * compile schemas to code with the Function constructor. Extension pages'
 * CSP forbids that, so zod's own probe finds it unavailable and validates
 * without it: the code is dead here. Firefox's add-on linter still flags
 * the constructor as eval, so this plugin swaps it for a function that
 * throws, which zod's probe and its compile step already treat as "no
 * code generation" (docs/decisions/012). The build fails if a zod update
 * reaches the constructor some other way.
 */
import type { Plugin } from 'vite';

const ZOD_MODULE = /[\\/]zod[\\/].*\.js$/;
const CONSTRUCTOR = /const F = Function;/g;
const NO_CODE_GENERATION = 'const F = function () { throw new EvalError("Backstory: no code generation"); };';

export function noEval(): Plugin {
  return {
    name: 'backstory-no-eval',
    enforce: 'pre',
    transform(code, id) {
      if (!ZOD_MODULE.test(id) || !code.includes('Function')) return null;
      const out = code.replace(CONSTRUCTOR, NO_CODE_GENERATION);
      if (/=\s*Function\s*[;,)]|new Function\s*\(/.test(out)) this.error(`zod reaches the Function constructor in a new way in ${id}: update scripts/vite/no-eval.ts`);
      return out === code ? null : { code: out, map: null };
    },
  };
}
