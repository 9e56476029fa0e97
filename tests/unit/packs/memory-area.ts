/** An in-memory storage.local for the stores, with a switch that makes writes fail like a full quota. */
import type { StorageArea } from '../../../lib/packs/storage-keys';

export interface MemoryArea extends StorageArea {
  data: Map<string, unknown>;
  failWrites: boolean;
}

export function memoryArea(): MemoryArea {
  const data = new Map<string, unknown>();
  const area: MemoryArea = {
    data,
    failWrites: false,
    get: async (keys) => Object.fromEntries(keys.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))])),
    async set(items) {
      if (area.failWrites) throw new Error('QUOTA_BYTES quota exceeded');
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    async remove(keys) {
      for (const k of keys) data.delete(k);
    },
  };
  return area;
}
