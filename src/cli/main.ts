/** Entry point of the `zvarot` binary. */
import { main } from './program.js';

await main(process.argv);
