import type { Instrumented } from './callLog.js';
import type { World } from './world.js';

/**
 * Base of every emulated service object. It only carries the world; the runner's membrane shows a script
 * nothing but a service's methods and its (frozen) enums.
 */
export abstract class Service implements Instrumented {
  constructor(readonly world: World) {}
}
