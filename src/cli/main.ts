/** Entry point of the `zvarot` binary. */
import { main } from './program.js';

// Output piped into `head` and the like: a closed pipe ends the command quietly, as in other tools.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

await main(process.argv);
