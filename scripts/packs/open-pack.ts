/**
 * Opens either a pack directory or a `.backstory.json` and runs the one gate
 * both go through: parse (format, version, safety, schema) and compile
 * (citations re-checked against the texts, hashes checked).
 */
import { readFileSync, statSync } from 'node:fs';
import { compileMatcher } from '../../lib/match/matcher';
import { loadPackFile, type LoadedPack } from '../../lib/pack/file/load';
import { readPackDir, sha256Hex, textsDirOf } from './pack-dir';

export interface Opened {
  /** The pack file's text: read from disk, or made from the directory. */
  text: string;
  loaded: LoadedPack;
}

export function packTextOf(path: string, textsFlag?: string): string {
  if (statSync(path).isDirectory()) {
    return JSON.stringify(readPackDir(path, textsDirOf(path, textsFlag)), null, 1) + '\n';
  }
  return readFileSync(path, 'utf8');
}

export function openPack(path: string, textsFlag?: string): Opened {
  const text = packTextOf(path, textsFlag);
  return { text, loaded: loadPackFile(text, path, { makeMatcher: compileMatcher, sha256: sha256Hex }) };
}
