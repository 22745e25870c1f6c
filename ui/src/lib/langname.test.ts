import { describe, expect, it } from 'vitest';
import { langLabel, nameIn } from './langname';

describe('language labels', () => {
  it('should give the native name and the name in the staff language', () => {
    expect(langLabel({ code: 'ar', native_name: 'العربية' }, 'en')).toBe('العربية · Arabic');
    expect(langLabel({ code: 'my', native_name: 'မြန်မာ' }, 'fr')).toBe('မြန်မာ · birman');
  });

  it('should give the native name alone when the staff language is the same', () => {
    expect(langLabel({ code: 'fr', native_name: 'Français' }, 'fr')).toBe('Français');
  });

  it('should never show a bare code as a name', () => {
    expect(nameIn('xx', 'en')).toBeNull();
    expect(nameIn('fa-AF', 'en')).toBe('Dari');
  });
});
