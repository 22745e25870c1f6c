// Staff accounts end to end: a supervisor sets the device up and adds an interviewer; the
// interviewer unlocks with their own passphrase and sees only their cases; the supervisor
// sees every case and whose it is; a second interviewer sees none of the first one's; the
// supervisor wipes the device from the UI, after which nothing opens. Screenshots and axe
// on each new screen.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launch, By } from './harness.mjs';
import { axe } from './a11y.mjs';
import { startInterview, atQuestion } from './flows.mjs';

const SAM = 'harbour supervisor sam 42';
const ANA = 'harbour interviewer ana 42';
const BEN = 'harbour interviewer ben 42';

async function unlockAs(s, pass) {
  await s.click('#lock');
  await s.visible('#unlock-title');
  await s.type('#passphrase', pass);
  await s.click('#unlock-submit');
  await s.visible('#home-title', 30_000);
}

async function addPerson(s, name, pass) {
  await s.type('#staff-name', name);
  await s.type('#staff-passphrase', pass);
  await s.type('#staff-confirm', pass);
  await s.click('#staff-add-submit');
  await s.find(`#staff-list tr[data-staff="${name}"]`, 30_000);
}

test('a supervisor adds an interviewer; each sees what their role allows; a wipe leaves nothing that opens', async () => {
  const s = await launch({ env: { HARBOUR_TEST_PACKS: '1' } });
  try {
    await s.visible('#create-title');
    await s.type('#supervisor-name', 'Sam');
    await s.type('#new-passphrase', SAM);
    await s.type('#confirm-passphrase', SAM);
    assert.match(await s.text('#create-recovery'), /nobody can recover this device/);
    await s.shot('staff-01-setup');
    await axe(s, 'setup');
    await s.click('#create-submit');
    await s.visible('#home-title', 30_000);
    assert.match(await s.text('#acting-person'), /Sam · supervisor/);

    await s.click('#open-staff');
    await s.visible('#staff-title');
    assert.equal(await s.attr('#device-recovery', 'data-recoverable'), 'false');
    await addPerson(s, 'Ana', ANA);
    await addPerson(s, 'Ben', BEN);
    await s.shot('staff-02-staff-screen');
    await axe(s, 'staff screen');
    await s.click('#staff-back');

    // Ana: her own passphrase, her role, no staff screen; she starts an interview.
    await unlockAs(s, ANA);
    assert.match(await s.text('#acting-person'), /Ana · interviewer/);
    assert.equal((await s.wd.findElements(By.css('#open-staff'))).length, 0, 'no staff screen for an interviewer');
    await startInterview(s, 'test-all-kinds', 'en');
    await atQuestion(s, 'consent');
    await s.click('[data-answer="yes"]');
    await atQuestion(s, 'dob');
    await s.click('#leave');
    await s.visible('#case-list');
    const anaCases = await s.wd.findElements(By.css('#case-list tbody tr'));
    assert.equal(anaCases.length, 1);
    await s.shot('staff-03-interviewer-cases');

    // Ben sees none of Ana's cases.
    await unlockAs(s, BEN);
    assert.match(await s.text('#acting-person'), /Ben · interviewer/);
    await s.visible('#case-list-empty');
    await s.shot('staff-04-other-interviewer-sees-nothing');

    // Sam sees every case and whose it is.
    await unlockAs(s, SAM);
    await s.visible('#case-list');
    assert.equal(await s.text('#case-list tbody tr td.owner'), 'Ana');
    await s.shot('staff-05-supervisor-sees-all');
    await axe(s, 'supervisor case list');

    // The wipe: the button stays disabled until the exact words are typed.
    await s.click('#open-staff');
    await s.visible('#staff-title');
    await s.type('#wipe-words', 'wipe');
    assert.equal(await (await s.find('#wipe-submit')).isEnabled(), false);
    await s.type('#wipe-words', 'WIPE THIS DEVICE');
    await s.shot('staff-06-wipe-typed');
    await s.click('#wipe-submit');
    await s.visible('#create-title', 30_000);
    await s.shot('staff-07-after-wipe');
    const left = fs.readdirSync(s.dataDir).filter((f) => f.startsWith('harbour.vault'));
    assert.deepEqual(left, [], `no vault or key file is left: ${left}`);
  } finally {
    await s.quit();
  }
});
