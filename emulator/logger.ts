import { asApi } from './_lib/asApi.js';
import { isDate } from './_lib/isDate.js';
import { instrument } from './callLog.js';
import { Service } from './service.js';
import type { World } from './world.js';

/** One line the script logged with `Logger.log` or `console.*`. */
export interface LogEntry {
  source: 'Logger' | 'console';
  level: 'log' | 'info' | 'warn' | 'error' | 'debug';
  message: string;
}

/** Text of a logged value: strings as they are, Dates as ISO, other values as JSON. */
export function logText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (isDate(value)) return value.toISOString();
  if (Object.prototype.toString.call(value) === '[object Error]') {
    const error = value as Error;
    return `${error.name}: ${error.message}`;
  }
  if (typeof value === 'object' && value !== null) {
    try {
      return JSON.stringify(value);
    } catch {
      return String(value);
    }
  }
  return String(value);
}

/** Fills `%s`-style placeholders, as `Logger.log(format, ...values)` does. */
function formatLog(format: unknown, values: unknown[]): string {
  if (values.length === 0) return logText(format);
  let next = 0;
  return String(format).replace(/%[sdfo]/g, () => logText(values[next++]));
}

export type LoggerApi = Pick<GoogleAppsScript.Base.Logger, 'clear' | 'getLog' | 'log'>;

/** The `Logger` global: lines go to `env.logs`. */
export class Logger extends Service implements LoggerApi {
  log(data: unknown, ...values: unknown[]): GoogleAppsScript.Base.Logger {
    this.world.log({ source: 'Logger', level: 'log', message: formatLog(data, values) });
    return asApi(this);
  }
  getLog(): string {
    return this.world.logs
      .filter((entry) => entry.source === 'Logger')
      .map((entry) => entry.message)
      .join('\n');
  }
  clear(): void {
    const kept = this.world.logs.filter((entry) => entry.source !== 'Logger');
    this.world.logs.splice(0, this.world.logs.length, ...kept);
  }
}

/** A `console` for the script: lines go to `env.logs`. Not counted as service calls. */
export function scriptConsole(world: World): Pick<Console, LogEntry['level']> {
  const write =
    (level: LogEntry['level']) =>
    (...args: unknown[]) => {
      world.log({ source: 'console', level, message: args.map(logText).join(' ') });
    };
  return {
    log: write('log'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    debug: write('debug'),
  };
}

instrument(Logger, 'Logger');
