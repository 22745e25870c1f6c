// A language as people recognise it: its own name, and its name in the staff language
// when that differs ("العربية · Arabic"). Names come from the webview's Intl (ICU), offline.

export interface LangLike {
  code: string;
  native_name: string;
}

/** The name of `code` in `inLang`, or null when Intl has none (or only echoes the code). */
export function nameIn(code: string, inLang: string): string | null {
  try {
    const dn = new Intl.DisplayNames([inLang, 'en'], { type: 'language' });
    const n = dn.of(code);
    return n && n !== code ? n : null;
  } catch {
    return null;
  }
}

/** "native · staff name", or the native name alone when both are the same. */
export function langLabel(l: LangLike, staff: string): string {
  const other = nameIn(l.code, staff);
  if (!other || other.toLocaleLowerCase() === l.native_name.toLocaleLowerCase()) return l.native_name;
  return `${l.native_name} · ${other}`;
}
