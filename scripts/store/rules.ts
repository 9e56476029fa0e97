/**
 * The Chrome Web Store's rules that a machine can check on a built package,
 * as pure functions over its files: no file system here (check-store.ts
 * reads the build). Each failure names its rule, so a red CI line says which
 * store requirement broke and where.
 */
import { pngSize } from './png';
import { remoteCodeFindings } from './remote-code';

export interface Violation {
  /** Short stable id of the rule, e.g. `name-length`. */
  rule: string;
  message: string;
}

/** A built extension folder, as the checks see it. */
export interface StorePackage {
  manifest: Record<string, unknown>;
  /** Locale folder → its messages.json (`{ key: { message } }`). */
  locales: Record<string, Record<string, { message?: string }>>;
  /** Every file in the package by its path inside it ('/'-separated), with its bytes. */
  files: Map<string, Uint8Array>;
  /** Permissions and host patterns the README's permissions table explains. */
  justified: ReadonlySet<string>;
  /** Bytes of the package as a zip (measured, or estimated from deflated sizes). */
  zipBytes: number;
}

/** Field limits from the store's developer documentation. */
export const LIMITS = {
  name: 75,
  shortName: 12,
  description: 132,
  /**
   * Our own budget, far below the store's (2 GB): Backstory ships all its code and data in the
   * package, and a small package installs and reviews fast. The release zip is about 0.2 MB.
   */
  zipBytes: 1024 * 1024,
} as const;

/** A manifest string as each locale shows it: `__MSG_key__` resolved in every locale, else the text itself. */
export function localized(pkg: StorePackage, value: unknown): Array<{ locale: string; text: string | null }> {
  if (typeof value !== 'string') return [{ locale: '-', text: null }];
  const key = /^__MSG_(\w+)__$/.exec(value)?.[1];
  if (!key) return [{ locale: '-', text: value }];
  return Object.entries(pkg.locales).map(([locale, messages]) => ({ locale, text: messages[key]?.message ?? null }));
}

function textRule(pkg: StorePackage, field: string, rule: string, max: number, required: boolean): Violation[] {
  const value = pkg.manifest[field];
  if (value === undefined && !required) return [];
  return localized(pkg, value).flatMap(({ locale, text }) => {
    const where = locale === '-' ? '' : ` (locale ${locale})`;
    if (text === null || text.trim() === '') return [{ rule, message: `manifest "${field}"${where} is missing or empty` }];
    const length = [...text].length;
    return length > max ? [{ rule, message: `manifest "${field}"${where} is ${length} characters; the store allows ${max}: "${text}"` }] : [];
  });
}

/** 1 to 4 dot-separated integers, each 0–65535, without leading zeros. */
export function versionProblem(version: unknown): string | null {
  if (typeof version !== 'string') return 'is missing';
  const parts = version.split('.');
  if (parts.length > 4) return `"${version}" has more than 4 parts`;
  for (const part of parts) {
    if (!/^(0|[1-9]\d*)$/.test(part)) return `"${version}": "${part}" is not an integer without leading zeros`;
    if (Number(part) > 65535) return `"${version}": ${part} is above 65535`;
  }
  return null;
}

