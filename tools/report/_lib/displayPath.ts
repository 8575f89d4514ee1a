import path from 'node:path';

/**
 * A path as the user would write it: relative to the directory they ran `npm run report` in when the file is
 * under it, else absolute. npm runs scripts in the package root and keeps the user's directory in INIT_CWD.
 *
 * @example
 * displayPath('/home/ann/sales/deals.csv') //=> 'deals.csv' (run from /home/ann/sales)
 */
export function displayPath(file: string): string {
  const relative = path.relative(userDirectory(), file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

/** The directory the user ran the command in. */
export function userDirectory(): string {
  return process.env.INIT_CWD ?? process.cwd();
}
