import { rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import os, { networkInterfaces } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFormula } from '../../playground/server/formulas';
import { parsePlaygroundArgs } from '../../playground/server/main';
import { MAX_BODY_BYTES } from '../../playground/server/server';
import type { WorkbookView } from '../../playground/shared/protocol';
import { cp1251 } from '../tools/_encodings';
import { type RunningPlayground, runPlayground, startPlayground } from './_playground';

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

describe('npm start: big and hostile files', () => {
  it('refuses /dev/zero in one line, without reading it', async () => {
    const run = await runPlayground(['--data', '/dev/zero']);
    expect([run.code, run.stderr]).toEqual([
      1,
      'error: /dev/zero is not a regular file (a device, a pipe or a socket): save it to a file first\n',
    ]);
  });

  it('escapes control characters of the file and its name in what it prints', async () => {
    const file = path.join(os.tmpdir(), `playground-${process.pid}-escapes.csv`);
    writeFileSync(file, 'Date,Amount\nsome\u001b]0;x\u0007day,10\nlater\u202e,20\n');
    const [skipped, missing] = await Promise.all([
      runPlayground(['--data', file]),
      runPlayground(['--data', 'missing\u001b[2J.csv']),
    ]);
    expect([skipped.code, skipped.stderr]).toEqual([
      1,
      'error: every data row of the sales log was skipped (2 rows), so there is nothing to report; the first 2 reasons:\n' +
        '  row 2, “Date”: the date “some\\x1b]0;x\\x07day” cannot be read\n' +
        '  row 3, “Date”: the date “later\\u202e” cannot be read\n',
    ]);
    expect([missing.code, missing.stderr]).toEqual([1, 'error: file not found: missing\\x1b[2J.csv\n']);
  });

  it('starts on a 400,000-row log', { timeout: 240_000 }, async () => {
    const file = path.join(os.tmpdir(), `playground-${process.pid}-400k.csv`);
    const rows = ['Date,Amount,Status,Rep'];
    for (let i = 0; i < 400_000; i++) {
      rows.push(
        `2026-${String(1 + (i % 11)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')},${i % 1000},${i % 3 === 0 ? 'Lost' : 'Won'},Rep ${i % 7}`,
      );
    }
    writeFileSync(file, `${rows.join('\n')}\n`);
    const playground = await startPlayground(['--data', file]);
    try {
      const book = (await (await fetch(`${playground.url}api/workbook`)).json()) as WorkbookView;
      expect(JSON.stringify(book)).toContain('Rep 6');
      expect(playground.output()).toContain('sheets: Sales, KPI Targets, Formulas');
    } finally {
      await playground.stop();
      rmSync(file, { force: true });
    }
  });
});

describe('the playground’s API', () => {
  let playground: RunningPlayground;
  beforeAll(async () => {
    playground = await startPlayground();
  });
  afterAll(async () => {
    await playground.stop();
  });
  const post = async (body: string, route = 'api/run') => {
    const response = await fetch(`${playground.url}${route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    return { status: response.status, text: await response.text() };
  };

  it('answers 400 for a body that is not a JSON object, never 500', async () => {
    const answers = await Promise.all(
      [
        'not json',
        'null',
        '[1, 2]',
        '42',
        '"buildKpiReport"',
        '{"fn": 5}',
        '{"fn": "onOpen", "args": "x"}',
      ].map((body) => post(body)),
    );
    expect(answers).toEqual([
      { status: 400, text: 'Bad JSON' },
      { status: 400, text: 'The body must be a JSON object' },
      { status: 400, text: 'The body must be a JSON object' },
      { status: 400, text: 'The body must be a JSON object' },
      { status: 400, text: 'The body must be a JSON object' },
      { status: 400, text: '"fn" must be a string' },
      { status: 400, text: '"args" must be an array' },
    ]);
    expect(await post('null', 'api/activate')).toEqual({
      status: 400,
      text: 'The body must be a JSON object',
    });
  });

  it('answers 413 for a body over 1 MB, declared or not', async () => {
    expect(MAX_BODY_BYTES).toBe(1024 * 1024);
    const big = JSON.stringify({ fn: 'onOpen', args: ['x'.repeat(6_000_000)] });
    expect((await post(big)).status).toBe(413);
    // Sent in chunks, without a Content-Length: refused once it passes the limit.
    const { port } = new URL(playground.url);
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const request = httpRequest(
        {
          host: '127.0.0.1',
          port: Number(port),
          method: 'POST',
          path: '/api/run',
          headers: { host: `127.0.0.1:${port}`, 'content-type': 'application/json' },
        },
        (response) => {
          response.resume();
          resolve(response.statusCode);
        },
      );
      request.on('error', (error: NodeJS.ErrnoException) => {
        // The server stops reading: a write after its answer may find the connection gone.
        if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error);
      });
      request.write('{"fn": "onOpen", "args": ["');
      for (let i = 0; i < 12; i++) request.write('x'.repeat(200_000));
      request.end('"]}');
    });
    expect(status).toBe(413);
  });

  it('runs only the bundle’s own functions, never what every object inherits', async () => {
    const names = [
      'constructor',
      '__proto__',
      'toString',
      'hasOwnProperty',
      'valueOf',
      '__defineGetter__',
      'isPrototypeOf',
    ];
    const answers = await Promise.all(names.map((fn) => post(JSON.stringify({ fn, args: [] }))));
    expect(
      answers.map((answer) => [answer.status, JSON.parse(answer.text).ok, JSON.parse(answer.text).message]),
    ).toEqual(names.map((fn) => [200, false, `Script function not found: ${fn}`]));
    const onOpen = JSON.parse((await post(JSON.stringify({ fn: 'onOpen', args: [] }))).text);
    expect(onOpen.ok).toBe(true);
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
