import { isDate } from './_lib/isDate.js';
import { Service } from './service.js';
import { type BlockBuilder, withBlockBuilder } from './valueBlock.js';

/** The built-ins of a `vm` context, used to make values the script's own. */
export interface Realm {
  Array: ArrayConstructor;
  Date: DateConstructor;
  Object: ObjectConstructor;
  Error: ErrorConstructor;
  TypeError: TypeErrorConstructor;
  RangeError: RangeErrorConstructor;
}

/**
 * The boundary between the emulator (host realm) and a script in a `vm` context (its own realm, with its own
 * `Array` and `Date`). Going in, arrays, Dates and plain objects are rebuilt with the context's constructors,
 * so `Array.isArray`, `instanceof Date` and `instanceof Array` hold in the script; service objects become
 * proxies that show only methods and frozen enums, and errors become the context's `Error`s. Coming out,
 * the reverse. The membrane never counts calls: the services do.
 */
export class Membrane {
  private readonly proxies = new WeakMap<object, object>();
  private readonly targets = new WeakMap<object, object>();
  /** Blocks of values made in the script's realm by its builder: the script's own already. */
  private readonly built = new WeakSet<object>();
  private readonly build: BlockBuilder | undefined;

  /**
   * @param realm The context's built-ins.
   * @param realmBuilder `blockBuilder` compiled in the context: `getValues` then makes its rows and Dates there.
   */
  constructor(
    private readonly realm: Realm,
    realmBuilder?: BlockBuilder,
  ) {
    if (realmBuilder !== undefined) {
      this.build = (count, plans) => {
        const block = realmBuilder(count, plans);
        this.built.add(block);
        return block;
      };
    }
  }

  /** A host value as the script should see it. */
  toScript(value: unknown): unknown {
    if (typeof value !== 'object' || value === null) return value;
    if (value instanceof Service) return this.proxyOf(value);
    if (this.built.has(value)) return value;
    if (Array.isArray(value)) {
      const out = new this.realm.Array<unknown>(value.length); // sized up front: getValues of 200k rows
      for (let i = 0; i < value.length; i++) out[i] = this.toScript(value[i]);
      return out;
    }
    if (isDate(value)) return new this.realm.Date(value.getTime());
    if (isPlainObject(value)) {
      const out = new this.realm.Object() as Record<string, unknown>;
      for (const [key, item] of Object.entries(value)) out[key] = this.toScript(item);
      return Object.isFrozen(value) ? this.realm.Object.freeze(out) : out;
    }
    return value;
  }

  /** A script value as the emulator should see it. */
  toHost(value: unknown): unknown {
    if (typeof value !== 'object' || value === null) return value;
    const target = this.targets.get(value);
    if (target !== undefined) return target;
    if (Array.isArray(value)) return value.map((item) => this.toHost(item));
    if (isDate(value)) return new Date(value.getTime());
    if (isPlainObject(value)) {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, this.toHost(item)]));
    }
    return value;
  }

  /** A host error as a context error of the same kind, name and message. */
  errorToScript(error: unknown): unknown {
    if (!(error instanceof Error)) return this.toScript(error);
    const Kind =
      error instanceof TypeError
        ? this.realm.TypeError
        : error instanceof RangeError
          ? this.realm.RangeError
          : this.realm.Error;
    const copy = new Kind(error.message);
    copy.name = error.name;
    return copy;
  }

  private proxyOf(service: Service): object {
    let proxy = this.proxies.get(service);
    if (proxy === undefined) {
      proxy = new Proxy(service, this.handler());
      this.proxies.set(service, proxy);
      this.targets.set(proxy, service);
    }
    return proxy;
  }

  private handler(): ProxyHandler<Service> {
    const methods = new Map<PropertyKey, unknown>();
    return {
      get: (target, key) => {
        if (typeof key === 'symbol' || key === 'constructor') return undefined;
        const value: unknown = Reflect.get(target, key);
        if (typeof value === 'function') {
          let method = methods.get(key);
          if (method === undefined) {
            method = this.wrapMethod(target, value as (...args: unknown[]) => unknown);
            methods.set(key, method);
          }
          return method;
        }
        // Enums (`SpreadsheetApp.WrapStrategy`, `ui.Button`) are frozen; internals are not shown.
        if (typeof value === 'object' && value !== null && Object.isFrozen(value))
          return this.toScript(value);
        return undefined;
      },
      has: (target, key) => typeof key === 'string' && typeof Reflect.get(target, key) === 'function',
      set: () => true,
      ownKeys: () => [],
      getOwnPropertyDescriptor: () => undefined,
    };
  }

  private wrapMethod(
    target: Service,
    method: (...args: unknown[]) => unknown,
  ): (...args: unknown[]) => unknown {
    return (...args: unknown[]) => {
      let result: unknown;
      try {
        const hostArgs = args.map((arg) => this.toHost(arg));
        const build = this.build;
        result =
          build === undefined
            ? method.apply(target, hostArgs)
            : withBlockBuilder(build, () => method.apply(target, hostArgs));
      } catch (error) {
        throw this.errorToScript(error);
      }
      return this.toScript(result);
    };
  }
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === null || Object.getPrototypeOf(prototype) === null;
}
