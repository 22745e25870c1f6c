// Used by scripts/bench-app.sh: Harbour's memory after a full interview. Drives the app at
// HARBOUR_APP_BIN (a release build with the e2e feature) through a vault and the whole
// mixed-flows interview of one case, waits for it to settle, and prints the proportional and
// resident set sizes (KiB) summed over the app's process tree (the app and WebKit's web and
// network processes) as the last line: "<pss> <rss>". Not a test file.

import fs from 'node:fs';
import path from 'node:path';
import { appBinary, launch, repo } from './harness.mjs';
import { readAnswers, runInterview } from './driver.mjs';
import { createVault, startInterview } from './flows.mjs';

function children(pid) {
  const out = [];
  for (const task of fs.readdirSync(`/proc/${pid}/task`)) {
    try {
      out.push(...fs.readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(/\s+/).filter(Boolean).map(Number));
    } catch { /* gone */ }
  }
  return out;
}

function tree(pid) {
  return [pid, ...children(pid).flatMap(tree)];
}

function appPid() {
  const want = fs.realpathSync(appBinary);
  for (const p of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(p)) continue;
    try {
      if (fs.readlinkSync(`/proc/${p}/exe`) === want) return Number(p);
    } catch { /* not ours to read, or gone */ }
  }
  throw new Error(`no running ${want}`);
}

function memory(pid) {
  let pss = 0;
  let rss = 0;
  for (const p of tree(pid)) {
    try {
      const text = fs.readFileSync(`/proc/${p}/smaps_rollup`, 'utf8');
      const one = Number(text.match(/^Pss:\s+(\d+)/m)?.[1] ?? 0);
      pss += one;
      rss += Number(text.match(/^Rss:\s+(\d+)/m)?.[1] ?? 0);
      const name = fs.readFileSync(`/proc/${p}/comm`, 'utf8').trim();
      console.error(`bench-memory: ${name} (${p}) PSS ${Math.round(one / 1024)} MiB`);
    } catch { /* gone */ }
  }
  return { pss, rss };
}

const s = await launch();
try {
  await createVault(s);
  await startInterview(s, 'mixed-flows', 'en');
  const cases = path.join(repo, 'questionnaires/mixed-flows/cases');
  await runInterview(s, readAnswers(path.join(cases, 'domestic-trafficking.toml')));
  await s.visible('#ending-person');
  await new Promise((r) => setTimeout(r, 3000));
  const { pss, rss } = memory(appPid());
  console.log(`${pss} ${rss}`);
} finally {
  await s.quit();
}
