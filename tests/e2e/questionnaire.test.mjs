// The test questionnaire through the real app: every question kind answered once, a
// signposted section, a condition, and the outcome screen at the end.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, By } from './harness.mjs';
import { createVault, startInterview, atQuestion } from './flows.mjs';

test('every question kind of the test questionnaire, answered once in the real app', async () => {
  const s = await launch({ env: { HARBOUR_TEST_PACKS: '1' } });
  try {
    await createVault(s);
    await startInterview(s, 'test-all-kinds', 'en');
    await atQuestion(s, 'consent');
    await s.shot('kinds-01-consent');
    await s.click('[data-answer="yes"]');

    await atQuestion(s, 'dob');
    await s.type('#answer-year', '2010');
    await (await s.visible('#answer-month')).findElement(By.css('option[value="3"]')).click();
    await s.shot('kinds-02-date');
    await s.click('#save-answer');

    await atQuestion(s, 'nationality');
    const country = await s.visible('#answer-country');
    await country.findElement(By.css('option[value="ER"]')).click();
    await s.shot('kinds-03-country');
    await s.click('#save-answer');

    await atQuestion(s, 'first_language');
    const language = await s.visible('#answer-language');
    await language.findElement(By.css('option[value="ti"]')).click();
    await s.click('#save-answer');

    await atQuestion(s, 'people_travelling');
    await s.type('#answer-number', '3');
    await s.click('#save-answer');

    // Shown only for a child: the date of birth above makes this person 16.
    await atQuestion(s, 'travelling_alone');
    await s.click('[data-answer="yes"]');

    await s.visible('#signpost');
    await s.shot('kinds-04-signpost');
    await s.click('#continue-section');

    await atQuestion(s, 'reason_for_leaving');
    await s.shot('kinds-05-single-choice');
    await s.click('[data-option="work"]');

    await atQuestion(s, 'work_conditions');
    await s.click('[data-option="no_pay"]');
    await s.click('[data-option="documents_taken"]');
    await s.shot('kinds-06-multiple-choice');
    await s.click('#save-answer');

    await atQuestion(s, 'in_danger_now');
    await s.click('#decline');

    await atQuestion(s, 'anything_else');
    await s.type('#answer-text', 'A free text answer');
    await s.shot('kinds-07-text');
    await s.click('#save-answer');

    await s.visible('#ending-person');
    await s.shot('kinds-08-ending');
    await s.click('#show-outcome');
    await s.visible('#outcome');
    const level = await (await s.visible('#pathway-trafficking')).getAttribute('data-level');
    assert.notEqual(level, 'none', 'a child with withheld pay and taken documents is not "none"');
    await s.visible('[data-flag="child"]');
    await s.shot('kinds-09-outcome');

    await s.click('#outcome-back');
    await s.visible('#case-list');
    const status = await s.attr('#case-list tbody tr', 'data-status');
    assert.equal(status, 'finished');
  } finally {
    await s.quit();
  }
});
