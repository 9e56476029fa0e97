/**
 * `npm run lint:firefox`: `web-ext lint` on the Firefox build; fails on any
 * error, warning or notice.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const dir = join(root, process.argv[2] ?? '.output/firefox-mv3');
if (!existsSync(join(dir, 'manifest.json'))) {
  console.error(`${dir} has no manifest.json: run "npm run build" first.`);
  process.exit(1);
}

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}
interface LintReport {
  count: number;
  summary: { errors: number; notices: number; warnings: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

let output: string;
try {
  output = execFileSync(join(root, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], {
    encoding: 'utf8',
  });
} catch (error) {
  // web-ext exits non-zero when it finds errors; its JSON is still on stdout.
  output = String((error as { stdout?: string }).stdout ?? '');
}
const report = JSON.parse(output) as LintReport;
const { errors, warnings, notices } = report.summary;
for (const m of [...report.errors, ...report.warnings, ...report.notices]) {
  console.log(`  ${m.code}: ${m.message}${m.file ? ` (${m.file})` : ''}`);
}
console.log(`web-ext lint ${dir}: ${errors} errors, ${warnings} warnings, ${notices} notices`);
// Notices fail too: the listing needs a clean report (issue 16).
if (errors > 0 || warnings > 0 || notices > 0) process.exit(1);
