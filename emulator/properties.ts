import { asApi } from './_lib/asApi.js';
import { utf8Length } from './_lib/utf8Length.js';
import { instrument } from './callLog.js';
import { fail, messages } from './errors.js';
import { Service } from './service.js';
import type { World } from './world.js';

export type PropertyScope = 'document' | 'user' | 'script';

/** Apps Script's quotas: 9 KB per value, 500 KB per store (keys and values, UTF-8). */
export const PROPERTY_VALUE_LIMIT = 9 * 1024;
export const PROPERTY_STORE_LIMIT = 500 * 1024;

/** One property store (document, user or script), with Apps Script's quotas. */
export class PropertyStore {
  private readonly values = new Map<string, string>();

  get(key: string): string | null {
    return this.values.get(key) ?? null;
  }
  keys(): string[] {
    return [...this.values.keys()];
  }
  /** A plain copy, e.g. for `expect(env.properties.document.toObject()).toEqual({ … })`. */
  toObject(): Record<string, string> {
    return Object.fromEntries(this.values);
  }
  /** Bytes in use, as counted against the 500 KB quota. */
  bytes(): number {
    let total = 0;
    for (const [key, value] of this.values) total += utf8Length(key) + utf8Length(value);
    return total;
  }
  /** Sets several values at once, all or none, checking the quotas first. */
  setAll(entries: Record<string, string>, deleteAllOthers = false): void {
    const next = new Map(deleteAllOthers ? [] : this.values);
    for (const [key, value] of Object.entries(entries)) {
      if (utf8Length(value) > PROPERTY_VALUE_LIMIT) fail(messages.propertyValueTooLarge);
      next.set(key, value);
    }
    let total = 0;
    for (const [key, value] of next) total += utf8Length(key) + utf8Length(value);
    if (total > PROPERTY_STORE_LIMIT) fail(messages.propertyQuota);
    this.values.clear();
    for (const [key, value] of next) this.values.set(key, value);
  }
  delete(key: string): void {
    this.values.delete(key);
  }
  clear(): void {
    this.values.clear();
  }
}

export type PropertiesApi = Pick<
  GoogleAppsScript.Properties.Properties,
  | 'deleteAllProperties'
  | 'deleteProperty'
  | 'getKeys'
  | 'getProperties'
  | 'getProperty'
  | 'setProperties'
  | 'setProperty'
>;
export type PropertiesServiceApi = Pick<
  GoogleAppsScript.Properties.PropertiesService,
  'getDocumentProperties' | 'getScriptProperties' | 'getUserProperties'
>;

/** `PropertiesService.Properties`: values are stored as strings (`setProperty('n', 5)` stores `'5'`). */
export class Properties extends Service implements PropertiesApi {
  constructor(
    world: World,
    readonly store: PropertyStore,
  ) {
    super(world);
  }

  getProperty(key: string): string | null {
    return this.store.get(String(key));
  }
  getProperties(): Record<string, string> {
    return this.store.toObject();
  }
  getKeys(): string[] {
    return this.store.keys();
  }
  setProperty(key: string, value: string): GoogleAppsScript.Properties.Properties {
    this.store.setAll({ [String(key)]: String(value) });
    return asApi(this);
  }
  setProperties(
    properties: Record<string, string>,
    deleteAllOthers?: boolean,
  ): GoogleAppsScript.Properties.Properties {
    const entries = Object.fromEntries(
      Object.entries(properties).map(([key, value]) => [key, String(value)]),
    );
    this.store.setAll(entries, deleteAllOthers === true);
    return asApi(this);
  }
  deleteProperty(key: string): GoogleAppsScript.Properties.Properties {
    this.store.delete(String(key));
    return asApi(this);
  }
  deleteAllProperties(): GoogleAppsScript.Properties.Properties {
    this.store.clear();
    return asApi(this);
  }
}

/** The `PropertiesService` global. */
export class PropertiesService extends Service implements PropertiesServiceApi {
  getDocumentProperties(): GoogleAppsScript.Properties.Properties {
    return asApi(new Properties(this.world, this.world.properties.document));
  }
  getUserProperties(): GoogleAppsScript.Properties.Properties {
    return asApi(new Properties(this.world, this.world.properties.user));
  }
  getScriptProperties(): GoogleAppsScript.Properties.Properties {
    return asApi(new Properties(this.world, this.world.properties.script));
  }
}

instrument(Properties, 'Properties', { documentData: true });
instrument(PropertiesService, 'PropertiesService');
