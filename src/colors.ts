// Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org).
import { Chalk, type ChalkInstance } from 'chalk';

export function colorsFor(stream: NodeJS.WriteStream): ChalkInstance {
  const wanted = stream.isTTY === true && !process.env.NO_COLOR;
  return new Chalk({ level: wanted ? 1 : 0 });
}
