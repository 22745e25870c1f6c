// `npm test`: every *.test.mjs file, one after another, each in its own `node --test` (as
// `node --test` itself runs files), with the spec reporter.
//
// One retry, for one cause only: when every failure of a file is WebKit's "session deleted
// because of page crash or hang" (the web process stopped answering WebDriver; seen about
// once in several full runs on the loaded 2-core CI machine, never reproduced when the file
// runs alone), that file runs once more, and the log says so. Any other failure, or the same
// crash twice, fails the run. No assertion is retried for any other reason.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const files = fs.readdirSync('.').filter((f) => f.endsWith('.test.mjs')).sort();
const crash = /session deleted because of page crash or hang/g;

function run(file) {
  const r = spawnSync(
    process.execPath,
    ['--test', '--test-concurrency=1', '--test-force-exit', '--test-reporter=spec', file],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: process.env },
  );
  process.stdout.write(r.stdout ?? '');
  process.stderr.write(r.stderr ?? '');
  return { ok: r.status === 0, out: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

/** Every failing test of this output failed on WebKit's page crash or hang. */
function onlyPageCrashes(out) {
  const failing = Number(out.match(/ℹ fail (\d+)/)?.[1] ?? 0);
  const summary = out.split('✖ failing tests:')[1] ?? '';
  const crashes = (summary.match(crash) ?? []).length;
  return failing > 0 && crashes >= failing;
}

const failed = [];
const retried = [];
for (const file of files) {
  let r = run(file);
  if (!r.ok && onlyPageCrashes(r.out)) {
    console.log(`\ne2e: ${file}: WebKit's page crashed or hung (no assertion failed); running the file once more\n`);
    retried.push(file);
    r = run(file);
  }
  if (!r.ok) failed.push(file);
}
if (retried.length > 0) console.log(`e2e: run again after a WebKit page crash or hang: ${retried.join(', ')}`);
if (failed.length > 0) {
  console.log(`e2e: failed: ${failed.join(', ')}`);
  process.exit(1);
}
console.log(`e2e: all ${files.length} files passed`);
