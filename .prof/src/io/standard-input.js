// Standard input, read to its end. Asynchronous: a pipe that fills more
// slowly than it is read (a large PDF piped in) makes a synchronous read fail with EAGAIN.
/** The bytes of standard input; more than `maxBytes` rejects with a RangeError as soon as they arrive. */
export async function readStandardInput(maxBytes) {
    const chunks = [];
    let total = 0;
    for await (const chunk of process.stdin) {
        total += chunk.length;
        if (total > maxBytes)
            throw new RangeError(`it has more than ${maxBytes} bytes, the limit`);
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}
