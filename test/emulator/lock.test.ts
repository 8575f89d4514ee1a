import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../emulator/index.js';
import { setup } from './_helpers.js';

describe('locks', () => {
  it('are taken and released', () => {
    const { env } = setup();
    const lock = env.globals.LockService.getDocumentLock();
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    expect(env.locks.isHeld('document')).toBe(true);
    lock.releaseLock();
    expect(env.locks.isHeld('document')).toBe(false);
  });

  it('share one document lock per spreadsheet: a second holder waits in vain', () => {
    const { env } = setup();
    const first = env.globals.LockService.getDocumentLock();
    const second = env.globals.LockService.getDocumentLock();
    expect(first.tryLock(1000)).toBe(true);
    expect(second.tryLock(1000)).toBe(false);
    expect(() => second.waitLock(1000)).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    );
    expect(env.globals.LockService.getScriptLock().tryLock(0)).toBe(true);
  });

  it('can be held by "another execution" that a test plays', () => {
    const { env } = setup();
    env.locks.holdElsewhere('document');
    const lock = env.globals.LockService.getDocumentLock();
    expect(lock.tryLock(30_000)).toBe(false);
    env.locks.releaseElsewhere('document');
    expect(lock.tryLock(30_000)).toBe(true);
  });

  it('are released when an execution ends, and the release is recorded', () => {
    const { env } = setup();
    const bundle = loadBundle(
      `function forgetful() { LockService.getDocumentLock().waitLock(1000); }
       function careful() { var l = LockService.getDocumentLock(); l.waitLock(1000); l.releaseLock(); }`,
      env,
    );
    bundle.call('careful');
    expect(env.locks.autoReleased).toEqual([]);
    bundle.call('forgetful');
    expect(env.locks.isHeld('document')).toBe(false);
    expect(env.locks.autoReleased).toEqual(['document']);
  });
});
