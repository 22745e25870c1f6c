// Choosing a passphrase (issue 14): a guessable one is refused with the estimator's reasons;
// a suggested one is shown to be written down, fills both fields, and opens a new vault. The
// passphrase fields take no spellcheck, autocorrect, autocapitalize or autocomplete.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './harness.mjs';

test('Password123! is refused with reasons; a suggested passphrase creates the vault', async () => {
  const s = await launch();
  try {
    await s.visible('#create-title');
    for (const id of ['#new-passphrase', '#confirm-passphrase']) {
      assert.equal(await s.attr(id, 'spellcheck'), 'false', `${id} spellcheck`);
      assert.equal(await s.attr(id, 'autocorrect'), 'off', `${id} autocorrect`);
      assert.equal(await s.attr(id, 'autocapitalize'), 'off', `${id} autocapitalize`);
      assert.equal(await s.attr(id, 'autocomplete'), 'off', `${id} autocomplete`);
    }
    await s.type('#new-passphrase', 'Password123!');
    await s.visible('#strength-hints');
    assert.match(await s.text('#strength'), /too weak/);
    assert.match(await s.text('#strength-hints'), /common password/);
    await s.type('#confirm-passphrase', 'Password123!');
    await s.click('#create-submit');
    assert.match(await s.text('#create-error'), /easy to guess/);
    await s.shot('passphrase-01-guessable');

    await s.click('#suggest-passphrase');
    const words = (await s.text('#generated-passphrase')).trim();
    assert.equal(words.split(' ').length, 6, words);
    for (const id of ['#new-passphrase', '#confirm-passphrase']) {
      assert.equal(await s.wd.executeScript('return document.querySelector(arguments[0]).value', id), words, `${id} filled in`);
    }
    assert.doesNotMatch(await s.text('#strength'), /too weak/);
    await s.shot('passphrase-02-suggested');
    await s.click('#create-submit');
    await s.visible('#home-title', 30_000);
  } finally {
    await s.quit();
  }
});
