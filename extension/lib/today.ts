/** Today's date on this machine, `YYYY-MM-DD` (the extension, unlike the core, may read the clock). */
export function localToday(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
