import { asApi } from './_lib/asApi.js';
import { instrument } from './callLog.js';
import { fail, messages } from './errors.js';
import { Service } from './service.js';
import type { World } from './world.js';

export type LockScope = 'document' | 'script' | 'user';

/** Who holds a lock: a Lock object of an execution, or "another execution" set up by a test. */
type Holder = { lock: object; execution: number } | 'elsewhere';

/**
 * The three locks of the emulated script: one document lock per spreadsheet, one script lock, one user lock.
 * A test plays a concurrent execution with `env.locks.holdElsewhere('document')`.
 */
export class LockTable {
  private readonly holders: Record<LockScope, Holder | null> = { document: null, script: null, user: null };
  /** Locks released by the runner because an execution ended still holding them (Apps Script does the same). */
  readonly autoReleased: LockScope[] = [];

  /** Makes the lock busy, as if another execution held it. */
  holdElsewhere(scope: LockScope = 'document'): void {
    this.holders[scope] = 'elsewhere';
  }
  /** Frees a lock held elsewhere. */
  releaseElsewhere(scope: LockScope = 'document'): void {
    if (this.holders[scope] === 'elsewhere') this.holders[scope] = null;
  }
  isHeld(scope: LockScope): boolean {
    return this.holders[scope] !== null;
  }
  /** True when `lock` holds the scope. */
  heldBy(scope: LockScope, lock: object): boolean {
    const holder = this.holders[scope];
    return holder !== null && holder !== 'elsewhere' && holder.lock === lock;
  }
  /** Takes the lock for `lock` if it is free; never waits, since nothing else runs meanwhile. */
  tryAcquire(scope: LockScope, lock: object, execution: number): boolean {
    if (this.heldBy(scope, lock)) return true;
    if (this.holders[scope] !== null) return false;
    this.holders[scope] = { lock, execution };
    return true;
  }
  release(scope: LockScope, lock: object): void {
    if (this.heldBy(scope, lock)) this.holders[scope] = null;
  }
  /** Releases what an ending execution still holds. */
  releaseExecution(execution: number): void {
    for (const scope of Object.keys(this.holders) as LockScope[]) {
      const holder = this.holders[scope];
      if (holder !== null && holder !== 'elsewhere' && holder.execution === execution) {
        this.holders[scope] = null;
        this.autoReleased.push(scope);
      }
    }
  }
}

export type LockApi = Pick<GoogleAppsScript.Lock.Lock, 'hasLock' | 'releaseLock' | 'tryLock' | 'waitLock'>;
export type LockServiceApi = Pick<
  GoogleAppsScript.Lock.LockService,
  'getDocumentLock' | 'getScriptLock' | 'getUserLock'
>;

/** `LockService.Lock`. */
export class Lock extends Service implements LockApi {
  constructor(
    world: World,
    readonly scope: LockScope,
  ) {
    super(world);
  }

  tryLock(_timeoutInMillis: number): boolean {
    return this.world.locks.tryAcquire(this.scope, this, this.world.execution);
  }
  /** Throws Apps Script's timeout error when the lock is busy. */
  waitLock(_timeoutInMillis: number): void {
    if (!this.world.locks.tryAcquire(this.scope, this, this.world.execution)) fail(messages.lockTimeout);
  }
  releaseLock(): void {
    this.world.locks.release(this.scope, this);
  }
  hasLock(): boolean {
    return this.world.locks.heldBy(this.scope, this);
  }
}

/** The `LockService` global. */
export class LockService extends Service implements LockServiceApi {
  getDocumentLock(): GoogleAppsScript.Lock.Lock {
    return asApi(new Lock(this.world, 'document'));
  }
  getScriptLock(): GoogleAppsScript.Lock.Lock {
    return asApi(new Lock(this.world, 'script'));
  }
  getUserLock(): GoogleAppsScript.Lock.Lock {
    return asApi(new Lock(this.world, 'user'));
  }
}

instrument(Lock, 'Lock');
instrument(LockService, 'LockService');
