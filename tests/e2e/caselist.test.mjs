// The case list at scale, end to end: five cases made through the app (three with consent
// refused, two left in progress), pages of two (HARBOUR_TEST_CASE_PAGE_SIZE, e2e builds
// only), a search by reference typed as an interviewer would, a bad search explained,
// filters in their collapsible row, an empty result with a way back, and axe on the screen.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { By, Key } from 'selenium-webdriver';
import { launch } from './harness.mjs';
import { axe } from './a11y.mjs';
import { createVault, startInterview, atQuestion } from './flows.mjs';

async function refusedCase(s) {
  await startInterview(s, 'mixed-flows', 'en');
  await atQuestion(s, 'consent');
  await s.click('[data-answer="no"]');
  await s.visible('#ending-refused');
  await s.click('#back-to-cases');
  await s.visible('#case-list');
}

async function openCase(s) {
  await startInterview(s, 'mixed-flows', 'en');
  await atQuestion(s, 'consent');
  await s.click('#leave');
  await s.visible('#case-list');
}

/** An interview the interviewer marks urgent (person in distress), then ends. */
async function urgentCase(s) {
  await startInterview(s, 'mixed-flows', 'en');
  await atQuestion(s, 'consent');
  await s.click('#distress');
  await s.click('#distress-urgent');
  await s.visible('#distress');
  await s.click('#distress');
  await s.click('#distress-end');
  await s.visible('#case-list');
}

/** Wait until the "showing" line says `text`. */
async function showing(s, text) {
  await s.wd.wait(async () => {
    try {
      return (await s.text('#case-count')) === text;
    } catch {
      return false;
    }
  }, 10_000, `waiting for "${text}"`);
}

async function rows(s) {
  return s.wd.executeScript("return [...document.querySelectorAll('#case-list tbody tr')].map((r) => [r.dataset.case, r.dataset.status]);");
}

async function choose(s, select, value) {
  const sel = await s.visible(select);
  await sel.findElement(By.css(`option[value="${value}"]`)).click();
}

test('the case list searches by reference, filters, sorts and pages', async () => {
  const s = await launch({ env: { HARBOUR_TEST_CASE_PAGE_SIZE: '2' } });
  try {
    await createVault(s);
    await s.visible('#case-list-empty');
    for (let i = 0; i < 3; i++) await refusedCase(s);
    for (let i = 0; i < 2; i++) await openCase(s);
    await urgentCase(s);

    // Pages of two, most recently changed first.
    await showing(s, 'Showing 1–2 of 6');
    const first = await rows(s);
    assert.equal(first.length, 2);
    assert.deepEqual(first.map((r) => r[1]), ['in_progress', 'in_progress'], 'the last changed come first');
    // The interview marked urgent carries the marker in the list; the others do not.
    assert.equal(await s.wd.executeScript("return document.querySelectorAll('#case-list tbody tr:first-child .tag.urgent').length"), 1);
    assert.equal(await s.wd.executeScript("return document.querySelectorAll('#case-list .tag.urgent').length"), 1);
    assert.notEqual(await s.attr('#case-page-prev', 'disabled'), null, 'no page before the first');
    await s.shot('caselist-01-first-page');
    await s.click('#case-page-next');
    await showing(s, 'Showing 3–4 of 6');
    await s.click('#case-page-next');
    await showing(s, 'Showing 5–6 of 6');
    assert.notEqual(await s.attr('#case-page-next', 'disabled'), null, 'no page after the last');
    const last = await rows(s);
    await s.click('#case-page-prev');
    await showing(s, 'Showing 3–4 of 6');
    await s.click('#case-page-prev');
    await showing(s, 'Showing 1–2 of 6');

    // Oldest first: the last page's last case now leads.
    const oldest = last[last.length - 1][0];
    await choose(s, '#case-sort', 'created-asc');
    await showing(s, 'Showing 1–2 of 6');
    assert.equal((await rows(s))[0][0], oldest, 'the oldest case first');

    // A reference typed as said aloud: lower case, without "HB-".
    const reference = oldest;
    await s.type('#case-search', reference.slice(3).toLowerCase());
    await showing(s, 'Showing 1–1 of 1');
    assert.deepEqual((await rows(s)).map((r) => r[0]), [reference]);
    await s.shot('caselist-02-search');

    // A character no reference has: said plainly, under the box.
    await s.type('#case-search', '7%');
    await s.visible('#case-search-error');
    assert.match(await s.text('#case-search-error'), /“%” \(character 2\)/);
    assert.equal(await s.attr('#case-search', 'aria-invalid'), 'true');
    await s.visible('#case-list-no-match');
    assert.equal((await rows(s)).length, 0, 'no stale page under a search that cannot match');
    await s.shot('caselist-03-bad-search');
    // Erased with the keyboard, as a person would.
    await (await s.visible('#case-search')).sendKeys(Key.END, Key.BACK_SPACE, Key.BACK_SPACE);
    await showing(s, 'Showing 1–2 of 6');

    // Filters live in a collapsed row.
    assert.equal(await s.attr('#case-filters-toggle', 'aria-expanded'), 'false');
    await s.click('#case-filters-toggle');
    assert.equal(await s.attr('#case-filters-toggle', 'aria-expanded'), 'true');
    await choose(s, '#filter-status', 'consent_refused');
    await showing(s, 'Showing 1–2 of 3');
    assert.ok((await rows(s)).every((r) => r[1] === 'consent_refused'));
    assert.match(await s.text('#case-filters-toggle'), /Filters \(1\)/);
    await s.shot('caselist-04-filtered');
    await axe(s, 'case-list-filtered');

    // Nothing urgent: a clear message and one way back to every case.
    await choose(s, '#filter-urgent', 'yes');
    await s.visible('#case-list-no-match');
    assert.match(await s.text('#case-list-no-match'), /No case matches/);
    await s.gone('#case-count');
    await s.shot('caselist-05-no-match');
    await axe(s, 'case-list-no-match');
    await s.click('#case-list-clear');
    await showing(s, 'Showing 1–2 of 6');
    assert.match(await s.text('#case-filters-toggle'), /^Filters$/);

    // Urgent safety alone: the interview the interviewer marked, still in progress.
    await choose(s, '#filter-urgent', 'yes');
    await showing(s, 'Showing 1–1 of 1');
    assert.deepEqual((await rows(s)).map((r) => r[1]), ['in_progress']);
    await s.shot('caselist-06-urgent');

    // Right to left: the same list in Arabic, references still read left to right.
    await choose(s, '#staff-language', 'ar');
    await s.wd.wait(async () => (await s.wd.executeScript('return document.documentElement.dir')) === 'rtl', 10_000, 'rtl');
    await showing(s, '1–1 من 1');
    assert.equal(await s.attr('#case-list tbody td.ref', 'dir'), 'ltr');
    await s.visible('#filter-status'); // the filter row stays open
    await s.shot('caselist-07-arabic');
  } finally {
    await s.quit();
  }
});
