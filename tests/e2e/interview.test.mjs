// The shipped mixed-flows questionnaire, end to end in the real app: both pathways, nothing
// to report, consent refused, pause + quick hide + unlock + resume, keyboard only.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';
import { execFileSync } from 'node:child_process';
import { launch, repo, By } from './harness.mjs';
import { readAnswers, runInterview } from './driver.mjs';
import { createVault, startInterview, atQuestion, PASS } from './flows.mjs';

const cases = path.join(repo, 'questionnaires/mixed-flows/cases');

async function outcomeOf(s) {
  await s.click('#show-outcome');
  await s.visible('#outcome');
  const level = async (id) => (await s.find(`#pathway-${id}`)).getAttribute('data-level');
  const referrals = [];
  for (const li of await s.wd.findElements(By.css('#referrals [data-referral]'))) referrals.push(await li.getAttribute('data-referral'));
  const flags = [];
  for (const li of await s.wd.findElements(By.css('#flags [data-flag]'))) flags.push(await li.getAttribute('data-flag'));
  return { trafficking: await level('trafficking'), protection: await level('international_protection'), referrals, flags };
}

test('a full interview where both pathways apply ends with both referrals and the reasons', async () => {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'harbour-home-'));
  const stick = path.join(home, 'media', 'STICK');
  fs.mkdirSync(stick, { recursive: true });
  const s = await launch({ env: { HOME: home, HARBOUR_MEDIA_ROOTS: path.join(home, 'media') } });
  try {
    await createVault(s);
    await startInterview(s, 'mixed-flows', 'en');
    await runInterview(s, readAnswers(path.join(cases, 'both-pathways-religion-debt-bondage.toml')), { shots: 'both' });
    await s.shot('both-99-person-ending');
    const o = await outcomeOf(s);
    assert.equal(o.trafficking, 'strong');
    assert.equal(o.protection, 'strong');
    assert.ok(o.referrals.includes('asylum_procedure') && o.referrals.includes('anti_trafficking'), `both referrals: ${o.referrals}`);
    assert.ok(o.flags.includes('non_refoulement'), `flags: ${o.flags}`);
    // Every result says which answers led to it.
    const reason = await s.find('#pathway-international_protection details.reason');
    await reason.findElement(By.css('summary')).click();
    const text = await reason.getText();
    assert.match(text, /religion|faith|belief/i, 'the reason names the answers behind it');
    await s.shot('both-outcome');

    // A referral summary for the asylum procedure, in French, for the reader, on the stick
    // (summary.test.mjs checks the names and that nothing goes anywhere else).
    const lang = await s.visible('#summary-language');
    await lang.findElement(By.css('option[value="fr"]')).click();
    await s.click('#summary-places [data-place="STICK"]');
    await s.click('[data-summary="asylum_procedure"]');
    await s.visible('#summary-saved');
    const written = fs.readdirSync(stick);
    assert.equal(written.length, 1, `one summary on the stick: ${written}`);
    const file = path.join(stick, written[0]);
    const pdf = execFileSync('pdftotext', [file, '-']).toString();
    assert.match(pdf, /asile/i, 'the summary is in French');
    assert.doesNotMatch(pdf, /forced labour|travail forcé/i, 'an asylum summary holds no trafficking detail');
    await s.shot('both-summary-saved');
  } finally {
    await s.quit();
  }
});

test('a person with nothing to report gets through, and the outcome says none', async () => {
  const s = await launch();
  try {
    await createVault(s);
    await startInterview(s, 'mixed-flows', 'en');
    const seen = await runInterview(s, readAnswers(path.join(cases, 'nothing-to-report.toml')), { shots: 'nothing' });
    assert.ok(seen.length <= 35, `a short path: ${seen.length} questions`);
    const o = await outcomeOf(s);
    assert.equal(o.trafficking, 'none');
    assert.equal(o.protection, 'none');
    assert.deepEqual(o.referrals, []);
    await s.shot('nothing-outcome');
  } finally {
    await s.quit();
  }
});

