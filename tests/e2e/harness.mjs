// End-to-end harness: the real Harbour binary in a real window (under Xvfb), driven over
// WebDriver through tauri-driver and WebKitWebDriver. Each test gets a fresh data folder.

import { Builder, By, until } from 'selenium-webdriver';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';

const here = path.dirname(new URL(import.meta.url).pathname);
export const repo = path.resolve(here, '../..');
export const artifacts = path.join(here, 'artifacts');
const target = process.env.CARGO_TARGET_DIR ?? path.join(repo, 'target');
export const appBinary = process.env.HARBOUR_APP_BIN ?? path.join(target, 'debug', 'harbour-app');

function waitForPort(port, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const sock = net.connect(port, '127.0.0.1');
      sock.once('connect', () => { sock.end(); resolve(); });
      sock.once('error', () => {
        sock.destroy();
        if (Date.now() > deadline) reject(new Error(`tauri-driver did not listen on ${port}`));
        else setTimeout(attempt, 200);
      });
    };
    attempt();
  });
}

// HARBOUR_E2E_PORT moves the ports, so two runs on one machine do not collide.
let nextPort = Number(process.env.HARBOUR_E2E_PORT ?? 4444);

/** Run `f` again when the element it held was replaced by a re-render in between. */
async function retryStale(f) {
  for (let i = 0; ; i++) {
    try {
      return await f();
    } catch (e) {
      if (e?.name !== 'StaleElementReferenceError' || i >= 3) throw e;
      await new Promise((r) => setTimeout(r, 150));
    }
  }
}

/** Start tauri-driver and a session on the app with a fresh (or given) data folder. */
export async function launch({ dataDir, env = {} } = {}) {
  if (!fs.existsSync(appBinary)) throw new Error(`no app binary at ${appBinary}: build it with cargo build -p harbour-app --features e2e`);
  const dir = dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'harbour-e2e-'));
  const port = nextPort;
  nextPort += 2;
  // Its own process group, and no inherited pipes: on quit the whole group (tauri-driver,
  // WebKitWebDriver and the app) is killed, and a straggler can never hold the test
  // runner's output open.
  const driver = spawn('tauri-driver', ['--port', String(port), '--native-port', String(port + 1)], {
    env: { ...process.env, HARBOUR_DATA_DIR: dir, ...env },
    stdio: 'ignore',
    detached: true,
  });
  await waitForPort(port, 20_000);
  const caps = { browserName: 'wry', 'tauri:options': { application: appBinary } };
  const wd = await new Builder().withCapabilities(caps).usingServer(`http://127.0.0.1:${port}/`).build();
  await wd.manage().setTimeouts({ implicit: 0 });
  const session = {
    wd,
    dataDir: dir,
    /** tauri-driver's process id: the app runs below it (kill the app by id, never by name). */
    driverPid: driver.pid,
    async find(css, timeout = 15_000) {
      try {
        return await wd.wait(until.elementLocated(By.css(css)), timeout, `waiting for ${css}`);
      } catch (e) {
        // Keep a picture of what was on screen instead of what was expected.
        try { await this.shot(`failure-${css.replace(/[^a-z0-9]+/gi, '_')}`); } catch { /* window gone */ }
        throw e;
      }
    },
    async visible(css, timeout = 15_000) {
      const el = await this.find(css, timeout);
      await wd.wait(until.elementIsVisible(el), timeout, `waiting for ${css} to be visible`);
      return el;
    },
    async gone(css, timeout = 15_000) {
      await wd.wait(async () => (await wd.findElements(By.css(css))).length === 0, timeout, `waiting for ${css} to go`);
    },
    /**
     * An attribute read in one script call: no element reference is held across a re-render
     * (Svelte replaces nodes as the interview moves on), so it cannot go stale.
     */
    async attr(css, name, timeout = 15_000) {
      await this.find(css, timeout);
      return wd.executeScript('const e = document.querySelector(arguments[0]); return e ? e.getAttribute(arguments[1]) : null;', css, name);
    },
    /** Visible text, without Fluent's bidi isolation marks (FSI/PDI around inserted values). */
    async text(css) {
      return (await (await this.visible(css)).getText()).replace(/[\u2068\u2069]/g, '');
    },
    async type(css, text) {
      await retryStale(async () => {
        const el = await this.visible(css);
        await el.clear();
        await el.sendKeys(text);
      });
    },
    async click(css) {
      await retryStale(async () => (await this.visible(css)).click());
    },
    async shot(name) {
      fs.mkdirSync(artifacts, { recursive: true });
      const png = await wd.takeScreenshot();
      fs.writeFileSync(path.join(artifacts, `${name}.png`), png, 'base64');
    },
    async quit() {
      try { await wd.quit(); } catch { /* the app may already be gone */ }
      try { process.kill(-driver.pid, 'SIGKILL'); } catch { /* already gone */ }
      await new Promise((r) => setTimeout(r, 300));
    },
  };
  return session;
}

export { By, until };
