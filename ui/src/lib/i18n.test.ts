import { describe, expect, it } from 'vitest';
import { Translator } from './i18n';

const en = { lang: 'en', text: 'hello = Hello\ncount = { $n ->\n [one] one case\n *[other] { $n } cases\n}\nonly-en = English only\n' };
const fr = { lang: 'fr', text: 'hello = Bonjour\ncount = { $n ->\n [one] { $n } dossier\n *[other] { $n } dossiers\n}\n' };

describe('Translator', () => {
  it('uses the requested language first', () => {
    const t = new Translator('fr', [fr, en]);
    expect(t.t('hello')).toBe('Bonjour');
  });

  it('falls back to English and reports the id once, without content', () => {
    const missing: string[] = [];
    const t = new Translator('fr', [fr, en], (id) => missing.push(id));
    expect(t.t('only-en')).toBe('English only');
    t.t('only-en');
    expect(missing).toEqual(['only-en']);
  });

  it('never shows a raw message id', () => {
    const t = new Translator('en', [en]);
    expect(t.t('no-such-message')).not.toContain('no-such-message');
  });

  it('selects plural forms per locale', () => {
    const t = new Translator('fr', [fr, en]);
    // French: 0 and 1 are "one".
    expect(t.t('count', { n: 1 })).toContain('dossier');
    expect(t.t('count', { n: 1 })).not.toContain('dossiers');
    expect(t.t('count', { n: 5 })).toContain('dossiers');
    const e = new Translator('en', [en]);
    expect(e.t('count', { n: 1 })).toBe('one case');
  });

  it('isolates inserted values for bidirectional text', () => {
    const t = new Translator('en', [{ lang: 'en', text: 'greet = Hello { $name }\n' }]);
    expect(t.t('greet', { name: 'سارا' })).toContain('\u2068');
  });

  it('writes numbers with the digits Rust chose for the locale, not the engine default', () => {
    const text = 'n = { NUMBER($n) }\n';
    // Harbour's Arabic default is Western digits; ICU's default for plain `ar` is Arabic-Indic.
    const ar = new Translator('ar', [{ lang: 'ar', intl: 'ar-u-nu-latn', text }]);
    expect(ar.intl).toBe('ar-u-nu-latn');
    expect(ar.t('n', { n: 12 })).toContain('12');
    const fa = new Translator('fa', [{ lang: 'fa', intl: 'fa-u-nu-arabext', text }]);
    expect(fa.t('n', { n: 12 })).toContain('\u06f1\u06f2');
    // Without an Intl locale the language code is used as before.
    expect(new Translator('en', [{ lang: 'en', text }]).intl).toBe('en');
  });

  it('formats a moment with the locale\'s digits and leaves a non-date as it is', () => {
    const fa = new Translator('fa', [{ lang: 'fa', intl: 'fa-u-nu-arabext', text: '' }]);
    expect(fa.when('2026-11-26T07:30:00Z')).toMatch(/[\u06f0-\u06f9]/);
    const ar = new Translator('ar', [{ lang: 'ar', intl: 'ar-u-nu-latn', text: '' }]);
    expect(ar.when('2026-11-26T07:30:00Z')).toContain('2026');
    expect(ar.when('not a date')).toBe('not a date');
  });
});
