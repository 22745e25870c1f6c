// Export and import from the app: an organisation key made with the CLI, installed in
// Settings; a finished interview exported to an encrypted bundle with a progress bar; the
// bundle holds nothing readable; retention "purge" empties the device after a second
// export; a second device (fresh data folder) rejects a tampered bundle, writing nothing,
// then imports the real one and lists the case.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { By, Key } from 'selenium-webdriver';
import { launch, repo } from './harness.mjs';
import { axe } from './a11y.mjs';
import { readAnswers, runInterview } from './driver.mjs';
import { createVault, startInterview, canaryInterview } from './flows.mjs';

const KEY_PASS = 'harbour office key 2026';
const target = process.env.CARGO_TARGET_DIR ?? path.join(repo, 'target');
const cli = process.env.HARBOUR_CLI_BIN ?? path.join(target, 'debug', 'harbour');
const cases = path.join(repo, 'questionnaires/mixed-flows/cases');


/** Type lines into a textarea (WebKitWebDriver drops "\n" in sendKeys: press Enter). */
async function typeLines(s, css, lines) {
  const el = await s.visible(css);
  await el.clear();
  for (const [i, line] of lines.entries()) {
    await el.sendKeys(line);
    if (i < lines.length - 1) await el.sendKeys(Key.ENTER);
  }
  assert.equal(await el.getAttribute('value'), lines.join('\n'));
}

