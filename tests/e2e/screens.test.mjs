// Every screen in every shipped language at 1366×768: nothing scrolls sideways, no text is
// wider than its box (a picker's chosen language included), Hide is always on screen, and
// axe finds nothing serious. A screenshot of each screen in each language is kept in
// tests/e2e/artifacts/walk-<lang>-*.png.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch, repo, artifacts, By } from './harness.mjs';
import { readAnswers, runInterview } from './driver.mjs';
import { createVault } from './flows.mjs';
import { axe } from './a11y.mjs';

const APP_LANGS = ['en', 'fr', 'es', 'ar', 'fa', 'ru', 'uk', 'my'];
/** The interview languages of the shipped pack, each with the staff language it is walked in. */
const WALKS = [...APP_LANGS.map((l) => [l, l]), ['fa-AF', 'fa']];
/** axe on every screen of these (one right-to-left, one with a tall script). */
const AXE_LANGS = new Set(['en', 'ar', 'my']);
const answers = readAnswers(path.join(repo, 'questionnaires/mixed-flows/cases/both-pathways-religion-debt-bondage.toml'));

// Runs in the page: every problem of layout on the screen now.
const LAYOUT = `
  const out = [];
  const name = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
  const vw = document.documentElement.clientWidth, vh = document.documentElement.clientHeight;
  if (document.documentElement.scrollWidth > vw + 1) out.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + vw);
  const canvas = document.createElement('canvas').getContext('2d');
  for (const el of document.querySelectorAll('body *')) {
    const cs = getComputedStyle(el);
    if (cs.display === 'none' || cs.visibility === 'hidden' || el.closest('.visually-hidden')) continue;
    if (el.closest('details:not([open])') && el.tagName !== 'SUMMARY' && el.tagName !== 'DETAILS' && !el.closest('summary')) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    if (el.tagName === 'SELECT') {
      const opt = el.options[el.selectedIndex];
      if (!opt) continue;
      canvas.font = cs.font;
      const room = el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - 20;
      const w = canvas.measureText(opt.textContent.trim()).width;
      if (w > room + 1) out.push(name(el) + ': the chosen "' + opt.textContent.trim() + '" is cut (' + Math.round(w) + ' > ' + Math.round(room) + ')');
      continue;
    }
    if (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'OPTION') continue;
    if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) out.push(name(el) + ': content wider than its box (' + el.scrollWidth + ' > ' + el.clientWidth + ')');
    if (r.right > vw + 1 || r.left < -1) out.push(name(el) + ': outside the window sideways');
  }
  const hide = document.querySelector('#quick-hide');
  if (!hide) out.push('no Hide button');
  else {
    const h = hide.getBoundingClientRect();
    if (h.top < 0 || h.left < 0 || h.bottom > vh || h.right > vw) out.push('Hide is outside the window');
  }
  return out;`;

/** Check the screen now, with every scroll region scrolled to its end too (Hide must stay). */
async function check(s, lang, screen, problems, { shot = true } = {}) {
  if (shot) await s.shot(`walk-${lang}-${screen}`);
  const here = await s.wd.executeScript(LAYOUT);
  await s.wd.executeScript("for (const el of document.querySelectorAll('#main, #person-area, #staff-panel')) el.scrollTop = el.scrollHeight;");
  const scrolled = await s.wd.executeScript(LAYOUT);
  await s.wd.executeScript("for (const el of document.querySelectorAll('#main, #person-area, #staff-panel')) el.scrollTop = 0;");
  for (const p of new Set([...here, ...scrolled])) problems.push(`${lang} ${screen}: ${p}`);
  if (AXE_LANGS.has(lang)) {
    try { await axe(s, `${lang} ${screen}`); } catch (e) { problems.push(String(e.message ?? e).split('\n').slice(0, 6).join(' ')); }
  }
}

async function staffLanguage(s, lang) {
  const sel = await s.visible('#staff-language');
  await sel.findElement(By.css(`option[value="${lang}"]`)).click();
  await s.wd.wait(async () => (await s.wd.executeScript('return document.documentElement.lang')) === lang, 10_000, `staff language ${lang}`);
}

async function home(s) {
  await s.wd.executeScript("document.querySelector('#outcome-back, #back-to-cases, #leave, #settings-back, #export-cancel, #export-back, #import-cancel, #import-back')?.click()");
  await s.visible('#home-title');
}

test('every screen in every shipped language fits 1366×768 with Hide in reach', async () => {
  // A removable drive with a long name, so the export screen lists a place.
  const media = fs.mkdtempSync(path.join(os.tmpdir(), 'harbour-media-'));
  fs.mkdirSync(path.join(media, 'KINGSTON-DATATRAVELER-64GB'));
  const s = await launch({ env: { HARBOUR_MEDIA_ROOTS: media } });
  const problems = [];
  try {
    await s.visible('#create-title');
    await check(s, 'en', '00-create', problems);
    await createVault(s);
    // An organisation key (the age README's example recipient), so export shows its form.
    await s.click('#open-settings');
    await s.type('#org-key', 'age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p');
    await s.click('#org-key-save');
    await s.visible('#org-key-saved');
    await home(s);
    for (const [lang, staff] of WALKS) {
      await staffLanguage(s, staff);
      await check(s, lang, '01-home', problems);
      await s.click('#open-settings');
      await s.visible('#settings-title');
      await check(s, lang, '02-settings', problems);
      await home(s);
      await s.click('#open-export');
      await s.visible('#export-title');
      await check(s, lang, '03-export', problems);
      await home(s);
      await s.click('#open-import');
      await s.visible('#import-title');
      await check(s, lang, '04-import', problems);
      await home(s);
      await s.click('#new-interview');
      await s.visible('#new-title');
      await (await s.visible('#questionnaire')).findElement(By.css('option[value="mixed-flows"]')).click();
      await (await s.visible('#interview-language')).findElement(By.css(`option[value="${lang}"]`)).click();
      await check(s, lang, '05-new', problems);
      await s.click('#start-interview');
      await s.visible('#person-area');
      let signposts = 0;
      await runInterview(s, answers, {
        onQuestion: async (id) => {
          const kind = await s.attr('#question', 'data-kind');
          const keep = ['consent', 'dob', 'arranged_by', 'feared_harm', 'debt_work'].includes(id);
          await check(s, lang, `10-q-${id}`, problems, { shot: keep });
          if (keep && kind) await s.wd.executeScript("document.querySelector('#guidance')?.setAttribute('open', '')");
          if (keep) await check(s, lang, `11-q-${id}-guidance`, problems, { shot: id === 'consent' });
        },
        onSignpost: async () => {
          signposts++;
          await check(s, lang, `09-signpost-${signposts}`, problems, { shot: signposts <= 2 });
        },
      });
      await check(s, lang, '20-ending', problems);
      await s.click('#show-outcome');
      await s.visible('#outcome');
      await s.wd.executeScript("for (const d of document.querySelectorAll('#outcome details')) d.open = true;");
      await check(s, lang, '30-outcome', problems);
      await home(s);
    }
  } finally {
    await s.quit();
  }
  fs.mkdirSync(artifacts, { recursive: true });
  fs.writeFileSync(path.join(artifacts, 'walk-problems.txt'), problems.join('\n') + '\n');
  assert.equal(problems.length, 0, `layout problems (all in artifacts/walk-problems.txt):\n${problems.slice(0, 60).join('\n')}`);
});
