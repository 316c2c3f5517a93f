import { type ChalkInstance } from 'chalk';
/** --color (true) or --no-color (false); undefined leaves it to the environment. */
export declare function chooseColor(color: boolean | undefined): void;
/** Colours for output to `stream`; none for a file (null). */
export declare function colorsFor(stream: NodeJS.WriteStream | null): ChalkInstance;
