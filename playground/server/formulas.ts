import { quoteSheetName } from '../../emulator/a1.js';
import {
  type Bundle,
  type CustomFunctionArgument,
  type Environment,
  parseA1,
  runCustomFunction,
} from '../../emulator/index.js';
import { UNSUPPORTED } from '../shared/protocol.js';

/** A parsed formula: only what the playground can compute. */
export type FormulaNode =
  | { kind: 'call'; name: string; args: FormulaNode[] }
  | { kind: 'ref'; a1: string }
  | { kind: 'number'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'blank' };

/** A formula the playground does not compute; its message says why. */
export class UnsupportedFormulaError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsupportedFormulaError';
  }
}

// A reference: an optional sheet ('Quoted name' or Plain_name), then A1, A1:B2, A:C or A1:C (open ranges).
const SHEET = "(?:'(?:[^']|'')+'|[A-Za-z_\\u0400-\\u04FF][\\w.\\u0400-\\u04FF]*)!";
const CORNER = String.raw`\$?[A-Za-z]{1,3}\$?\d*|\$?\d+`;
const REF = new RegExp(`^(?:${SHEET})?(?:${CORNER})(?::(?:${CORNER}))?`);
const NUMBER = /^\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|^\.\d+/;
const NAME = /^[A-Za-z_][A-Za-z0-9_.]*(?=\s*\()/;

/**
 * Parses `=NAME(args)`, `=A1`, `=Sheet!A1:B` and literals; nested calls are allowed. Anything else (operators,
 * names, arrays) is not ours to compute.
 *
 * @throws UnsupportedFormulaError naming what it cannot read.
 * @example
 * parseFormula('=CONVERSION(B2:B, 100)') //=> { kind: 'call', name: 'CONVERSION', args: [{ kind: 'ref', a1: 'B2:B' }, { kind: 'number', value: 100 }] }
 */
export function parseFormula(formula: string): FormulaNode {
  const text = formula.trim().replace(/^=/, '');
  let at = 0;
  const skip = () => {
    while (at < text.length && /\s/.test(text[at])) at++;
  };
  const fail = (): never => {
    throw new UnsupportedFormulaError(
      at >= text.length ? 'the formula ends too early' : `cannot read "${text.slice(at, at + 20)}"`,
    );
  };
  const expression = (): FormulaNode => {
    skip();
    const rest = text.slice(at);
    if (rest.startsWith('"')) {
      let value = '';
      let i = 1;
      for (;;) {
        if (i >= rest.length) fail();
        if (rest[i] === '"') {
          if (rest[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          break;
        }
        value += rest[i++];
      }
      at += i + 1;
      return { kind: 'string', value };
    }
    const sign = /^-\s*/.exec(rest);
    const number = NUMBER.exec(rest.slice(sign?.[0].length ?? 0));
    if (number !== null) {
      at += (sign?.[0].length ?? 0) + number[0].length;
      return { kind: 'number', value: (sign ? -1 : 1) * Number(number[0]) };
    }
    const name = NAME.exec(rest);
    if (name !== null) {
      at += name[0].length;
      skip();
      at++; // (
      const args: FormulaNode[] = [];
      skip();
      if (text[at] === ')') {
        at++;
        return { kind: 'call', name: name[0].toUpperCase(), args };
      }
      for (;;) {
        skip();
        args.push(text[at] === ',' || text[at] === ')' ? { kind: 'blank' } : expression());
        skip();
        if (text[at] === ',') {
          at++;
          continue;
        }
        if (text[at] === ')') {
          at++;
          break;
        }
        fail();
      }
      return { kind: 'call', name: name[0].toUpperCase(), args };
    }
    const bool = /^(TRUE|FALSE)\b(?!\s*[(!])/i.exec(rest);
    if (bool !== null) {
      at += bool[0].length;
      return { kind: 'boolean', value: bool[1].toUpperCase() === 'TRUE' };
    }
    const ref = REF.exec(rest);
    if (ref !== null && parseA1(ref[0]) !== null && !/^[\w(]/.test(rest.slice(ref[0].length))) {
      at += ref[0].length;
      return { kind: 'ref', a1: ref[0] };
    }
    return fail();
  };
  const node = expression();
  skip();
  if (at < text.length) fail();
  return node;
}

/** Where formulas get their values in the playground: our custom functions and plain references. */
export interface FormulaEngine {
  /** The evaluator to give `createEnvironment` (or set as `env.evaluateFormula`). */
  evaluate(formula: string, sheetName: string, row: number, column: number): unknown;
  /** Why a cell shows `#ERROR!` or {@link UNSUPPORTED}, by `Sheet!row,column`. */
  problemAt(sheetName: string, row: number, column: number): string | undefined;
}

/**
 * Computes formulas with the bundle's custom functions (`runCustomFunction`, as Sheets calls them) and plain
 * references. A formula that names another function, or uses operators, gets {@link UNSUPPORTED} — never a
 * value we did not compute the way Sheets would.
 *
 * @param getBundle The loaded bundle (late-bound: the environment exists before the bundle is loaded).
 */
export function formulaEngine(env: () => Environment, getBundle: () => Bundle | null): FormulaEngine {
  const problems = new Map<string, string>();
  const customFunctions = (): Set<string> =>
    new Set((getBundle()?.functionNames() ?? []).filter((name) => /^[A-Z][A-Z0-9_]*$/.test(name)));

  const qualify = (a1: string, sheetName: string) =>
    a1.includes('!') ? a1 : `${quoteSheetName(sheetName)}!${a1}`;

  const value = (
    node: FormulaNode,
    sheetName: string,
    names: Set<string>,
  ): CustomFunctionArgument | unknown => {
    switch (node.kind) {
      case 'number':
      case 'string':
      case 'boolean':
        return node.value;
      case 'blank':
        return '';
      case 'ref':
        return env().ref(qualify(node.a1, sheetName));
      case 'call': {
        const bundle = getBundle();
        if (bundle === null || !names.has(node.name)) {
          throw new UnsupportedFormulaError(`${node.name} is not one of Sales KPI's functions`);
        }
        const args = node.args.map((arg) => value(arg, sheetName, names)) as CustomFunctionArgument[];
        return runCustomFunction(bundle, node.name, args);
      }
    }
  };

  return {
    evaluate(formula, sheetName, row, column) {
      const key = `${sheetName}!${row},${column}`;
      problems.delete(key);
      // SPARKLINE is Sheets' own chart in a cell (the rep cards' trend, whose numbers are beside it): nothing to
      // compute here, and not an error.
      if (/^=\s*SPARKLINE\s*\(/i.test(formula)) return '';
      try {
        const node = parseFormula(formula);
        if (node.kind === 'ref') return env().read(qualify(node.a1, sheetName));
        if (node.kind !== 'call') return node.kind === 'blank' ? '' : node.value;
        return value(node, sheetName, customFunctions());
      } catch (error) {
        if (error instanceof UnsupportedFormulaError) {
          problems.set(
            key,
            `Unsupported formula: ${error.message}. The playground computes only Sales KPI's custom functions and plain references.`,
          );
          return UNSUPPORTED;
        }
        problems.set(key, error instanceof Error ? error.message : String(error));
        throw error; // the emulator shows #ERROR!, as Sheets does for a function that throws
      }
    },
    problemAt: (sheetName, row, column) => problems.get(`${sheetName}!${row},${column}`),
  };
}
