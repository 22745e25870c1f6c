// Signed packs and the organisation profile in the real app. Keys, packs and profiles are made
// with the harbour CLI in the test. Added packs (HARBOUR_QUESTIONNAIRES_DIR) are listed with
// their reason and not offered until a profile approves them; a supervisor installs the
// organisation's profile from a USB stick after comparing its fingerprint; one signed by
// another key is refused; an update shows what it changes. Then an interview begun on 9.0.0
// is resumed after 9.1.0 is added, the profile update withdraws 9.0.0 and the app restarts:
// 9.1.0 declares a migration from 9.0.0, so the interview moves to it and finishes there,
// with nothing lost.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch, repo, By } from './harness.mjs';
import { axe } from './a11y.mjs';
import { readAnswers, runInterview } from './driver.mjs';
import { createVault, atQuestion, PASS } from './flows.mjs';

const KEY_PASS = 'harbour north office amber lantern';
const target = process.env.CARGO_TARGET_DIR ?? path.join(repo, 'target');
const cli = process.env.HARBOUR_CLI_BIN ?? path.join(target, 'debug', 'harbour');
const mixedFlows = path.join(repo, 'questionnaires/mixed-flows');
const cases = path.join(mixedFlows, 'cases');

function harbour(args) {
  return execFileSync(cli, args, {
    env: { ...process.env, HARBOUR_KEY_PASSPHRASE: KEY_PASS, HARBOUR_PACK_KEY_PASSPHRASE: KEY_PASS },
  }).toString();
}

/** A copy of the shipped mixed-flows pack declaring `version`. */
function packCopy(dir, version) {
  fs.cpSync(mixedFlows, dir, { recursive: true });
  const toml = path.join(dir, 'questionnaire.toml');
  const text = fs.readFileSync(toml, 'utf8').replace(/^version = ".*"$/m, `version = "${version}"`);
  fs.writeFileSync(toml, text);
}

function sign(dir, packKey) {
  const out = harbour(['pack', 'sign', '--pack', dir, '--key', packKey]);
  return out.match(/sha256 ([0-9a-f]{64})/)[1];
}

function profile(keys, out, { serial, packs, packKey, retention = 'keep' }) {
  const args = ['org', 'profile', '--keys', keys, '--org-id', 'north', '--name', 'North Office', '--serial', String(serial), '--retention', retention, '--out', out];
  for (const p of packs) args.push('--pack', p);
  if (packKey) args.push('--pack-key', packKey);
  harbour(args);
}

/** The options of the new-interview screen once packs are loaded, and the problems listed. */
async function newInterviewScreen(s) {
  await s.click('#new-interview');
  await s.visible('#new-title');
  await s.gone('#packs-loading', 30_000);
  const offered = [];
  for (const o of await s.wd.findElements(By.css('#questionnaire option'))) offered.push(await o.getText());
  const problems = {};
  for (const d of await s.wd.findElements(By.css('#pack-problems details.pack-problem'))) {
    const where = await d.findElement(By.css('code')).getText();
    problems[path.basename(where)] = await d.getAttribute('data-reason');
  }
  return { offered, problems };
}

