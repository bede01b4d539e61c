/**
 * What a pseudonymous id (case, worker) may look like: letters, digits and `. _ / -`, 1–64 characters —
 * no spaces — and neither a PESEL number nor a word that reads as a name (`Kowalska`, `NOWAK`). One rule
 * for the schemas, the register import and the extension's page reader (this module imports nothing, so
 * the content script stays small).
 */
export const PSEUDONYMOUS_ID = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/;

/** 11 digits whose PESEL checksum holds (weights 1 3 7 9 1 3 7 9 1 3). */
export function isPesel(text: string): boolean {
  if (!/^\d{11}$/.test(text)) return false;
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += w[i]! * Number(text[i]);
  return (10 - (sum % 10)) % 10 === Number(text[10]);
}

/**
 * Reads as a first name or surname: letters only (Polish letters too), at least three, one word or two
 * joined by a hyphen, no digits — `Kowalska`, `KOWALSKA`, `Nowak-Kowalska`, `anna`. Case numbers and
 * worker codes carry a digit or another separator (`2026/PS/0001`, `PS-01`, `sw-older`).
 */
export function looksLikeName(text: string): boolean {
  return /^\p{L}{3,}(?:-\p{L}{2,})?$/u.test(text);
}

export type PseudonymousIdProblem = 'chars' | 'pesel' | 'name';

/** Why a text cannot be a pseudonymous id, or undefined when it can. */
export function pseudonymousIdProblem(text: string): PseudonymousIdProblem | undefined {
  if (!PSEUDONYMOUS_ID.test(text)) return 'chars';
  if (isPesel(text)) return 'pesel';
  if (looksLikeName(text)) return 'name';
  return undefined;
}

export function isPseudonymousId(text: string): boolean {
  return pseudonymousIdProblem(text) === undefined;
}
