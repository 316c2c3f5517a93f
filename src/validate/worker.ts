// A worker thread of `plan validate`: validates the files it is sent, one at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { validateFile, type RuleSettings } from './validate.js';
import type { RuleContext } from './rules.js';

const { settings, context } = workerData as { settings: RuleSettings; context: RuleContext };

parentPort!.on('message', ({ index, file }: { index: number; file: string }) => {
  void validateFile(file, settings, context).then((result) => parentPort!.postMessage({ index, result }));
});
