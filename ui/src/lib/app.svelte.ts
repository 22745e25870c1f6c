// The app's state: which screen, the staff language, the translator. Nothing here is ever
// written to localStorage, IndexedDB or any cache: it lives only in this page's memory.

import { Translator, type Args } from './i18n';
import { asIpcError, ipc, type AppStatus, type InterviewView, type IpcError } from './ipc';

export type Screen = 'loading' | 'create' | 'unlock' | 'home' | 'settings' | 'hidden' | 'new' | 'interview' | 'outcome' | 'export' | 'import' | 'staff';

const TOUCH_EVERY_MS = 15_000;
const POLL_EVERY_MS = 3_000;

class AppState {
  screen = $state<Screen>('loading');
  status = $state<AppStatus | null>(null);
  staffLang = $state('en');
  tr = $state(new Translator('en', []));
  lockedByIdle = $state(false);
  /** The interview on screen, and the person-side translator in its language. */
  interview = $state<InterviewView | null>(null);
  itr = $state(new Translator('en', []));
  outcomeCase = $state<string | null>(null);
  private lastTouch = 0;

  /** Person-side text, in the interview language. */
  it = (id: string, args?: Args): string => this.itr.t(id, args);

  async showInterview(view: InterviewView) {
    if (this.itr.lang !== view.language || this.interview === null) {
      const sources = await ipc.localeSources(view.language);
      this.itr = new Translator(view.language, sources, (id, l) => console.warn(`missing text ${id} in ${l}`));
    }
    this.interview = view;
    this.screen = 'interview';
  }

  async openOutcome(caseId: string) {
    this.outcomeCase = caseId;
    this.screen = 'outcome';
  }

  t = (id: string, args?: Args): string => this.tr.t(id, args);

  /** The translated text of an error from Rust. */
  errorText = (e: unknown): string => {
    const err: IpcError = asIpcError(e);
    return this.tr.has(err.code) ? this.tr.t(err.code, err.args) : this.tr.t('error-unknown');
  };

  async init() {
    await this.setStaffLang('en');
    await this.refresh();
    window.addEventListener('keydown', () => this.activity(), true);
    window.addEventListener('pointerdown', () => this.activity(), true);
    setInterval(() => void this.poll(), POLL_EVERY_MS);
  }

  async setStaffLang(lang: string) {
    const sources = await ipc.localeSources(lang);
    this.tr = new Translator(lang, sources, (id, l) => console.warn(`missing text ${id} in ${l}`));
    this.staffLang = lang;
    if (this.interview) {
      try { this.interview = await ipc.interviewView(lang); } catch { /* shown again on next step */ }
    }
    const dir = this.status?.locales.find((l) => l.code === lang)?.direction ?? 'ltr';
    document.documentElement.lang = lang;
    document.documentElement.dir = dir;
  }

  async refresh() {
    this.status = await ipc.appStatus();
    if (this.status.unlocked) {
      if (this.screen === 'loading' || this.screen === 'create' || this.screen === 'unlock') this.screen = 'home';
    } else if (this.screen !== 'hidden') {
      this.screen = this.status.vault_exists ? 'unlock' : 'create';
    }
  }

  /** Detect a lock made by the Rust side (idle timeout) and show the unlock screen. */
  private async poll() {
    if (this.screen === 'loading' || this.screen === 'create' || this.screen === 'unlock' || this.screen === 'hidden') return;
    const s = await ipc.appStatus();
    this.status = s;
    if (!s.unlocked) {
      this.lockedByIdle = true;
      this.interview = null;
      this.screen = 'unlock';
    }
  }

  private activity() {
    const now = Date.now();
    if (now - this.lastTouch < TOUCH_EVERY_MS) return;
    this.lastTouch = now;
    if (this.status?.unlocked) void ipc.touch();
  }

  async lock() {
    this.interview = null;
    await ipc.lock();
    this.lockedByIdle = false;
    await this.refresh();
    this.screen = 'unlock';
  }

  /** Quick hide: a neutral screen at once, then lock the vault. */
  quickHide() {
    this.screen = 'hidden';
    this.interview = null;
    void ipc.lock().then(() => ipc.appStatus().then((s) => (this.status = s)));
  }

  leaveHidden() {
    this.lockedByIdle = false;
    this.screen = this.status?.vault_exists ? 'unlock' : 'create';
  }
}

export const app = new AppState();
