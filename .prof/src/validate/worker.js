// A worker thread of `plan validate`: validates the files it is sent, one at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { validateFile } from './validate.js';
const { settings, context } = workerData;
parentPort.on('message', ({ index, file }) => {
    void validateFile(file, settings, context).then((result) => parentPort.postMessage({ index, result }));
});
