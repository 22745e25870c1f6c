// A vault written by an earlier Harbour (rules 2026.11-4; fixtures/vault-2026.11-4/README.md)
// still opens, its stored outcome is shown as it was decided, the screen says today's rules
// would decide differently, and "Assess again with today's rules" brings it up to date from
// the same answers.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch, repo } from './harness.mjs';
import { axe } from './a11y.mjs';

const fixture = path.join(repo, 'tests/e2e/fixtures/vault-2026.11-4');
const FIXTURE_PASS = fs.readFileSync(path.join(fixture, 'passphrase.txt'), 'utf8').trim();


test('an outcome stored by older rules is flagged, and assessed again from the same answers', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'harbour-rules-update-'));
  for (const f of ['harbour.vault', 'harbour.vault.key']) fs.copyFileSync(path.join(fixture, f), path.join(dataDir, f));
  const s = await launch({ dataDir });
  try {
    await s.visible('#unlock-title');
    await s.type('#passphrase', FIXTURE_PASS);
    await s.click('#unlock-submit');
    await s.visible('#home-title', 60_000);
    const row = await s.find('#case-list tbody tr[data-status="finished"]');
    await row.findElement({ css: 'button.open' }).click();
    await s.visible('#outcome');

    // As stored: rules 2026.11-4, and the screen says today's rules (2026.11-6) differ.
    assert.match(await s.text('#rules-version'), /2026\.11-4/);
    assert.match(await s.text('#differs-today'), /2026\.11-6/);
    const before = await s.text('#outcome');
    assert.match(before, /legal or physical protection/i, 'the old outcome, as it was decided');
    await s.shot('rules-update-01-differs');

    // Nothing changes until the interviewer confirms.
    await s.click('#reassess');
    await s.visible('#reassess-confirm');
    // Old and new side by side before confirming: the legal/physical protection category
    // is in the stored column and not in today's.
    const changed = [];
    for (const tr of await s.wd.findElements({ css: '#reassess-compare tr.changed' })) changed.push(await tr.getText());
    assert.ok(changed.some((t) => /legal or physical protection/i.test(t)), `the change is shown: ${changed.join(' | ')}`);
    assert.match(await s.text('#reassess-compare thead'), /2026\.11-4[\s\S]*2026\.11-6/);
    await axe(s, 'outcome with the re-assessment question');
    await s.shot('rules-update-02-confirm');
    await s.click('#reassess-cancel');
    assert.match(await s.text('#rules-version'), /2026\.11-4/);

    await s.click('#reassess');
    await s.click('#reassess-yes');
    await s.visible('#reassessed');
    assert.match(await s.text('#reassessed'), /2026\.11-6/);
    assert.match(await s.text('#rules-version'), /2026\.11-6/);
    assert.match(await s.text('#rules-version'), /Today's rules give the same result/);
    assert.equal((await s.wd.findElements({ css: '#differs-today' })).length, 0);
    const after = await s.text('#outcome');
    // Rules 2026.11-5: she never left her country, so the risk on return is worded as an
    // internal return and raises no legal/physical protection category.
    assert.doesNotMatch(after, /legal or physical protection/i);
    assert.match(after, /still inside their own country/);
    await s.shot('rules-update-03-reassessed');

    // The new outcome is stored: it is still there after going back to the case list.
    await s.click('#outcome-back');
    await (await s.find('#case-list tbody tr[data-status="finished"] button.open')).click();
    await s.visible('#outcome');
    assert.match(await s.text('#rules-version'), /2026\.11-6/);
  } finally {
    await s.quit();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
