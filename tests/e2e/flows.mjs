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

