/** True for a Date from any realm (a `vm` context has its own `Date`, so `instanceof` is not enough). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}