test('refused consent ends the interview and keeps only the refusal', async () => {
  const s = await launch();
  try {
    await createVault(s);
    await startInterview(s, 'mixed-flows', 'en');
    await atQuestion(s, 'consent');
    await s.shot('refused-01-consent');
    await s.click('[data-answer="no"]');
    await s.visible('#ending-refused');
    await s.shot('refused-02-ending');
    await s.click('#back-to-cases');
    const row = await s.find('#case-list tbody tr');
    assert.equal(await row.getAttribute('data-status'), 'consent_refused');
    await s.shot('refused-03-case-list');
  } finally {
    await s.quit();
  }
});

test('paused, quick-hidden, unlocked and resumed exactly where it stopped', async () => {
  const s = await launch();
  try {
    await createVault(s);
    await startInterview(s, 'mixed-flows', 'en');
    await atQuestion(s, 'consent');
    await s.click('[data-answer="yes"]');
    await atQuestion(s, 'danger_now');
    await s.click('[data-answer="no"]');
    await atQuestion(s, 'afraid_of_someone_here');
    await s.click('#pause');
    await s.visible('#paused-panel');
    assert.equal((await s.wd.findElements(By.css('#question-text'))).length, 0, 'paused: the question is hidden');
    await s.shot('pause-01-paused');
    await s.click('#resume');
    await atQuestion(s, 'afraid_of_someone_here');
    await s.click('[data-answer="no"]');
    await atQuestion(s, 'safe_place_tonight');
    // Quick hide with the hotkey: a neutral screen at once, and the vault locks.
    await (await s.find('body')).sendKeys('\uE00C');
    await s.visible('#neutral-screen', 3_000);
    await s.shot('pause-02-hidden');
    await s.click('#leave-neutral');
    await s.visible('#unlock-title');
    await s.type('#passphrase', PASS);
    await s.click('#unlock-submit');
    await s.visible('#case-list', 30_000);
    await s.shot('pause-03-case-list');
    await s.click('#case-list button.resume');
    await atQuestion(s, 'safe_place_tonight');
    await s.shot('pause-04-resumed');
    // Back shows the earlier answer kept.
    await s.click('#back');
    await atQuestion(s, 'afraid_of_someone_here');
    const chosen = await s.wd.findElements(By.css('[data-answer="no"].chosen'));
    assert.equal(chosen.length, 1, 'the earlier answer is kept');
  } finally {
    await s.quit();
  }
});

test('a complete interview by keyboard alone', async () => {
  const s = await launch({ env: { HARBOUR_TEST_PACKS: '1' } });
  try {
    await createVault(s);
    await startInterview(s, 'test-all-kinds', 'en');
    const keys = async (k) => s.wd.actions().sendKeys(k).perform();
    const blur = async () => s.wd.executeScript('document.activeElement && document.activeElement.blur()');
    await atQuestion(s, 'consent');
    await blur();
    await keys('1'); // yes
    await atQuestion(s, 'dob');
    await (await s.visible('#answer-year')).click();
    await keys('1990\uE007'); // Enter saves
    await atQuestion(s, 'nationality');
    await blur();
    await keys('\uE003'); // Backspace goes back
    await atQuestion(s, 'dob');
    await blur();
    await (await s.visible('#forward')).sendKeys('\uE007'); // Enter on "Next"
    await atQuestion(s, 'nationality');
    await (await s.visible('#answer-country')).sendKeys('Syria');
    await keys('\uE007');
    await atQuestion(s, 'first_language');
    await (await s.visible('#answer-language')).sendKeys('Arabic');
    await keys('\uE007');
    await atQuestion(s, 'people_travelling');
    await (await s.visible('#answer-number')).click();
    await keys('2\uE007');
    await s.visible('#signpost');
    await blur();
    await keys('\uE007'); // Enter continues into the section
    await atQuestion(s, 'reason_for_leaving');
    await blur();
    await keys('2'); // persecution
    await atQuestion(s, 'in_danger_now');
    await blur();
    await keys('2'); // no
    await atQuestion(s, 'anything_else');
    await (await s.visible('#answer-text')).click();
    await keys('nothing more');
    await (await s.visible('#save-answer')).sendKeys('\uE007');
    await s.visible('#ending-person');
    await s.shot('keyboard-ending');
  } finally {
    await s.quit();
  }
});
