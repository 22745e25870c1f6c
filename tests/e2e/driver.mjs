// Drive an interview in the real app from an answers file (the same files `harbour assess`
// reads): at a signpost, go in; at a question, give the file's answer, or skip it when the
// file has none. A screenshot of every screen can be kept.

import fs from 'node:fs';
import { By } from './harness.mjs';

/** The small subset of TOML the answers files use: `key = "x"`, `key = ["a", "b"]`, numbers. */
export function readAnswers(path) {
  const answers = {};
  for (const raw of fs.readFileSync(path, 'utf8').split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    if (line.startsWith('[')) break;
    const m = line.match(/^([A-Za-z0-9_]+)\s*=\s*(.+)$/);
    if (!m) continue;
    const v = m[2].trim();
    if (v.startsWith('[')) answers[m[1]] = JSON.parse(v);
    else if (v.startsWith('"')) answers[m[1]] = JSON.parse(v);
    else answers[m[1]] = Number(v);
  }
  return answers;
}

const SCREEN_SCRIPT = `
  for (const [css, kind] of [['#signpost', 'signpost'], ['#question', 'question'], ['#ending-person', 'finished'], ['#ending-refused', 'refused'], ['#paused-panel', 'paused']]) {
    if (document.querySelector(css)) return kind;
  }
  return null;`;

async function currentScreen(s) {
  for (let i = 0; i < 100; i++) {
    const kind = await s.wd.executeScript(SCREEN_SCRIPT);
    if (kind) return kind;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('no interview screen');
}

const KEY_SCRIPT = `
  const q = document.querySelector('#question');
  return (q ? q.getAttribute('data-question') : '') + '|' + (document.querySelector('#signpost') ? 1 : 0)
    + '|' + (document.querySelector('#ending-person, #ending-refused') ? 1 : 0);`;

async function stateKey(s) {
  return s.wd.executeScript(KEY_SCRIPT);
}

async function waitForChange(s, before) {
  for (let i = 0; i < 100; i++) {
    if ((await stateKey(s)) !== before) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Answer the question on screen with `value` (a string, an array, or a number). */
export async function answer(s, kind, value) {
  if (value === 'dont_know') return s.click('#dont-know');
  if (value === 'declined') return s.click('#decline');
  switch (kind) {
    case 'yes_no': return s.click(`[data-answer="${value}"]`);
    case 'single_choice': return s.click(`[data-option="${value}"]`);
    case 'multiple_choice':
      // An empty list is an answer, not a skip: "None of these" on a list read in full; on a
      // list not suggested, the interviewer saves with nothing marked (none mentioned).
      if (value.length === 0) {
        if ((await s.wd.findElements(By.css('#none-of-these'))).length > 0) return s.click('#none-of-these');
        return s.click('#save-answer');
      }
      for (const v of value) await s.click(`[data-option="${v}"]`);
      return s.click('#save-answer');
    case 'number':
      await s.type('#answer-number', String(value));
      return s.click('#save-answer');
    case 'date': {
      const [y, m, d] = String(value).split('-');
      await s.type('#answer-year', y);
      // Month and day are chosen from lists (months by name), by their number.
      if (m) await (await s.visible('#answer-month')).findElement(By.css(`option[value="${Number(m)}"]`)).click();
      if (d) await (await s.visible('#answer-day')).findElement(By.css(`option[value="${Number(d)}"]`)).click();
      return s.click('#save-answer');
    }
    case 'country':
    case 'language': {
      const sel = await s.visible(`#answer-${kind}`);
      await sel.findElement(By.css(`option[value="${value}"]`)).click();
      return s.click('#save-answer');
    }
    case 'text':
      await s.type('#answer-text', String(value));
      return s.click('#save-answer');
  }
  throw new Error(`unknown kind ${kind}`);
}

/**
 * Run the interview to its end. `onQuestion(id, n)` may act before each answer (switch
 * language, take a screenshot). Returns the ids answered, in order.
 */
export async function runInterview(s, answers, { shots = null, onQuestion = null, onSignpost = null } = {}) {
  const seen = [];
  for (let n = 0; n < 200; n++) {
    const screen = await currentScreen(s);
    if (screen === 'finished' || screen === 'refused') return seen;
    const before = await stateKey(s);
    if (screen === 'signpost') {
      if (onSignpost) await onSignpost(n);
      if (shots) await s.shot(`${shots}-${String(n).padStart(2, '0')}-signpost`);
      await s.click('#continue-section');
    } else if (screen === 'question') {
      const id = await s.attr('#question', 'data-question');
      const kind = await s.attr('#question', 'data-kind');
      if (onQuestion) await onQuestion(id, n);
      if (shots) await s.shot(`${shots}-${String(n).padStart(2, '0')}-${id}`);
      if (id in answers) await answer(s, kind, answers[id]);
      else await s.click('#skip');
      seen.push(id);
    } else {
      throw new Error(`unexpected screen ${screen}`);
    }
    await waitForChange(s, before);
  }
  throw new Error('the interview did not end');
}
