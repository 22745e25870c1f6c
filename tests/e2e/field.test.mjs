// The interview in the field (issue 17), in the real app: a staff note survives a SIGKILL,
// shows on the outcome and goes with a withdrawal; "None of these" is an answer (not a skip)
// that says "no" to every option of a list read in full; a list whose options are not to be
// suggested shows the question alone on the person's side and the options on the
// interviewer's; the top bar stays on screen and each question opens at its top.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, By } from './harness.mjs';
import { createVault, startInterview, atQuestion, PASS } from './flows.mjs';
import { runInterview } from './driver.mjs';
import { axe } from './a11y.mjs';

const NOTE = 'NOTE-CANARY-5521-companion-waited-outside';
const CASE_NOTE = 'CASE-NOTE-CANARY-8812-asked-for-a-woman-interpreter';

/** The process ids below `pid` (children, grandchildren...). */
function descendants(pid) {
  const out = [];
  const walk = (p) => {
    let kids = [];
    try {
      for (const t of fs.readdirSync(`/proc/${p}/task`)) {
        kids = kids.concat(fs.readFileSync(`/proc/${p}/task/${t}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number));
      }
    } catch { /* gone */ }
    for (const k of kids) { out.push(k); walk(k); }
  };
  walk(pid);
  return out;
}

/** SIGKILL this session's app, by process id (never by name: other apps may be running). */
function killApp(s) {
  const app = descendants(s.driverPid).filter((p) => {
    try { return fs.readlinkSync(`/proc/${p}/exe`).endsWith('harbour-app'); } catch { return false; }
  });
  assert.ok(app.length > 0, 'the app process was found');
  for (const p of app) process.kill(p, 'SIGKILL');
}

test('a staff note survives a SIGKILL, shows on the outcome and is gone after withdrawal', async () => {
  const first = await launch({ env: { HARBOUR_TEST_PACKS: '1' } });
  const dir = first.dataDir;
  try {
    await createVault(first);
    await startInterview(first, 'test-all-kinds', 'en');
    await atQuestion(first, 'consent');
    await first.click('[data-answer="yes"]');
    await atQuestion(first, 'dob');
    await first.type('#question-note', NOTE);
    await first.click('#save-question-note');
    await first.visible('#question-note-saved');
    await first.click('.case-note summary');
    await first.type('#case-note', CASE_NOTE);
    await first.click('#save-case-note');
    await first.visible('#case-note-saved');
    await first.shot('field-01-notes');
    // The person's side never shows a note.
    const person = await (await first.find('#person-area')).getText();
    assert.ok(!person.includes(NOTE) && !person.includes(CASE_NOTE), 'no note on the person side');
    killApp(first);
  } finally {
    await first.quit();
  }

  const s = await launch({ dataDir: dir, env: { HARBOUR_TEST_PACKS: '1' } });
  try {
    await s.visible('#unlock-title');
    await s.type('#passphrase', PASS);
    await s.click('#unlock-submit');
    await s.visible('#case-list', 30_000);
    await s.click('#case-list button.resume');
    await atQuestion(s, 'dob');
    await s.wd.wait(async () => (await s.wd.executeScript("return document.querySelector('#question-note').value")) === NOTE, 10_000, 'the note is back after the kill');
    await s.shot('field-02-note-after-kill');
    const answers = { reason_for_leaving: 'work', work_conditions: [] };
    await runInterview(s, answers, {
      onQuestion: async (id) => {
        if (id === 'reason_for_leaving') {
          // Not suggested: the person's side has the question alone; the interviewer marks.
          const personOptions = await s.wd.findElements(By.css('#person-area [data-option]'));
          assert.equal(personOptions.length, 0, 'no option is printed on the person side');
          await s.visible('#options-with-interviewer');
          assert.ok((await s.wd.findElements(By.css('#staff-answer [data-option]'))).length >= 2, 'the options are on the interviewer side');
          await s.shot('field-03-not-suggested');
          await axe(s, 'not-suggested');
        }
        if (id === 'work_conditions') {
          assert.ok((await s.wd.findElements(By.css('#person-area [data-option]'))).length >= 2, 'a list read in full is on the person side');
          await s.visible('#none-of-these');
          await s.shot('field-04-none-of-these');
        }
      },
    });
    // Back to the list: "None of these" is the answer given, not a skip.
    await s.click('#back');
    await s.wd.wait(async () => (await s.attr('#question', 'data-question')) !== null, 10_000);
    for (let i = 0; i < 10 && (await s.attr('#question', 'data-question')) !== 'work_conditions'; i++) {
      const before = await s.attr('#question', 'data-question');
      await s.click('#back');
      await s.wd.wait(async () => (await s.attr('#question', 'data-question')) !== before, 10_000);
    }
    assert.equal(await s.attr('#none-of-these', 'aria-pressed'), 'true', 'None of these is shown as the answer given');
    assert.equal((await s.wd.findElements(By.css('#given-state'))).length, 0, 'not shown as skipped');
    await s.shot('field-05-none-of-these-given');
    await s.click('#forward');
    await runInterview(s, {});
    await s.click('#show-outcome');
    await s.visible('#outcome');
    const notes = await s.text('#staff-notes');
    assert.ok(notes.includes(NOTE) && notes.includes(CASE_NOTE), `both notes on the outcome: ${notes}`);
    // The evidence: "None of these" says no to each work condition, so the trafficking
    // pathway shows an element answered "no" (a skip would leave it not asked).
    await (await s.find('#pathway-trafficking details summary')).click();
    const absent = await s.wd.findElements(By.css('#pathway-trafficking li.el-absent'));
    assert.ok(absent.length > 0, 'an element is absent, not unknown or not asked');
    await s.shot('field-06-outcome-notes');
    await axe(s, 'outcome-notes');
    await s.click('#outcome-back');
    await s.visible('#case-list');
    await s.click('#case-list button.withdraw');
    await s.click('#withdraw-confirm');
    await s.visible('#case-list-empty');
  } finally {
    await s.quit();
  }
  // Nothing of the notes is readable anywhere in the data folder (the vault is encrypted;
  // the page-level proof that a withdrawn note is gone is the vault's own test).
  const scan = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) scan(p);
      else {
        const b = fs.readFileSync(p);
        assert.ok(!b.includes(NOTE) && !b.includes(CASE_NOTE), `a note is readable in ${p}`);
      }
    }
  };
  scan(dir);
});

test('the top bar stays on screen on a long page and each question opens at its top', async () => {
  const s = await launch();
  try {
    await createVault(s);
    await startInterview(s, 'mixed-flows', 'en');
    await atQuestion(s, 'consent');
    // Scroll the person's side (the consent text is the longest) to its end.
    await s.wd.executeScript("const p = document.querySelector('#person-area'); p.scrollTop = p.scrollHeight;");
    const inView = async (css) => s.wd.executeScript(`const r = document.querySelector(arguments[0]).getBoundingClientRect();
      return r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;`, css);
    assert.ok(await inView('#quick-hide'), 'Hide stays on screen');
    assert.ok(await inView('#lock'), 'Lock stays on screen');
    await s.shot('field-07-scrolled');
    await s.click('[data-answer="yes"]');
    await atQuestion(s, 'danger_now');
    const top = await s.wd.executeScript("return document.querySelector('#person-area').scrollTop");
    assert.equal(top, 0, 'the next question opens at its top');
    // The urgent notice: a small neutral marker with its symbol and word, details on a click.
    await s.click('[data-answer="yes"]');
    await s.visible('#urgent-notice');
    assert.equal(await s.attr('#urgent-notice', 'open'), null, 'the details are closed at first');
    const bg = await s.wd.executeScript("return getComputedStyle(document.querySelector('#urgent-notice')).backgroundColor");
    assert.equal(bg, 'rgb(255, 255, 255)', 'neutral, not a red box');
    await s.shot('field-08-urgent-marker');
    await s.click('#urgent-notice summary');
    await s.shot('field-09-urgent-open');
    await s.wd.executeScript("document.querySelector('#switch-language').focus()");
    await s.wd.actions().sendKeys('\uE00C').perform();
    await s.visible('.neutral');
  } finally {
    await s.quit();
  }
});
