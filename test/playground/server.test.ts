import { writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import os, { networkInterfaces } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFormula } from '../../playground/server/formulas';
import { parsePlaygroundArgs } from '../../playground/server/main';
import type { WorkbookView } from '../../playground/shared/protocol';
import { cp1251 } from '../tools/_encodings';
import { runPlayground, startPlayground } from './_playground';

describe('npm start', () => {
  it('stops with one clear line and exit code 1 when --data is missing', async () => {
    const run = await runPlayground(['--data', 'no-such-file.csv']);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(
      `error: file not found: ${path.join(process.cwd(), 'no-such-file.csv').replace(`${process.cwd()}/`, '')}`,
    );
  });

  it('stops with one clear line when --data is not a table', async () => {
    const file = path.join(os.tmpdir(), `playground-${process.pid}.pdf`);
    writeFileSync(file, '%PDF-1.4');
    const run = await runPlayground(['--data', file]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(`error: ${file}: cannot read a ".pdf" file; give a .csv or .xlsx file`);
  });

  it('stops with a line per reason and exit code 1 when every row of --data is skipped', async () => {
    const file = path.join(os.tmpdir(), `playground-${process.pid}-dates.csv`);
    writeFileSync(file, 'Date,Amount\nsomeday,10\nlater,20\n');
    const run = await runPlayground(['--data', file]);
    expect([run.code, run.stderr]).toEqual([
      1,
      'error: every data row of the sales log was skipped (2 rows), so there is nothing to report; the first 2 reasons:\n' +
        '  row 2, “Date”: the date “someday” cannot be read\n' +
        '  row 3, “Date”: the date “later” cannot be read\n',
    ]);
  });

  it('reads a Windows-1251 --data file as Cyrillic without --lang ru, and says so', async () => {
    const file = path.join(os.tmpdir(), `playground-${process.pid}-1251.csv`);
    writeFileSync(
      file,
      cp1251('Date;Amount;Менеджер\n2026-11-05;100;Иванов Пётр\n2026-11-06;200;Смирнова Ольга\n'),
    );
    const playground = await startPlayground(['--data', file]);
    try {
      expect(playground.output()).toContain(
        `note: ${file} is not UTF-8: read as windows-1251 (its letters are Cyrillic)`,
      );
      const book = (await (await fetch(`${playground.url}api/workbook`)).json()) as WorkbookView;
      const texts = JSON.stringify(book);
      expect(texts).toContain('Менеджер');
      expect(texts).toContain('Смирнова Ольга');
    } finally {
      await playground.stop();
    }
  });

  it('stops with exit code 2 on an unknown flag', async () => {
    const run = await runPlayground(['--dta', 'x.csv']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe('error: unknown argument --dta: see npm start -- --help');
  });

  it('listens on 127.0.0.1 only', async () => {
    const playground = await startPlayground();
    try {
      const { port, hostname } = new URL(playground.url);
      expect(hostname).toBe('127.0.0.1');
      const external = Object.values(networkInterfaces())
        .flat()
        .find((i) => i !== undefined && i.family === 'IPv4' && !i.internal);
      // Another address of this machine (when it has one) refuses the connection.
      if (external !== undefined) {
        const refused = await new Promise<boolean>((resolve) => {
          const socket = connect(Number(port), external.address);
          socket.once('connect', () => {
            socket.destroy();
            resolve(false);
          });
          socket.once('error', () => resolve(true));
        });
        expect(refused).toBe(true);
      }
      const response = await fetch(`${playground.url}api/workbook`);
      expect(response.status).toBe(200);
      // A page of another site cannot reach it through a DNS name pointing at 127.0.0.1.
      const status = await new Promise<number | undefined>((resolve, reject) => {
        const request = httpRequest(
          {
            host: '127.0.0.1',
            port: Number(port),
            path: '/api/workbook',
            headers: { host: `evil.example:${port}` },
          },
          (response) => {
            response.resume();
            resolve(response.statusCode);
          },
        );
        request.on('error', reject);
        request.end();
      });
      expect(status).toBe(403);
    } finally {
      await playground.stop();
    }
  });
});

describe('parsePlaygroundArgs', () => {
  it('defaults to the English sample on port 8080', () => {
    expect(parsePlaygroundArgs([], {}, '/home/ann')).toEqual({
      lang: 'en',
      data: null,
      spend: null,
      port: 8080,
    });
  });
  it('reads files relative to the user directory and PORT', () => {
    expect(parsePlaygroundArgs(['--data', 'deals.csv', '--lang=ru'], { PORT: '9000' }, '/home/ann')).toEqual({
      lang: 'ru',
      data: '/home/ann/deals.csv',
      spend: null,
      port: 9000,
    });
  });
});

describe('parseFormula', () => {
  it('reads calls with references, open ranges, quoted sheets, strings, numbers and blanks', () => {
    expect(parseFormula(`=KPI_TABLE(Sales!A1:I, "month", , 'Marketing spend'!A1:C)`)).toEqual({
      kind: 'call',
      name: 'KPI_TABLE',
      args: [
        { kind: 'ref', a1: 'Sales!A1:I' },
        { kind: 'string', value: 'month' },
        { kind: 'blank' },
        { kind: 'ref', a1: "'Marketing spend'!A1:C" },
      ],
    });
    expect(parseFormula('=KPI_STATUS(ATTAINMENT(B2, -3.5), TRUE)')).toMatchObject({
      args: [
        { kind: 'call', name: 'ATTAINMENT', args: [{ kind: 'ref' }, { kind: 'number', value: -3.5 }] },
        { kind: 'boolean', value: true },
      ],
    });
    expect(parseFormula('=Продажи!B2')).toEqual({ kind: 'ref', a1: 'Продажи!B2' });
  });
  it('refuses operators and other syntax', () => {
    expect(() => parseFormula('=A1+B1')).toThrow(/cannot read/);
    expect(() => parseFormula('={1,2}')).toThrow(/cannot read/);
  });
});