function iconRules(pkg: StorePackage): Violation[] {
  const out: Violation[] = [];
  const check = (field: string, icons: unknown, required: readonly number[]) => {
    const table = typeof icons === 'object' && icons !== null ? (icons as Record<string, unknown>) : {};
    for (const size of required) {
      if (typeof table[size] !== 'string') out.push({ rule: 'icons', message: `manifest "${field}" has no ${size}×${size} icon` });
    }
    for (const [size, file] of Object.entries(table)) {
      const bytes = typeof file === 'string' ? pkg.files.get(file.replace(/^\//, '')) : undefined;
      if (!bytes) {
        out.push({ rule: 'icons', message: `manifest "${field}" ${size}: file "${String(file)}" is not in the package` });
        continue;
      }
      let actual: { width: number; height: number };
      try {
        actual = pngSize(bytes);
      } catch {
        out.push({ rule: 'icons', message: `manifest "${field}" ${size}: "${file}" is not a PNG` });
        continue;
      }
      if (actual.width !== Number(size) || actual.height !== Number(size)) {
        out.push({ rule: 'icons', message: `manifest "${field}" ${size}: "${file}" is ${actual.width}×${actual.height}, not ${size}×${size}` });
      }
    }
  };
  check('icons', pkg.manifest.icons, [16, 48, 128]);
  const action = pkg.manifest.action as { default_icon?: unknown } | undefined;
  if (action?.default_icon !== undefined) check('action.default_icon', action.default_icon, []);
  return out;
}

/** Every API permission and host pattern the package asks for, required or optional. */
export function requestedPermissions(manifest: Record<string, unknown>): string[] {
  const list = (key: string) => (Array.isArray(manifest[key]) ? (manifest[key] as unknown[]).map(String) : []);
  return [...list('permissions'), ...list('optional_permissions'), ...list('host_permissions'), ...list('optional_host_permissions')];
}

function permissionRules(pkg: StorePackage): Violation[] {
  return requestedPermissions(pkg.manifest)
    .filter((permission) => !pkg.justified.has(permission))
    .map((permission) => ({
      rule: 'permission-justified',
      message: `"${permission}" is requested but the README's permissions table does not say why`,
    }));
}

function cspRules(manifest: Record<string, unknown>): Violation[] {
  if (manifest.content_security_policy === undefined) return [];
  return [{ rule: 'csp-default', message: `manifest sets content_security_policy (${JSON.stringify(manifest.content_security_policy)}); keep the browser's default` }];
}

/** Every rule over one package; an empty list means the package passes. */
export function checkStorePackage(pkg: StorePackage): Violation[] {
  const { manifest } = pkg;
  const version = versionProblem(manifest.version);
  return [
    ...(manifest.manifest_version === 3 ? [] : [{ rule: 'manifest-v3', message: `manifest_version is ${String(manifest.manifest_version)}; the store takes only 3` }]),
    ...textRule(pkg, 'name', 'name-length', LIMITS.name, true),
    ...textRule(pkg, 'short_name', 'short-name-length', LIMITS.shortName, false),
    ...textRule(pkg, 'description', 'description-length', LIMITS.description, true),
    ...(version ? [{ rule: 'version-format', message: `manifest "version" ${version}` }] : []),
    ...(manifest.update_url === undefined ? [] : [{ rule: 'no-update-url', message: 'manifest sets update_url; store items are updated by the store' }]),
    ...iconRules(pkg),
    ...permissionRules(pkg),
    ...cspRules(manifest),
    ...remoteCodeFindings(pkg.files).map((message) => ({ rule: 'no-remote-code', message })),
    ...(pkg.zipBytes > LIMITS.zipBytes
      ? [{ rule: 'zip-size', message: `the package zips to ${pkg.zipBytes} bytes; the limit is ${LIMITS.zipBytes}` }]
      : []),
  ];
}

/**
 * The listing's short description (docs/store/listing.md, between the
 * `short-description` markers) is the store's summary: it must be the
 * manifest's English description, within the length limit.
 */
export function listingSummaryProblems(listing: string | null, manifestDescription: string | undefined): Violation[] {
  const rule = 'listing-summary';
  if (listing === null) return [{ rule, message: 'docs/store/listing.md is missing' }];
  const summary = /<!-- short-description -->\s*([\s\S]*?)\s*<!-- \/short-description -->/.exec(listing)?.[1];
  if (summary === undefined) return [{ rule, message: 'docs/store/listing.md has no short description between its markers' }];
  const out: Violation[] = [];
  if ([...summary].length > LIMITS.description) out.push({ rule, message: `the short description is ${[...summary].length} characters; the store allows ${LIMITS.description}` });
  if (summary !== manifestDescription) out.push({ rule, message: `the short description differs from the manifest's English description "${manifestDescription ?? ''}"` });
  return out;
}
