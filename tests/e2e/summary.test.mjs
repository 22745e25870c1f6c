// Issue 13 item 7: a referral summary leaves the vault deliberately. It is written only into
// the folder the user picks (a USB stick, offered as on the export screen), under a name
// without the case reference unless the box is ticked, never into Documents or the data
// folder; and when consent is withdrawn the app lists every copy written outside the vault
// (summaries and the export bundle) for the user to destroy.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch, repo } from './harness.mjs';
import { readAnswers, runInterview } from './driver.mjs';
import { createVault, startInterview } from './flows.mjs';

const cases = path.join(repo, 'questionnaires/mixed-flows/cases');

/** Every file below `dir` (relative paths), for "nothing was written there". */
function filesBelow(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(path.relative(dir, p));
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return out;
}

test('a summary goes only to the chosen stick, named without the reference, and is listed at withdrawal', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'harbour-summary-e2e-'));
  const home = path.join(root, 'home');
  const documents = path.join(home, 'Documents');
  fs.mkdirSync(documents, { recursive: true });
  const mediaRoot = path.join(root, 'media');
  const stick = path.join(mediaRoot, 'CLINIC');
  fs.mkdirSync(stick, { recursive: true });
  const dataDir = path.join(root, 'data');
  const s = await launch({ dataDir, env: { HOME: home, HARBOUR_MEDIA_ROOTS: mediaRoot } });
  try {
    await createVault(s);
    await startInterview(s, 'mixed-flows', 'en');
    await runInterview(s, readAnswers(path.join(cases, 'both-pathways-religion-debt-bondage.toml')));
    await s.click('#show-outcome');
    await s.visible('#outcome');

    // No folder is chosen for the user: the buttons wait for one.
    const folder = await s.visible('#summary-folder');
    assert.equal((await folder.getAttribute('value')).trim(), '', 'no default folder');
    assert.equal(await (await s.find('[data-summary="asylum_procedure"]')).isEnabled(), false, 'no summary before a folder is chosen');
    assert.equal(await (await s.find('#summary-with-reference')).isSelected(), false, 'the reference is left out by default');
    await s.click('#summary-places [data-place="CLINIC"]');
    assert.equal(await folder.getAttribute('value'), stick);
    await s.shot('summary-01-folder-chosen');

    const date = new Date().toISOString().slice(0, 10);
    await s.click('[data-summary="asylum_procedure"]');
    const saved = await s.text('#summary-saved');
    const first = `referral-summary-asylum-procedure-${date}.pdf`;
    assert.ok(saved.includes(first) && saved.includes(stick), saved);
    // The same summary again is a second file: nothing is overwritten.
    await s.click('[data-summary="asylum_procedure"]');
    await s.wd.wait(async () => (await s.text('#summary-saved')).includes(`${date}-2.pdf`), 10_000, 'a second name');
    // Asked for: the reference in the name.
    const reference = await s.attr('#outcome-title', 'data-reference');
    assert.match(reference ?? '', /^HB-/, 'the outcome names its case');
    await s.click('#summary-with-reference');
    await s.click('[data-summary="anti_trafficking"]');
    const named = `referral-summary-anti-trafficking-${date}-${reference}.pdf`;
    await s.wd.wait(async () => (await s.text('#summary-saved')).includes(named), 10_000, 'the name with the reference');
    await s.shot('summary-02-saved');

    const onStick = fs.readdirSync(stick).sort();
    assert.deepEqual(onStick, [`referral-summary-asylum-procedure-${date}-2.pdf`, first, named].sort());
    for (const f of onStick.filter((f) => f !== named)) assert.ok(!f.includes(reference), `${f} carries the reference`);
    for (const f of onStick) {
      const full = path.join(stick, f);
      assert.equal(fs.statSync(full).mode & 0o777, 0o600, `${f} is owner-only`);
      assert.equal(fs.readFileSync(full).subarray(0, 5).toString('latin1'), '%PDF-');
    }
    assert.match(execFileSync('pdftotext', [path.join(stick, first), '-']).toString(), /asylum/i);
    // Nothing anywhere else: not in Documents, not in home, not in the data folder.
    assert.deepEqual(filesBelow(documents), [], 'nothing in Documents');
    const pdfs = [...filesBelow(home), ...filesBelow(dataDir)].filter((f) => f.toLowerCase().endsWith('.pdf'));
    assert.deepEqual(pdfs, [], 'no summary in home or the data folder');

    // Withdrawal: the case goes, and the app lists the three files for the user to destroy.
    await s.click('#outcome-back');
    await s.click(`#case-list tr[data-case="${reference}"] button.withdraw`);
    // Before confirming, the dialog already names the copies: the person knows what they will
    // have to destroy before anything is deleted.
    await s.visible('#withdraw-known-copies');
    const before = await s.wd.executeScript(
      'return [...document.querySelectorAll("#withdraw-known-copies [data-copy-file]")].map((e) => [e.getAttribute("data-copy-kind"), e.getAttribute("data-copy-file")]);',
    );
    assert.deepEqual(before.sort(), onStick.map((f) => ['summary', f]).sort());
    await s.shot('summary-03-withdraw-dialog-copies');
    await s.click('#withdraw-confirm');
    await s.visible('#withdraw-copies');
    await s.shot('summary-04-withdrawn-copies');
    const listed = await s.wd.executeScript(
      'return [...document.querySelectorAll("#withdraw-copies [data-copy-file]")].map((e) => [e.getAttribute("data-copy-kind"), e.getAttribute("data-copy-file"), e.textContent]);',
    );
    assert.deepEqual(listed.map(([k, f]) => [k, f]).sort(), onStick.map((f) => ['summary', f]).sort());
    for (const [, , text] of listed) assert.ok(text.includes(stick), `the folder is shown: ${text}`);
    await s.gone(`#case-list tr[data-case="${reference}"]`);
    await s.click('#withdraw-copies-done');
    await s.gone('#withdraw-copies');
  } finally {
    await s.quit();
  }
});
