import { join } from 'node:path';
import { ROOT } from '../../scripts/demo/server';
import { launchFirefox } from './support/firefox-driver';
import { defineScenarios } from './scenarios';

defineScenarios('firefox', () => launchFirefox(join(ROOT, '.output-hooks/firefox-mv3')));
