import { describe, expect, it } from 'vitest';
import { PROPERTY_STORE_LIMIT, PROPERTY_VALUE_LIMIT } from '../../emulator/index.js';
import { setup } from './_helpers.js';

describe('properties', () => {
  it('store strings per scope: document, user and script', () => {
    const { env } = setup();
    const service = env.globals.PropertiesService;
    service.getDocumentProperties().setProperty('targets', '{"Ann":10}');
    service.getUserProperties().setProperties({ lang: 'ru', count: 5 as unknown as string });
    expect(service.getDocumentProperties().getProperty('targets')).toBe('{"Ann":10}');
    expect(service.getUserProperties().getProperties()).toEqual({ lang: 'ru', count: '5' });
    expect(service.getScriptProperties().getProperty('targets')).toBeNull();
    expect(env.properties.document.toObject()).toEqual({ targets: '{"Ann":10}' });
  });

  it('lists, deletes and replaces keys', () => {
    const { env } = setup();
    const props = env.globals.PropertiesService.getDocumentProperties();
    props.setProperties({ a: '1', b: '2', c: '3' });
    props.deleteProperty('b');
    expect(props.getKeys()).toEqual(['a', 'c']);
    props.setProperties({ d: '4' }, true);
    expect(props.getKeys()).toEqual(['d']);
    props.deleteAllProperties();
    expect(props.getKeys()).toEqual([]);
  });

  it('refuse a value over 9 KB with Apps Script’s error, and keep the old value', () => {
    const { env } = setup();
    const props = env.globals.PropertiesService.getDocumentProperties();
    props.setProperty('big', 'x'.repeat(PROPERTY_VALUE_LIMIT));
    expect(() => props.setProperty('big', 'x'.repeat(PROPERTY_VALUE_LIMIT + 1))).toThrow(
      'Argument too large: value',
    );
    // Cyrillic letters are 2 bytes each in UTF-8.
    expect(() => props.setProperty('ru', 'я'.repeat(PROPERTY_VALUE_LIMIT / 2 + 1))).toThrow(
      'Argument too large: value',
    );
    expect(props.getProperty('big')).toHaveLength(PROPERTY_VALUE_LIMIT);
  });

  it('refuse to grow a store past 500 KB with Apps Script’s error', () => {
    const { env } = setup();
    const props = env.globals.PropertiesService.getScriptProperties();
    const value = 'y'.repeat(9000);
    let stored = 0;
    expect(() => {
      for (;;) props.setProperty(`k${stored++}`, value);
    }).toThrow('You have exceeded the property storage quota. Please remove some properties and try again.');
    expect(env.properties.script.bytes()).toBeLessThanOrEqual(PROPERTY_STORE_LIMIT);
    expect(stored).toBe(Math.floor(PROPERTY_STORE_LIMIT / 9002) + 1);
  });
});
