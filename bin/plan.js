#!/usr/bin/env node
import { main } from '../dist/cli/main.js';

// A closed pipe (`plan parse x | head`) ends the output, not the program with a trace;
// any other failure to write is one line and exit 2.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  process.stderr.write(`plan: cannot write standard output: ${error.message}\n`);
  process.exit(2);
});

process.exitCode = await main(process.argv.slice(2));
