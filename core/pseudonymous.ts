/**
 * What a pseudonymous id (case, worker) may look like: letters, digits and `. _ / -`, 1–64 characters —
 * no spaces, so a name never passes. One pattern for the schemas, the register import and the extension's
 * page reader (this module imports nothing, so the content script stays small).
 */
export const PSEUDONYMOUS_ID = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/;

export function isPseudonymousId(text: string): boolean {
  return PSEUDONYMOUS_ID.test(text);
}
