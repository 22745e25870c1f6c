// Accessibility check shared by the end-to-end tests: axe-core run in the app's webview,
// failing on any serious or critical violation.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Run axe-core on the current screen; `name` labels any violation found. */
export async function axe(s, name) {
  await s.wd.executeScript(axeSource);
  const result = await s.wd.executeAsyncScript(`
    const done = arguments[arguments.length - 1];
    axe.run(document, { resultTypes: ['violations'] }).then((r) => done(JSON.stringify(r.violations)), (e) => done(JSON.stringify([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }])));
  `);
  const bad = JSON.parse(result).filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(bad.map((v) => `${name}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 2).map((n) => n.target).join(', ')}`), []);
}
