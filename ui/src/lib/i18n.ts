// The UI's Fluent layer: bundles built from the sources Rust embeds (requested language,
// then its base, then English). A missing message falls back along the chain; a message
// missing everywhere shows a neutral text and is reported by id only, never a raw id.

import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';

export interface FtlSourceLike {
  lang: string;
  /** The Intl locale for numbers and dates (digits chosen by Harbour's locale metadata). */
  intl?: string;
  text: string;
}

export type Args = Record<string, FluentVariable>;

export class Translator {
  readonly lang: string;
  /** The Intl locale to format this language's numbers and dates with (e.g. `ar-u-nu-latn`). */
  readonly intl: string;
  private bundles: FluentBundle[] = [];
  private reported = new Set<string>();
  readonly problems: string[] = [];

  constructor(lang: string, sources: FtlSourceLike[], private onMissing: (id: string, lang: string) => void = () => {}) {
    this.lang = lang;
    this.intl = sources.find((s) => s.lang === lang)?.intl ?? lang;
    const byLang = new Map<string, FluentBundle>();
    for (const s of sources) {
      let b = byLang.get(s.lang);
      if (!b) {
        // Isolation marks stay on: an inserted value in one direction never reorders the
        // sentence around it in the other.
        // The bundle's locale decides how NUMBER() and DATETIME() write digits: the Intl
        // locale from Rust, so both layers agree (WebKit's default for `ar` differs from ours).
        b = new FluentBundle(s.intl ?? s.lang, { useIsolating: true });
        byLang.set(s.lang, b);
        this.bundles.push(b);
      }
      const errors = b.addResource(new FluentResource(s.text));
      for (const e of errors) this.problems.push(`${s.lang}: ${e.message}`);
    }
  }

  /** A moment (RFC 3339) as a medium date and short time in this language; the text as it
   *  is when it is not a date. The one place the UI formats a date and time. */
  when(iso: string): string {
    const d = new Date(iso);
    return isNaN(d.getTime()) ? iso : d.toLocaleString(this.intl, { dateStyle: 'medium', timeStyle: 'short' });
  }

  /** Format a message; falls back along the chain, never returns the raw id. */
  t(id: string, args?: Args): string {
    for (const b of this.bundles) {
      const msg = b.getMessage(id);
      if (msg?.value) {
        if (b !== this.bundles[0]) this.report(id);
        return b.formatPattern(msg.value, args ?? null, []);
      }
    }
    this.report(id);
    return '…';
  }

  /** Whether any bundle has the message. */
  has(id: string): boolean {
    return this.bundles.some((b) => b.hasMessage(id));
  }

  private report(id: string) {
    if (this.reported.has(id)) return;
    this.reported.add(id);
    this.onMissing(id, this.lang);
  }
}
