/** Check-digit validators for UK health-service numbers. */

/**
 * NHS number (England, Wales, Isle of Man), Scottish CHI and Northern Irish H&C numbers all use
 * the same modulus-11 check on ten digits: weights 10..2 over the first nine, and
 * 11 - (sum mod 11) must equal the tenth (11 counts as 0; 10 means the number is invalid).
 */
export function isMod11Valid(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  let check = 11 - (sum % 11);
  if (check === 11) check = 0;
  return check !== 10 && check === Number(digits[9]);
}

/** Numbers that pass the check but are plainly not anyone's: all one digit, or counting runs. */
export function isPlaceholderNumber(digits: string): boolean {
  if (/^(\d)\1+$/.test(digits)) return true;
  return '01234567890123456789'.includes(digits) || '98765432109876543210'.includes(digits);
}

/** A CHI number starts with the holder's date of birth as DDMMYY. */
export function hasDobPrefix(digits: string): boolean {
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}
