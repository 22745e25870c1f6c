// Interpreter mode: an interview started in English, switched to Arabic in the middle and to
// French later keeps every answer and gives the same outcome; a French staff side beside an
// Arabic interview side lays out each in its own direction.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launch, repo, By } from './harness.mjs';
import { readAnswers, runInterview } from './driver.mjs';
import { createVault, startInterview, atQuestion } from './flows.mjs';

const both = path.join(repo, 'questionnaires/mixed-flows/cases/both-pathways-religion-debt-bondage.toml');

async function switchInterviewLanguage(s, lang) {
  const sel = await s.visible('#switch-language');
  await sel.findElement(By.css(`option[value="${lang}"]`)).click();
  await s.wd.wait(async () => (await s.attr('#person-area', 'lang')) === lang, 10_000, `interview language ${lang}`);
}

async function outcome(s) {
  await s.click('#show-outcome');
  await s.visible('#outcome');
  const get = async (css, attr) => {
    const out = [];
    for (const el of await s.wd.findElements(By.css(css))) out.push(await el.getAttribute(attr));
    return out.sort();
  };
  return {
    trafficking: await s.attr('#pathway-trafficking', 'data-level'),
    protection: await s.attr('#pathway-international_protection', 'data-level'),
    referrals: await get('#referrals [data-referral]', 'data-referral'),
    flags: await get('#flags [data-flag]', 'data-flag'),
  };
}

test('switching the interview language mid-interview loses nothing and changes no outcome', async () => {
  const answers = readAnswers(both);
  // Reference run: English throughout.
  const a = await launch();
  let english;
  try {
    await createVault(a);
    await startInterview(a, 'mixed-flows', 'en');
    await runInterview(a, answers);
    english = await outcome(a);
  } finally {
    await a.quit();
  }

  const s = await launch();
  try {
    await createVault(s);
    await startInterview(s, 'mixed-flows', 'en');
    await runInterview(s, answers, {
      onQuestion: async (id) => {
        if (id === 'dob') {
          await s.shot('lang-01-english');
          await switchInterviewLanguage(s, 'ar');
          const dir = await s.attr('#person-area', 'dir');
          assert.equal(dir, 'rtl', 'Arabic lays out right to left');
          await s.shot('lang-02-arabic');
        }
        if (id === 'fear_return') {
          await switchInterviewLanguage(s, 'fr');
          assert.equal(await s.attr('#person-area', 'dir'), 'ltr');
          await s.shot('lang-03-french');
        }
      },
    });
    const mixed = await outcome(s);
    assert.deepEqual(mixed, english, 'the outcome does not depend on the interview language');
    // Each answer records the language it was given in: the reasons show ar and fr answers.
    for (const d of await s.wd.findElements(By.css('details.reason'))) await d.findElement(By.css('summary')).click();
    const text = await (await s.find('#outcome')).getText();
    assert.match(text, /\(ar\)/, 'answers given in Arabic are marked ar');
    assert.match(text, /\(fr\)/, 'answers given in French are marked fr');
    await s.shot('lang-04-outcome');
  } finally {
    await s.quit();
  }
});

test('a French staff side beside an Arabic interview: each in its own direction', async () => {
  const s = await launch();
  try {
    await createVault(s);
    const staff = await s.visible('#staff-language');
    await staff.findElement(By.css('option[value="fr"]')).click();
    await s.wd.wait(async () => (await s.wd.executeScript('return document.documentElement.lang')) === 'fr', 10_000);
    await startInterview(s, 'mixed-flows', 'ar');
    await atQuestion(s, 'consent');
    await s.click('[data-answer="yes"]');
    await atQuestion(s, 'danger_now');
    const person = await s.find('#person-area');
    const panel = await s.find('#staff-panel');
    assert.equal(await person.getAttribute('dir'), 'rtl');
    assert.equal(await person.getAttribute('lang'), 'ar');
    assert.equal(await panel.getAttribute('dir'), 'ltr');
    assert.equal(await panel.getAttribute('lang'), 'fr');
    // The person's text is Arabic; the interviewer sees the same question in French.
    assert.match(await (await s.find('#question-text')).getText(), /[\u0600-\u06FF]/);
    assert.match(await (await s.find('#interpreter-view')).getText(), /[a-zàâçéèêëîïôûùüÿœ]/i);
    // Computed layout really flows right to left on the person's side.
    const align = await s.wd.executeScript("return getComputedStyle(document.querySelector('#question-text')).direction");
    assert.equal(align, 'rtl');
    // Numbers use the digits Harbour's Arabic locale chose (Western), as the Rust side and the
    // PDFs do, not WebKit's default for plain "ar" (Arabic-Indic).
    const progress = await s.text('#progress');
    assert.match(progress, /[0-9]/, `Arabic progress uses Western digits: ${progress}`);
    assert.doesNotMatch(progress, /[\u0660-\u0669]/, `no Arabic-Indic digits: ${progress}`);
    await s.shot('lang-05-staff-fr-interview-ar');
  } finally {
    await s.quit();
  }
});

test('Burmese, Persian and Russian interviews render with the bundled fonts, not tofu', async () => {
  const s = await launch();
  try {
    await createVault(s);
    const cases = [
      ['my', /[\u1000-\u109F]/, /[\u1040-\u1049]/],
      ['fa', /[\u0600-\u06FF]/, /[\u06F0-\u06F9]/],
      ['ru', /[\u0400-\u04FF]/, /[0-9]/],
    ];
    for (const [lang, script, digits] of cases) {
      await startInterview(s, 'mixed-flows', lang);
      await atQuestion(s, 'consent');
      const text = await s.text('#question-text');
      assert.match(text, script, `${lang}: the question is in its own script`);
      // Numbers in the locale's own digits (locales/<lang>/meta.toml), as the Rust side writes them.
      const progress = await s.text('#progress');
      assert.match(progress, digits, `${lang}: progress digits: ${progress}`);
      // Ask the webview which font faces it loaded to draw this very text: they must be
      // Harbour's bundled faces (served from the app, not the system), and cover every character.
      const faces = await s.wd.executeAsyncScript(`
        const done = arguments[arguments.length - 1];
        const text = document.querySelector('#question-text').textContent;
        document.fonts.load('700 28px "Harbour Sans"', text).then(
          (fs) => done(fs.map((f) => ({ family: f.family, range: f.unicodeRange, status: f.status }))),
          (e) => done([{ error: String(e) }]));
      `);
      assert.ok(faces.length > 0, `${lang}: a bundled face was used: ${JSON.stringify(faces)}`);
      assert.ok(faces.every((f) => f.family.includes('Harbour Sans') && f.status === 'loaded'), `${lang}: ${JSON.stringify(faces)}`);
      const ok = await s.wd.executeScript(`return document.fonts.check('700 28px "Harbour Sans"', document.querySelector('#question-text').textContent)`);
      assert.equal(ok, true, `${lang}: every character has a loaded bundled face`);
      await s.shot(`fonts-${lang}`);
      await s.click('#leave');
      await s.visible('#case-list');
    }
  } finally {
    await s.quit();
  }
});
