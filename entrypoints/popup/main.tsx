import pack from '@/data/compiled/pack.json';
import { mountBriefing } from '@/components/briefing/mount';
import type { CompiledPack } from '@/lib/pack/types';

// The JSON's inferred type widens the string unions; `npm run pack` validated its shape.
const root = document.getElementById('app');
if (root) void mountBriefing(root, pack as unknown as CompiledPack, 'popup');
