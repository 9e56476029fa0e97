/** Pack files: what the extension and the CLI import. */
export { loadPackFile, compilePackFile, authoredOf, type LoadOptions, type LoadedPack } from './load';
export { parsePackFile } from './parse';
export { PACK_FORMAT, PACK_VERSION, packFileSchema, type PackFile, type PackStory, type PackSource } from './schema';
export { PACK_LIMITS } from './limits';
