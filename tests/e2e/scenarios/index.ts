/** Every scenario, registered once per browser by the `*.e2e.test.ts` files. */
import type { Launch } from '../harness';
import { engineScenarios } from './engine';
import { evalScenarios } from './eval';
import { foundationScenarios } from './foundation';
import { highlightStyleScenarios } from './highlight-style';
import { panelScenarios } from './panel';
import { hostileScenarios } from './hostile';
import { lifecycleScenarios } from './lifecycle';
import { liveFeedScenarios } from './live-feed';
import { ownedTextScenarios } from './owned-text';
import { popupScenarios } from './popup';
import { storiesScenarios } from './stories';

export function allScenarios(browserName: string, launch: Launch): void {
  foundationScenarios(browserName, launch);
  engineScenarios(browserName, launch);
  panelScenarios(browserName, launch);
  popupScenarios(browserName, launch);
  highlightStyleScenarios(browserName, launch);
  evalScenarios(browserName, launch);
  ownedTextScenarios(browserName, launch);
  hostileScenarios(browserName, launch);
  liveFeedScenarios(browserName, launch);
  lifecycleScenarios(browserName, launch);
  storiesScenarios(browserName, launch);
}
