export declare const SCHEMA_VERSION = "1.5.0";
/** The package's version, from the nearest package.json above this module (the bundle in dist/bundle, or src/model in tests). */
export declare function packageVersion(): string;
