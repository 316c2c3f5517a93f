// The version of the plan model's JSON shape; kept apart so that parsing does not load zod.
export const SCHEMA_VERSION = '1.0.0';