test('export a finished case to an encrypted bundle and import it on another device', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'harbour-export-e2e-'));
  const keyDir = path.join(root, 'org');
  // A USB stick as udisks would mount it: a folder named after its label under a media root.
  const mediaRoot = path.join(root, 'media');
  const outDir = path.join(mediaRoot, 'KINGSTON');
  fs.mkdirSync(outDir, { recursive: true });
  const media = { HARBOUR_MEDIA_ROOTS: mediaRoot };
  execFileSync(cli, ['keygen', '--out', keyDir], { env: { ...process.env, HARBOUR_KEY_PASSPHRASE: KEY_PASS }, stdio: 'ignore' });
  const publicKey = fs.readFileSync(path.join(keyDir, 'org.pub'), 'utf8').trim();
  assert.match(publicKey, /^age1/);

  let reference;
  const bundles = [];
  let fieldFingerprint = '';
  // Debug builds pause after each exported case under this variable, so the progress bar
  // can be seen and the UI checked for responsiveness while the export holds the vault.
  const s = await launch({ dataDir: path.join(root, 'field'), env: { HARBOUR_TEST_EXPORT_DELAY_MS: '2500', ...media } });
  try {
    await createVault(s);

    // Before a key is installed, the export screen says so and offers Settings.
    await s.click('#open-export');
    await s.visible('#export-no-key');
    await s.shot('export-01-no-key');
    await s.click('#export-open-settings');

    // Settings: a bad line is refused with its number; the real key is installed.
    await s.visible('#settings-title');
    await typeLines(s, '#org-key', ['# our office', publicKey, 'age1-not-a-key']);
    await s.click('#org-key-save');
    const err = await s.text('#org-key-error');
    assert.match(err, /Line 3\b/, err);
    await s.shot('export-02-settings-bad-key');
    assert.equal(await (await s.find('#org-key-status')).getAttribute('data-keys'), '0', 'nothing installed');
    await typeLines(s, '#org-key', ['# our office', publicKey]);
    await s.click('#org-key-save');
    await s.visible('#org-key-saved');
    assert.equal(await (await s.find('#org-key-status')).getAttribute('data-keys'), '1');
    assert.equal(await (await s.find('#retention-keep')).isSelected(), true, 'keep is the default');
    await s.shot('export-03-settings-key-installed');
    await axe(s, 'settings');
    await s.click('#settings-back');

    // A short interview to its end.
    await startInterview(s, 'mixed-flows', 'en');
    await runInterview(s, readAnswers(path.join(cases, 'nothing-to-report.toml')));
    await s.click('#back-to-cases');
    const row = await s.find('#case-list tbody tr[data-status="finished"]');
    reference = await row.getAttribute('data-case');
    assert.match(reference, /^HB-/);

    // Export: all finished cases, to the folder typed in (prefilled with Documents or home).
    await s.click('#open-export');
    await s.visible('#export-title');
    const folder = await s.visible('#export-folder');
    assert.notEqual((await folder.getAttribute('value')).trim(), '', 'a destination folder is suggested');
    assert.equal(await (await s.find(`#export-cases input[data-case="${reference}"]`)).isSelected(), true);
    // The stick is offered by its label: one click, no path to type.
    await s.click('#export-places [data-place="KINGSTON"]');
    assert.equal(await folder.getAttribute('value'), outDir);
    assert.equal(await (await s.find('#export-places [data-place="KINGSTON"]')).getAttribute('aria-pressed'), 'true');
    await s.shot('export-04-choose');
    await axe(s, 'export');
    await s.click('#export-submit');
    // While the export runs: the progress bar, updated by polling a command that does not
    // wait for the vault; the rest of the UI still answers.
    const bar = await s.visible('#export-progress', 10_000);
    await s.wd.wait(async () => (await bar.getAttribute('value')) === '1', 5_000, 'progress reaches 1 of 1 during the export');
    assert.match(await s.text('#export-running'), /1 of 1/);
    assert.equal(await (await s.find('#export-submit')).isEnabled(), false, 'no second export while one runs');
    await s.shot('export-05-progress');
    const result = await s.visible('#export-result', 60_000);
    assert.equal(await result.getAttribute('data-cases'), '1');
    assert.equal(await result.getAttribute('data-purged'), '0');
    const bundle = (await s.text('#export-path')).trim();
    bundles.push(bundle);
    await s.shot('export-06-done');
    assert.equal(path.dirname(bundle), outDir);
    assert.ok(fs.existsSync(bundle), `bundle written at ${bundle}`);
    const bytes = fs.readFileSync(bundle);
    assert.equal(bytes.subarray(0, 21).toString('latin1'), 'age-encryption.org/v1', 'an age file');
    for (const plain of [reference, 'harbour-bundle', 'mixed-flows', 'journey_arranged_by', 'travel_with', '"answer"', 'myself']) {
      assert.ok(!bytes.includes(Buffer.from(plain, 'utf8')), `"${plain}" readable in the bundle`);
    }
    // No plaintext left beside it (the temporary file was renamed, not copied).
    assert.deepEqual(fs.readdirSync(outDir), [path.basename(bundle)]);
    await s.click('#export-back');
    await s.find(`#case-list tbody tr[data-case="${reference}"] .exported`);
    await s.shot('export-07-case-list-exported');

    // Retention "purge": a second export removes the case from this device.
    await s.click('#open-settings');
    await s.visible('#settings-title');
    await s.click('#retention-purge');
    await s.visible('#retention-saved');
    await s.shot('export-08-settings-purge');
    await s.click('#settings-back');
    await s.click('#open-export');
    await s.visible('#export-retention');
    assert.match(await s.text('#export-retention'), /deleted/);
    await s.type('#export-folder', outDir);
    await s.click('#export-submit');
    const second = await s.visible('#export-result', 60_000);
    assert.equal(await second.getAttribute('data-purged'), '1');
    bundles.push((await s.text('#export-path')).trim());
    assert.notEqual(bundles[1], bundles[0], 'never overwrites');
    await s.shot('export-09-done-purged');
    await s.click('#export-back');
    await s.visible('#case-list-empty');
    // The device's fingerprint, as its supervisor would read it aloud to headquarters.
    await s.click('#open-staff');
    fieldFingerprint = (await s.text('#device-fingerprint')).trim();
    assert.match(fieldFingerprint, /^(\d{5} ){7}\d{5}$/);
    await s.shot('export-09b-device-fingerprint');
    await s.click('#staff-back');
  } finally {
    await s.quit();
  }

  // Headquarters: another device.
  const tampered = path.join(outDir, 'tampered.harbour');
  const changed = Buffer.from(fs.readFileSync(bundles[0]));
  changed[Math.floor(changed.length / 2)] ^= 1;
  fs.writeFileSync(tampered, changed);
  const hq = await launch({ dataDir: path.join(root, 'hq'), env: media });
  try {
    await createVault(hq);
    await hq.click('#open-import');
    await hq.visible('#import-title');
    // The bundles on the stick are listed, newest first; one click adds one.
    const found = await hq.wd.wait(async () => {
      const names = [];
      for (const b of await hq.wd.findElements(By.css('#import-found [data-bundle]'))) names.push(await b.getAttribute('data-bundle'));
      return names.length === 3 ? names : null;
    }, 10_000, 'three bundles found on the stick');
    assert.equal(found[0], 'tampered.harbour', `newest first: ${found}`);
    assert.deepEqual([...found].sort(), ['tampered.harbour', ...bundles.map((b) => path.basename(b))].sort());
    await hq.click('#import-found [data-bundle="tampered.harbour"]');
    assert.equal(await (await hq.find('#import-bundles')).getAttribute('value'), tampered);
    const added = await hq.find('#import-found [data-bundle="tampered.harbour"]');
    assert.equal(await added.isEnabled(), false, 'a bundle is added once');
    assert.equal((await added.getText()).trim(), 'Added');
    await hq.type('#import-identity', path.join(keyDir, 'org.key'));
    await hq.type('#import-passphrase', KEY_PASS);
    await hq.shot('export-10-import-form');
    await axe(hq, 'import');
    await hq.click('#import-submit');
    const terr = await hq.text('#import-error');
    assert.match(terr, /tampered\.harbour/);
    assert.match(terr, /altered or damaged/);
    await hq.shot('export-11-import-tampered');
    // Nothing typed is cleared by an error, and the error is at the top, in view.
    assert.equal(await hq.wd.executeScript("return document.querySelector('#import-passphrase').value"), KEY_PASS, 'the passphrase is kept after an error');
    assert.equal(await hq.wd.executeScript("return document.querySelector('#import-identity').value"), path.join(keyDir, 'org.key'), 'the key file is kept');
    assert.ok(await hq.wd.executeScript(`const r = document.querySelector('#import-error').getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;`), 'the error is in view');
    const order = await hq.wd.executeScript("return !!(document.querySelector('#import-error').compareDocumentPosition(document.querySelector('#import-bundles')) & Node.DOCUMENT_POSITION_FOLLOWING)");
    assert.ok(order, 'the error is above the form');

    // The wrong passphrase: translated, nothing written.
    await hq.type('#import-bundles', bundles[0]);
    await hq.type('#import-passphrase', 'not the key passphrase');
    await hq.click('#import-submit');
    assert.match(await hq.text('#import-error'), /Wrong passphrase/);

    // A device headquarters has not enrolled: held, nothing imported, its fingerprint shown.
    await hq.type('#import-passphrase', KEY_PASS);
    await hq.click('#import-submit');
    await hq.visible('#import-held', 60_000);
    assert.equal((await hq.text('#import-held-fingerprint')).trim(), fieldFingerprint);
    await hq.shot('export-11b-import-held');
    await axe(hq, 'import-held');
    // A fingerprint that is not the device's enrols nothing.
    await hq.type('#import-enrol-fingerprint', '11111 22222 33333 44444 55555 66666 77777 88888');
    await hq.click('#import-enrol-submit');
    assert.match(await hq.text('#import-enrol-error'), /fingerprint/i);
    // The one the device showed enrols it; then the import goes through.
    await hq.type('#import-enrol-fingerprint', fieldFingerprint);
    await hq.click('#import-enrol-submit');
    await hq.visible('#import-enrolled', 30_000);
    await hq.click('#import-submit');
    const report = await hq.visible('#import-result', 60_000);
    assert.equal(await report.getAttribute('data-written'), '1');
    const imported = await hq.find(`#import-cases tr[data-case="${reference}"]`);
    assert.equal(await imported.getAttribute('data-fate'), 'new');
    await hq.shot('export-12-import-done');
    await axe(hq, 'import-report');
    await hq.click('#import-back');
    const row = await hq.find(`#case-list tbody tr[data-case="${reference}"]`);
    assert.equal(await row.getAttribute('data-status'), 'finished');
    await hq.shot('export-13-hq-case-list');
  } finally {
    await hq.quit();
  }
  fs.rmSync(root, { recursive: true, force: true });
});

