/**
 * The emulator's classes implement a checked subset of an Apps Script interface (`implements Pick<…>`), but
 * their methods must return the full interface, as the real ones do. This is the single place where an
 * emulator object is presented as that interface. A method outside the subset is simply absent at run time,
 * as a misspelt method would be in Apps Script.
 */
export function asApi<T>(implementation: object): T {
  return implementation as T;
}
