/**
 * The shipped icons, checked from the build and shown by the browser. The
 * toolbar itself is browser chrome that headless automation cannot capture,
 * so the scenario loads each icon from the extension's own URL into an
 * extension page, on strips the colours of light and dark toolbars.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pngSize } from '../../../scripts/store/png';

export interface IconCheck {
  /** Manifest field, size key, file, and the PNG's real width and height (null when the file is missing). */
  field: string;
  size: number;
  file: string;
  actual: { width: number; height: number } | null;
}

/** Every icon the manifest names, in `icons` and the action's `default_icon`, with its file's pixel size. */
export function manifestIcons(buildDir: string): IconCheck[] {
  const manifest = JSON.parse(readFileSync(join(buildDir, 'manifest.json'), 'utf8')) as {
    icons?: Record<string, string>;
    action?: { default_icon?: Record<string, string> | string };
  };
  const fields: Array<[string, Record<string, string> | string | undefined]> = [
    ['icons', manifest.icons],
    ['action.default_icon', manifest.action?.default_icon],
  ];
  return fields.flatMap(([field, icons]) =>
    Object.entries(typeof icons === 'object' ? icons : {}).map(([size, file]) => {
      const path = join(buildDir, file);
      return { field, size: Number(size), file, actual: existsSync(path) ? pngSize(readFileSync(path)) : null };
    }),
  );
}

export interface ToolbarStrip {
  name: string;
  background: string;
}

/** Toolbar colours of the two browsers' default light and dark themes. */
export const TOOLBAR_STRIPS: ToolbarStrip[] = [
  { name: 'Chrome light', background: '#f1f3f4' },
  { name: 'Chrome dark', background: '#35363a' },
  { name: 'Firefox light', background: '#f9f9fb' },
  { name: 'Firefox dark', background: '#2b2a33' },
];

/**
 * Replaces the extension page's body with the strips, each holding the icon
 * at 16 px (as loaded, 1:1), at 32 px and with a badge drawn in the
 * background's colours. Resolves to each image's natural width once loaded.
 */
export async function showIcons(args: { strips: ToolbarStrip[]; badge: { background: string; text: string } }): Promise<number[]> {
  document.body.replaceChildren();
  document.body.style.cssText = 'margin:0;background:#fff';
  const images: HTMLImageElement[] = [];
  for (const strip of args.strips) {
    const row = document.createElement('div');
    row.style.cssText = `display:flex;align-items:center;gap:14px;padding:8px 12px;background:${strip.background};font:12px sans-serif`;
    for (const size of [16, 32]) {
      const wrap = document.createElement('span');
      wrap.style.cssText = `position:relative;display:inline-block;width:${size}px;height:${size}px`;
      const img = document.createElement('img');
      img.src = `/icon/${size}.png`;
      img.width = size;
      img.height = size;
      wrap.append(img);
      images.push(img);
      row.append(wrap);
    }
    // The badge as Chromium draws it: a rounded box at the bottom right of the 16-px icon, text inside.
    const badged = document.createElement('span');
    badged.style.cssText = 'position:relative;display:inline-block;width:16px;height:16px';
    const img = document.createElement('img');
    img.src = '/icon/16.png';
    images.push(img);
    const badge = document.createElement('span');
    badge.textContent = '12';
    badge.style.cssText = `position:absolute;right:-6px;bottom:-4px;padding:0 2px;border-radius:3px;font:bold 9px/11px sans-serif;background:${args.badge.background};color:${args.badge.text}`;
    badged.append(img, badge);
    const label = document.createElement('span');
    label.textContent = strip.name;
    label.style.color = strip.name.endsWith('dark') ? '#e8eaed' : '#202124';
    row.append(badged, label);
    document.body.append(row);
  }
  // A missing file fires `error` and leaves naturalWidth at 0, which the scenario reports.
  await Promise.all(
    images.map((img) =>
      img.complete
        ? null
        : new Promise((done) => {
            img.addEventListener('load', done, { once: true });
            img.addEventListener('error', done, { once: true });
          }),
    ),
  );
  return images.map((img) => img.naturalWidth);
}
