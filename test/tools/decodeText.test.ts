import { describe, expect, it } from 'vitest';
import { decodeText } from '../../tools/report/_lib/decodeText';
import { cp1251, cp1252 } from './_encodings';

describe('decodeText', () => {
  it('reads a Russian Windows-1251 file as Windows-1251, whatever the fallback', () => {
    const text =
      'Период;Регистратор;Контрагент;Сумма\n05.11.2026;Реализация товаров № 17;ООО «Ёлка»;1 200,50\n';
    expect(decodeText(cp1251(text), 'windows-1252')).toEqual({
      text,
      encoding: 'windows-1251',
      by: 'letters',
    });
    expect(decodeText(cp1251(text), 'windows-1251')).toEqual({
      text,
      encoding: 'windows-1251',
      by: 'letters',
    });
  });

  it('reads a mostly English Windows-1251 file with one Russian name as Windows-1251', () => {
    const text = 'Date,Amount,Rep\n2026-11-05,100,John Smith\n2026-11-06,200,Иванов Пётр\n';
    expect(decodeText(cp1251(text))).toMatchObject({ text, encoding: 'windows-1251' });
  });

  it('reads upper-case Russian as Windows-1251', () => {
    const text = 'ДАТА;СУММА;СТАТУС\n05.11.2026;100;ОПЛАЧЕН\n';
    expect(decodeText(cp1251(text))).toMatchObject({ text, encoding: 'windows-1251' });
  });

  it('reads Western European Windows-1252 text as Windows-1252, whatever the fallback', () => {
    const text =
      'Customer,City,Amount\nZoë Müller,Köln,10\nJosé Núñez,Málaga,20\nSociété Générale,Besançon,30\nÅsa Ørsted,Århus,€40\n';
    expect(decodeText(cp1252(text), 'windows-1251')).toEqual({
      text,
      encoding: 'windows-1252',
      by: 'letters',
    });
    expect(decodeText(cp1252(text), 'windows-1252')).toMatchObject({ encoding: 'windows-1252' });
  });

  it('reads the Windows-1252 punctuation that Node reads as control characters', () => {
    const bytes = Buffer.from([0x93, 0x80, 0x31, 0x94, 0x20, 0x96, 0x20, 0xe9, 0x74, 0xe9]); // “€1” – été
    expect(decodeText(bytes).text).toBe('“€1” – été');
  });

  it('uses the fallback when the bytes that are not UTF-8 hold no letter', () => {
    const bytes = Buffer.from([0x41, 0x3b, 0x80, 0x0a]); // A;€ in Windows-1252, A;Ђ in Windows-1251
    expect(decodeText(bytes, 'windows-1252')).toEqual({
      text: 'A;€\n',
      encoding: 'windows-1252',
      by: 'fallback',
    });
    expect(decodeText(bytes, 'windows-1251')).toEqual({
      text: 'A;Ђ\n',
      encoding: 'windows-1251',
      by: 'fallback',
    });
  });

  it('reads valid UTF-8 as UTF-8', () => {
    const text = 'Дата,Сумма\n05.11.2026,"1 200,50 ₽"\n';
    expect(decodeText(Buffer.from(text, 'utf8'), 'windows-1251')).toEqual({
      text,
      encoding: 'utf-8',
      by: 'utf-8',
    });
  });

  it('drops a UTF-8 byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Дата;Сумма\n', 'utf8')]);
    expect(decodeText(bytes)).toEqual({ text: 'Дата;Сумма\n', encoding: 'utf-8', by: 'bom' });
  });

  it('reads UTF-16 with a byte-order mark, little- and big-endian', () => {
    const text = 'Дата\tСумма\n05.11.2026\t100\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    expect(decodeText(le)).toEqual({ text, encoding: 'utf-16le', by: 'bom' });
    expect(decodeText(be)).toEqual({ text, encoding: 'utf-16be', by: 'bom' });
  });
});
