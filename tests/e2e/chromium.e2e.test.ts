import { join } from 'node:path';
import { ROOT } from '../../scripts/demo/server';
import { launchChromium } from './support/chromium-driver';
import { allScenarios } from './scenarios';

allScenarios('chromium', () => launchChromium(join(ROOT, '.output-hooks/chrome-mv3')));
