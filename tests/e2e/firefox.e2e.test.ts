import { join } from 'node:path';
import { ROOT } from '../../scripts/demo/server';
import { launchFirefox } from './support/firefox-driver';
import { allScenarios } from './scenarios';

allScenarios('firefox', () => launchFirefox(join(ROOT, '.output-hooks/firefox-mv3')));
