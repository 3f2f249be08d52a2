/**
 * Premises behind the engine's cheap gates: each gate skips costly work only where that work
 * cannot find anything, so the premise itself is tested here.
 */
import { findPhoneNumbersInText } from 'libphonenumber-js';
import { describe, expect, it } from 'vitest';

describe('phone-number gate (skips libphonenumber below 5 digits)', () => {
  it('no string with 4 digits or fewer is a possible phone number in any written form', () => {
    const options = { defaultCountry: 'GB', leniency: 'POSSIBLE' } as Parameters<typeof findPhoneNumbersInText>[1];
    const found: string[] = [];
    for (let length = 1; length <= 4; length++) {
      for (let n = 0; n < 10 ** length; n++) {
        const d = String(n).padStart(length, '0');
        const forms = [d, `+${d}`, `+${d[0]} ${d.slice(1)}`, `+${d.slice(0, 2)} ${d.slice(2)}`, `(${d})`, `tel: ${d}`];
        for (const form of forms) if (findPhoneNumbersInText(form, options).length > 0) found.push(form);
      }
    }
    expect(found).toEqual([]);
  }, 60_000);
});
