/** Every scenario, registered once per browser by the `*.e2e.test.ts` files. */
import type { Launch } from '../harness';
import { foundationScenarios } from './foundation';

export function allScenarios(browserName: string, launch: Launch): void {
  foundationScenarios(browserName, launch);
}
