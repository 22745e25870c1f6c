// Common steps of the end-to-end tests.

import { By } from './harness.mjs';

export const PASS = 'quiet harbour lights 42';

export async function createVault(s) {
  await s.visible('#create-title');
  await s.type('#new-passphrase', PASS);
  await s.type('#confirm-passphrase', PASS);
  await s.click('#create-submit');
  await s.visible('#home-title', 30_000);
}

export async function startInterview(s, questionnaire, language) {
  await s.click('#new-interview');
  await s.visible('#new-title');
  const sel = await s.visible('#questionnaire');
  await sel.findElement(By.css(`option[value="${questionnaire}"]`)).click();
  const lang = await s.visible('#interview-language');
  await lang.findElement(By.css(`option[value="${language}"]`)).click();
  await s.click('#start-interview');
  await s.visible('#person-area');
}

export async function atQuestion(s, id) {
  await s.find(`#question[data-question="${id}"]`);
}


/** A short interview of the test pack (HARBOUR_TEST_PACKS=1) whose only free-text answer
 * holds `canary`; ends on the person's closing screen. */
export async function canaryInterview(s, canary) {
  await startInterview(s, 'test-all-kinds', 'en');
  await atQuestion(s, 'consent');
  await s.click('[data-answer="yes"]');
  for (const id of ['dob', 'nationality', 'first_language', 'people_travelling']) {
    await atQuestion(s, id);
    await s.click('#skip');
  }
  await s.visible('#signpost');
  await s.click('#skip-section');
  await atQuestion(s, 'anything_else');
  await s.type('#answer-text', `My secret is ${canary}`);
  await s.click('#save-answer');
  await s.visible('#ending-person');
}
