// Reliability in the real app: the process killed mid-interview loses no answer and the
// interview resumes exactly where it stopped; withdrawing consent deletes the case.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { launch, By } from './harness.mjs';
import { createVault, startInterview, atQuestion, PASS } from './flows.mjs';

function killApp() {
  try { execFileSync('pkill', ['-KILL', '-f', 'debug/harbour-app']); } catch { /* none left */ }
}

test('the app killed with SIGKILL mid-interview resumes exactly where it stopped', async () => {
  const first = await launch();
  const dir = first.dataDir;
  try {
    await createVault(first);
    await startInterview(first, 'mixed-flows', 'en');
    await atQuestion(first, 'consent');
    await first.click('[data-answer="yes"]');
    await atQuestion(first, 'danger_now');
    await first.click('[data-answer="no"]');
    await atQuestion(first, 'afraid_of_someone_here');
    await first.click('[data-answer="yes"]');
    await atQuestion(first, 'safe_place_tonight');
    killApp();
  } finally {
    await first.quit();
  }
  const s = await launch({ dataDir: dir });
  try {
    await s.visible('#unlock-title');
    await s.type('#passphrase', PASS);
    await s.click('#unlock-submit');
    await s.visible('#case-list', 30_000);
    const row = await s.find('#case-list tbody tr');
    assert.equal(await row.getAttribute('data-status'), 'in_progress');
    await s.click('#case-list button.resume');
    await atQuestion(s, 'safe_place_tonight');
    await s.shot('crash-01-resumed');
    await s.click('#back');
    await atQuestion(s, 'afraid_of_someone_here');
    assert.equal((await s.wd.findElements(By.css('[data-answer="yes"].chosen'))).length, 1, 'the last answer before the kill is kept');
    // That answer evidences danger: the urgent notice is back too.
    await s.visible('#urgent-notice');
  } finally {
    await s.quit();
  }
});

test('withdrawing consent from the case list deletes the case', async () => {
  const s = await launch();
  try {
    await createVault(s);
    await startInterview(s, 'mixed-flows', 'en');
    await atQuestion(s, 'consent');
    await s.click('[data-answer="yes"]');
    await atQuestion(s, 'danger_now');
    await s.click('#leave');
    await s.visible('#case-list');
    await s.click('#case-list button.withdraw');
    await s.visible('#withdraw-title');
    await s.shot('withdraw-01-confirm');
    await s.click('#withdraw-confirm');
    await s.visible('#case-list-empty');
    await s.shot('withdraw-02-gone');
  } finally {
    await s.quit();
  }
});
