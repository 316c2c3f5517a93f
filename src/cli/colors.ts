// Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org).
import { Chalk, type ChalkInstance } from 'chalk';

/** Colours for output to `stream`; none for a file (null). */
export function colorsFor(stream: NodeJS.WriteStream | null): ChalkInstance {
  const wanted = stream?.isTTY === true && !process.env.NO_COLOR;
  return new Chalk({ level: wanted ? 1 : 0 });
}
