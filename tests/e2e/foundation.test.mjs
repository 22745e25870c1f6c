// Foundation, end to end: create a vault, lock, a wrong passphrase, unlock, the empty case
// list; quick hide. A screenshot per step goes to tests/e2e/artifacts/.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch } from './harness.mjs';

const PASS = 'quiet harbour lights 42';

test('first run: create the vault, lock, refuse a wrong passphrase, unlock, empty case list', async () => {
  const s = await launch();
  try {
    await s.visible('#create-title');
    await s.shot('foundation-01-create');

    // A weak passphrase is refused with a clear, translated reason.
    await s.type('#new-passphrase', 'short');
    await s.visible('#strength');
    assert.match(await s.text('#strength'), /too weak/);
    await s.type('#confirm-passphrase', 'short');
    await s.click('#create-submit');
    assert.match(await s.text('#create-error'), /at least 12 characters/);
    await s.shot('foundation-02-weak-passphrase');

    await s.type('#new-passphrase', PASS);
    await s.type('#confirm-passphrase', PASS);
    await s.click('#create-submit');
    await s.visible('#home-title', 30_000);
    await s.visible('#case-list-empty');
    await s.shot('foundation-03-home-empty');

    const files = fs.readdirSync(s.dataDir);
    assert.ok(files.includes('harbour.vault'), `vault created in the data dir: ${files}`);
    const head = fs.readFileSync(path.join(s.dataDir, 'harbour.vault')).subarray(0, 16).toString('latin1');
    assert.ok(!head.startsWith('SQLite format 3'), 'the vault file is encrypted');

    await s.click('#lock');
    await s.visible('#unlock-title');
    await s.shot('foundation-04-locked');

    await s.type('#passphrase', 'not the right words');
    await s.click('#unlock-submit');
    assert.match(await s.text('#unlock-error'), /does not open this vault/);
    await s.shot('foundation-05-wrong-passphrase');

    await s.type('#passphrase', PASS);
    await s.click('#unlock-submit');
    await s.visible('#home-title', 30_000);
    await s.visible('#case-list-empty');
    await s.shot('foundation-06-unlocked');
  } finally {
    await s.quit();
  }
});

test('a later run shows the unlock screen, and quick hide locks at once', async () => {
  const first = await launch();
  const dir = first.dataDir;
  try {
    await first.visible('#create-title');
    await first.type('#new-passphrase', PASS);
    await first.type('#confirm-passphrase', PASS);
    await first.click('#create-submit');
    await first.visible('#home-title', 30_000);
  } finally {
    await first.quit();
  }
  const s = await launch({ dataDir: dir });
  try {
    await s.visible('#unlock-title');
    await s.type('#passphrase', PASS);
    await s.click('#unlock-submit');
    await s.visible('#home-title', 30_000);
    await s.click('#quick-hide');
    await s.visible('#neutral-screen', 3_000);
    const body = await s.text('body');
    assert.ok(!/Harbour|Cases/.test(body), `the neutral screen names nothing: ${body}`);
    await s.shot('foundation-07-quick-hide');
    await s.click('#leave-neutral');
    await s.visible('#unlock-title');
  } finally {
    await s.quit();
  }
});

test('auto-lock after idle drops the key and shows the unlock screen', async () => {
  const s = await launch({ env: { HARBOUR_AUTO_LOCK_SECS: '4' } });
  try {
    await s.visible('#create-title');
    await s.type('#new-passphrase', PASS);
    await s.type('#confirm-passphrase', PASS);
    await s.click('#create-submit');
    await s.visible('#home-title', 30_000);
    await s.visible('#idle-notice', 20_000);
    await s.shot('foundation-08-auto-locked');
  } finally {
    await s.quit();
  }
});
