#!/usr/bin/env node
import { main } from '../dist/bundle/main.js';

// A closed pipe (`plan validate x | head -1`) ends the output, not the program: the
// command finishes and exits with its own code (1 for errors found), as pipefail expects.
// Any other failure to write is one line and exit 2.
let closed = false;
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE' || (closed && error.code === 'ERR_STREAM_DESTROYED')) {
    closed = true;
    return;
  }
  process.stderr.write(`plan: cannot write standard output: ${error.message}\n`);
  process.exit(2);
});

process.exitCode = await main(process.argv.slice(2));
