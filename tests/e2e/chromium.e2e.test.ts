import { join } from 'node:path';
import { ROOT } from '../../scripts/demo/server';
import { launchChromium } from './support/chromium-driver';
import { defineScenarios } from './scenarios';

defineScenarios('chromium', () => launchChromium(join(ROOT, '.output-hooks/chrome-mv3')));