test('an answer given in the interview is not readable in the exported bundle (canary, chosen case)', async () => {
  const canary = `CANARY-${crypto.randomUUID()}`;
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'harbour-export-canary-'));
  const keyDir = path.join(root, 'org');
  // A USB stick as udisks would mount it: a folder named after its label under a media root.
  const mediaRoot = path.join(root, 'media');
  const outDir = path.join(mediaRoot, 'KINGSTON');
  fs.mkdirSync(outDir, { recursive: true });
  const media = { HARBOUR_MEDIA_ROOTS: mediaRoot };
  execFileSync(cli, ['keygen', '--out', keyDir], { env: { ...process.env, HARBOUR_KEY_PASSPHRASE: KEY_PASS }, stdio: 'ignore' });
  const publicKey = fs.readFileSync(path.join(keyDir, 'org.pub'), 'utf8').trim();
  const s = await launch({ dataDir: path.join(root, 'field'), env: { HARBOUR_TEST_PACKS: '1' } });
  let bundle;
  try {
    await createVault(s);
    await canaryInterview(s, canary);
    await s.click('#back-to-cases');
    const reference = await (await s.find('#case-list tbody tr')).getAttribute('data-case');

    await s.click('#open-settings');
    await s.visible('#settings-title');
    await s.type('#org-key', publicKey);
    await s.click('#org-key-save');
    await s.visible('#org-key-saved');
    await s.click('#settings-back');

    // Choose the case by hand instead of "all finished cases".
    await s.click('#open-export');
    await s.visible('#export-title');
    await s.click('#export-all-finished');
    const box = await s.visible(`#export-cases input[data-case="${reference}"]`);
    assert.equal(await box.isEnabled(), true);
    if (!(await box.isSelected())) await box.click();
    await s.type('#export-folder', outDir);
    await s.shot('export-canary-choose');
    await s.click('#export-submit');
    await s.visible('#export-result', 60_000);
    bundle = (await s.text('#export-path')).trim();
  } finally {
    await s.quit();
  }
  const needles = [Buffer.from(canary, 'utf8'), Buffer.from(canary, 'utf16le')];
  const files = fs.readdirSync(outDir).map((f) => path.join(outDir, f));
  assert.deepEqual(files, [bundle], 'only the bundle in the destination folder');
  const bytes = fs.readFileSync(bundle);
  assert.ok(bytes.length >= 65_536, 'padded to whole chunks');
  assert.ok(!needles.some((n) => bytes.includes(n)), 'the canary answer is readable in the bundle');
  fs.rmSync(root, { recursive: true, force: true });
});
