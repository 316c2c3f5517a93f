// A worker thread of `plan validate`: validates the files it is sent, one at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { validateFile, type RuleSettings } from './validate.js';

const { settings } = workerData as { settings: RuleSettings };

parentPort!.on('message', ({ index, file }: { index: number; file: string }) => {
  void validateFile(file, settings).then((result) => parentPort!.postMessage({ index, result }));
});