test('added packs need a signature the installed profile approves; a profile installs after its fingerprint, another key is refused; an interview on a withdrawn version moves by the declared migration and loses nothing', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'harbour-packs-e2e-'));
  const org = path.join(root, 'org');
  const evil = path.join(root, 'evil');
  const packKeys = path.join(root, 'pack-keys');
  const added = path.join(root, 'added');
  const stick = path.join(root, 'media', 'KINGSTON');
  fs.mkdirSync(added, { recursive: true });
  fs.mkdirSync(stick, { recursive: true });

  const fingerprint = harbour(['org', 'init', '--out', org]).match(/signing key fingerprint: (.+)/)[1].trim();
  harbour(['org', 'init', '--out', evil]);
  harbour(['pack', 'keygen', '--out', packKeys]);
  const packKey = path.join(packKeys, 'minisign.key');
  const packPub = path.join(packKeys, 'minisign.pub');

  // Version A, signed and approved; an unsigned pack; a signed pack with one byte changed.
  packCopy(path.join(added, 'north-a'), '9.0.0');
  const hashA = sign(path.join(added, 'north-a'), packKey);
  packCopy(path.join(added, 'unsigned'), '9.0.1');
  packCopy(path.join(added, 'one-byte'), '9.0.2');
  const hashChanged = sign(path.join(added, 'one-byte'), packKey);
  const toml = path.join(added, 'one-byte', 'questionnaire.toml');
  const bytes = fs.readFileSync(toml);
  bytes[bytes.length - 2] ^= 0x01;
  fs.writeFileSync(toml, bytes);
  // Version B is made and signed now but only copied into the folder later. It takes over
  // interviews begun on 9.0.0 (same question ids: nothing to rename).
  const laterB = path.join(root, 'later', 'north-b');
  packCopy(laterB, '9.1.0');
  fs.appendFileSync(path.join(laterB, 'questionnaire.toml'), '\n[[migrations]]\nfrom = "9.0.0"\n');
  const hashB = sign(laterB, packKey);

  profile(org, path.join(stick, 'north.harbour-profile'), { serial: 1, packs: [`mixed-flows:9.0.0:${hashA}`, `mixed-flows:9.0.2:${hashChanged}`], packKey: packPub });
  profile(evil, path.join(stick, 'evil.harbour-profile'), { serial: 2, packs: [], packKey: packPub });
  profile(org, path.join(stick, 'north-2.harbour-profile'), { serial: 2, packs: [`mixed-flows:9.1.0:${hashB}`], packKey: packPub, retention: 'purge' });

  const dataDir = path.join(root, 'data');
  const env = { HARBOUR_QUESTIONNAIRES_DIR: added, HARBOUR_MEDIA_ROOTS: path.join(root, 'media') };
  let caseRef;
  let s = await launch({ dataDir, env });
  try {
    await createVault(s);

    // No profile yet: every added pack is listed, none offered.
    let screen = await newInterviewScreen(s);
    assert.deepEqual(screen.problems, { 'north-a': 'no-profile', unsigned: 'no-profile', 'one-byte': 'no-profile' });
    assert.ok(!screen.offered.some((o) => o.includes('9.0.')), `nothing added is offered: ${screen.offered}`);
    await s.click('#new-cancel');

    // Settings: the profile from the USB stick, compared before it is installed.
    await s.click('#open-settings');
    await s.visible('#settings-title');
    assert.equal(await s.attr('#profile-status', 'data-installed'), 'false');
    await s.click('[data-profile="north.harbour-profile"]');
    await s.visible('#profile-preview');
    assert.equal(await s.attr('#profile-preview', 'data-first'), 'true');
    assert.match(await s.text('#profile-preview-org'), /North Office \(north\)/);
    assert.equal(await s.text('#profile-preview-fingerprint'), fingerprint, 'the fingerprint headquarters reads aloud');
    await s.shot('packs-01-profile-compare');
    await axe(s, 'profile compare');
    await s.type('#profile-typed-fingerprint', '12345 12345 12345 12345 12345 12345 12345 12345');
    await s.click('#profile-install');
    assert.match(await s.text('#profile-error'), /not this profile's/);
    assert.equal(await s.attr('#profile-status', 'data-installed'), 'false', 'a wrong fingerprint installs nothing');
    await s.type('#profile-typed-fingerprint', fingerprint);
    await s.click('#profile-install');
    await s.visible('#profile-message');
    assert.equal(await s.attr('#profile-status', 'data-installed'), 'true');
    assert.match(await s.text('#profile-status'), /North Office \(north\), profile number 1/);
    await s.shot('packs-02-profile-installed');

    // Another organisation's key (same id, higher serial) is refused.
    await s.click('[data-profile="evil.harbour-profile"]');
    assert.match(await s.text('#profile-error'), /not signed by the installed organisation's key/);
    assert.equal((await s.wd.findElements(By.css('#profile-preview'))).length, 0);
    assert.match(await s.text('#profile-status'), /profile number 1/);
    await s.shot('packs-03-other-key-refused');
    await s.click('#settings-back');

    // Now: the signed and approved pack is offered; the others are listed with their reason.
    screen = await newInterviewScreen(s);
    assert.ok(screen.offered.some((o) => o.includes('(9.0.0)')), `9.0.0 offered: ${screen.offered}`);
    assert.ok(!screen.offered.some((o) => o.includes('9.0.1') || o.includes('9.0.2')), `${screen.offered}`);
    assert.deepEqual(screen.problems, { unsigned: 'unsigned', 'one-byte': 'changed' });
    await (await s.find('#pack-problems details[data-reason="changed"] summary')).click();
    await s.shot('packs-04-new-interview-reasons');
    await axe(s, 'new interview with pack problems');

    // An interview on version A: consent, a yes to immediate danger, then leave.
    const sel = await s.visible('#questionnaire');
    await sel.findElement(By.css('option[value="mixed-flows"]')).click();
    await s.click('#start-interview');
    await s.visible('#person-area');
    await atQuestion(s, 'consent');
    await s.click('[data-answer="yes"]');
    await atQuestion(s, 'danger_now');
    await s.click('[data-answer="yes"]');
    await atQuestion(s, 'afraid_of_someone_here');
    await s.click('#leave');
    await s.visible('#case-list');
    caseRef = await s.text('#case-list tbody tr td.ref');
  } finally {
    await s.quit();
  }

  // Version B arrives (copied into the folder) with the profile update approving it.
  fs.cpSync(laterB, path.join(added, 'north-b'), { recursive: true });
  s = await launch({ dataDir, env });
  try {
    await s.visible('#unlock-title');
    await s.type('#passphrase', PASS);
    await s.click('#unlock-submit');
    await s.visible('#home-title', 30_000);
    await s.click('#open-settings');
    await s.click('[data-profile="north-2.harbour-profile"]');
    await s.visible('#profile-preview');
    assert.equal(await s.attr('#profile-preview', 'data-first'), 'false');
    const changes = await s.text('#profile-changes');
    assert.match(changes, /Newly approved questionnaire: mixed-flows 9\.1\.0/);
    assert.match(changes, /No longer approved: mixed-flows 9\.0\.0/);
    assert.match(changes, /No longer approved: mixed-flows 9\.0\.2/);
    assert.match(changes, /policies change/);
    await s.shot('packs-05-profile-update');
    await s.click('#profile-install');
    await s.visible('#profile-message');
    assert.match(await s.text('#profile-status'), /profile number 2/);
    await s.click('#settings-back');

    // New interviews get B; the interview begun on A (withdrawn now) moves to B by B's
    // declared migration.
    const screen = await newInterviewScreen(s);
    assert.ok(screen.offered.some((o) => o.includes('(9.1.0)')), `9.1.0 offered: ${screen.offered}`);
    assert.ok(!screen.offered.some((o) => o.includes('(9.0.0)')), 'only the newest version is offered');
    assert.equal(screen.problems['north-a'], 'not-approved', 'the withdrawn version is listed, not offered');
    await s.click('#new-cancel');
    await s.click('#case-list button.resume');
    await s.visible('#person-area');
    // Left while under way, it was paused; moved to 9.1.0 it continues at once.
    if ((await s.wd.findElements(By.css('#paused-panel'))).length > 0) await s.click('#resume');
    await atQuestion(s, 'afraid_of_someone_here');
    await s.click('#back');
    await atQuestion(s, 'danger_now');
    assert.equal((await s.wd.findElements(By.css('[data-answer="yes"].chosen'))).length, 1, 'the answer given before the restart is kept');
    await s.click('#forward');
    await atQuestion(s, 'afraid_of_someone_here');
    await runInterview(s, readAnswers(path.join(cases, 'nothing-to-report.toml')));
    await s.click('#show-outcome');
    await s.visible('#outcome');
    assert.equal(await s.attr('#outcome-questionnaire', 'data-version'), '9.1.0', 'finished on the version it moved to');
    assert.match(await s.text('#outcome-questionnaire'), /mixed-flows, version 9\.1\.0/);
    assert.equal(await s.attr('#flags [data-flag="urgent_safety"]', 'data-flag'), 'urgent_safety', 'the yes to immediate danger given before the restart counts');
    assert.match(await s.text('#outcome-title'), new RegExp(caseRef));
    await s.shot('packs-06-outcome-on-b');
  } finally {
    await s.quit();
  }
});
