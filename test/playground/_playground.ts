// Starts `npm start`'s server (playground/start.mjs) as a child process on a free port, as a user runs it, and
// reads the URL it prints.

import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT } from '../bundle/_bundle';

export interface RunningPlayground {
  url: string;
  child: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
}

/** Runs `node playground/start.mjs …args` and waits for its exit: for the failures that never serve. */
export function runPlayground(
  args: string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'playground/start.mjs'), ...args], {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', INIT_CWD: ROOT },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk;
    });
    // A server that started by mistake would never exit: stop it and report what it printed.
    const timer = setTimeout(() => child.kill(), 30_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Starts the playground and resolves once it prints its URL. */
export function startPlayground(args: string[] = []): Promise<RunningPlayground> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'playground/start.mjs'), ...args], {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', INIT_CWD: ROOT },
    });
    let text = '';
    const onData = (chunk: Buffer) => {
      text += chunk;
      const match = /open (http:\/\/127\.0\.0\.1:\d+\/)/.exec(text);
      if (match) {
        resolve({
          url: match[1],
          child,
          output: () => text,
          stop: () =>
            new Promise<void>((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              child.kill();
            }),
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`the playground exited (${code}) before serving:\n${text}`)));
  });
}
