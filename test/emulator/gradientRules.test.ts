import { describe, expect, it } from 'vitest';
import { setup } from './_helpers.js';

describe('gradient conditional format rules', () => {
  it('are built with the gradient methods, set on a sheet and read back point by point', () => {
    const { env, sheet } = setup();
    const app = env.globals.SpreadsheetApp;
    const rule = app
      .newConditionalFormatRule()
      .setRanges([sheet.getRange('D5:N16')])
      .setGradientMinpointWithValue('#FFFFFF', app.InterpolationType.NUMBER, '0')
      .setGradientMidpointWithValue('#fff2cc', app.InterpolationType.PERCENTILE, '50')
      .setGradientMaxpoint('#57BB8A')
      .build();
    sheet.setConditionalFormatRules([rule]);
    const [back] = sheet.getConditionalFormatRules();
    expect(back.getBooleanCondition()).toBeNull();
    const g = back.getGradientCondition()!;
    expect([g.getMinColor(), String(g.getMinType()), g.getMinValue()]).toEqual(['#ffffff', 'NUMBER', '0']);
    expect([g.getMidColor(), String(g.getMidType()), g.getMidValue()]).toEqual([
      '#fff2cc',
      'PERCENTILE',
      '50',
    ]);
    expect([g.getMaxColor(), String(g.getMaxType()), g.getMaxValue()]).toEqual(['#57bb8a', 'MAX', '']);
    expect(back.getRanges().map((r) => r.getA1Notation())).toEqual(['D5:N16']);
    expect(env.snapshot().sheets[0].conditionalFormats).toEqual([
      {
        ranges: [expect.objectContaining({ a1: 'D5:N16' })],
        condition: null,
        format: {},
        gradient: {
          min: { color: '#ffffff', type: 'NUMBER', value: '0' },
          mid: { color: '#fff2cc', type: 'PERCENTILE', value: '50' },
          max: { color: '#57bb8a', type: 'MAX', value: '' },
        },
      },
    ]);
  });

  it('has no midpoint unless one is set, and a minpoint of the range by default', () => {
    const { env, sheet } = setup();
    const app = env.globals.SpreadsheetApp;
    const builder = app.newConditionalFormatRule().setGradientMinpoint('#000000');
    const g = builder.getGradientCondition()!;
    expect([g.getMinColor(), String(g.getMinType())]).toEqual(['#000000', 'MIN']);
    expect([g.getMidColor(), g.getMidType(), g.getMidValue()]).toEqual(['', null, '']);
    expect(sheet.getConditionalFormatRules()).toEqual([]);
  });

  it('holds one condition: a boolean condition replaces a gradient, and a gradient a boolean condition', () => {
    const { env } = setup();
    const app = env.globals.SpreadsheetApp;
    const textFirst = app.newConditionalFormatRule().whenTextStartsWith('✓').setBackground('#d9ead3');
    textFirst.setGradientMaxpoint('#57bb8a');
    expect(textFirst.getBooleanCondition()).toBeNull();
    expect(textFirst.getGradientCondition()!.getMaxColor()).toBe('#57bb8a');
    const gradientFirst = app.newConditionalFormatRule().setGradientMaxpoint('#57bb8a');
    gradientFirst.whenTextStartsWith('✓');
    expect(gradientFirst.getGradientCondition()).toBeNull();
    expect(String(gradientFirst.getBooleanCondition()!.getCriteriaType())).toBe('TEXT_STARTS_WITH');
  });

  it('keeps a built rule as it was when its builder changes afterwards', () => {
    const { env } = setup();
    const app = env.globals.SpreadsheetApp;
    const builder = app.newConditionalFormatRule().setGradientMaxpoint('#57bb8a');
    const built = builder.build();
    builder.setGradientMaxpoint('#000000');
    expect(built.getGradientCondition()!.getMaxColor()).toBe('#57bb8a');
  });
});
