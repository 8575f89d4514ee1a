// `npm start` (after `npm run build`): builds the page and the server into dist/playground/, then serves the
// playground on 127.0.0.1 until Ctrl+C. See docs/PLAYGROUND.md.
import { esbuildMessages } from '../scripts/buildKit.mjs';
import { buildPlayground } from './build.mjs';

try {
  await buildPlayground();
} catch (error) {
  console.error(`error: the playground does not build:\n  ${esbuildMessages(error).join('\n  ')}`);
  process.exit(1);
}
const { main } = await import('../dist/playground/server.mjs');
const result = await main(process.argv.slice(2));
if (typeof result === 'number') process.exitCode = result;
