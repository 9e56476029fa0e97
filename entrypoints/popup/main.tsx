import { mountBriefing } from '@/components/briefing/mount';
import { BUNDLED_STORY } from '@/lib/packs/bundled';
import { localArea } from '@/lib/packs/browser-area';
import { loadLibrary } from '@/lib/packs/read';

const root = document.getElementById('app');
// The enabled stories: the bundled one is in this page's bundle, imported ones are in storage.
if (root) void loadLibrary(localArea(), BUNDLED_STORY).then((library) => mountBriefing(root, library, 'popup'));
