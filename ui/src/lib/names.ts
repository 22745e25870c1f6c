// Country and language names in a given language, from the webview's Intl (ICU) data.

import { COUNTRY_CODES, LANGUAGE_CODES } from './codes';

export interface Named {
  code: string;
  name: string;
}

function sorted(codes: readonly string[], name: (c: string) => string, lang: string): Named[] {
  const coll = new Intl.Collator(lang);
  return codes.map((code) => ({ code, name: name(code) })).sort((a, b) => coll.compare(a.name, b.name));
}

export function countries(lang: string): Named[] {
  let dn: Intl.DisplayNames | null = null;
  try { dn = new Intl.DisplayNames([lang, 'en'], { type: 'region' }); } catch { dn = null; }
  return sorted(COUNTRY_CODES, (c) => dn?.of(c) ?? c, lang);
}

export function languages(lang: string): Named[] {
  let dn: Intl.DisplayNames | null = null;
  try { dn = new Intl.DisplayNames([lang, 'en'], { type: 'language' }); } catch { dn = null; }
  return sorted(LANGUAGE_CODES, (c) => dn?.of(c) ?? c, lang);
}
