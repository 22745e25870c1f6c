// The inside of network.test.mjs, run by it in a network namespace with no route (only
// loopback, for WebDriver): a vault, the organisation key installed, a full interview of the
// shipped questionnaire, an encrypted export. Not a test file itself (no .test. in its name).
//
//   node netns-run.mjs <data dir> <org.pub> <export folder>

import fs from 'node:fs';
import path from 'node:path';
import { Key } from 'selenium-webdriver';
import { launch, repo } from './harness.mjs';
import { readAnswers, runInterview } from './driver.mjs';
import { createVault, startInterview } from './flows.mjs';

const [dataDir, orgPub, outDir] = process.argv.slice(2);
const publicKey = fs.readFileSync(orgPub, 'utf8').trim();
const s = await launch({ dataDir });
try {
  await createVault(s);
  await s.click('#open-settings');
  await s.visible('#settings-title');
  const key = await s.visible('#org-key');
  await key.clear();
  await key.sendKeys(publicKey);
  await s.click('#org-key-save');
  await s.visible('#org-key-saved');
  await s.click('#settings-back');

  await startInterview(s, 'mixed-flows', 'en');
  const cases = path.join(repo, 'questionnaires/mixed-flows/cases');
  await runInterview(s, readAnswers(path.join(cases, 'domestic-trafficking.toml')));
  await s.click('#back-to-cases');
  await s.find('#case-list tbody tr[data-status="finished"]');

  await s.click('#open-export');
  await s.visible('#export-title');
  const folder = await s.visible('#export-folder');
  await folder.sendKeys(Key.chord(Key.CONTROL, 'a'), Key.BACK_SPACE);
  await folder.sendKeys(outDir);
  await s.click('#export-submit');
  const result = await s.visible('#export-result', 60_000);
  const bundle = (await s.text('#export-path')).trim();
  console.log(JSON.stringify({ cases: await result.getAttribute('data-cases'), bundle }));
} finally {
  await s.quit();
}
