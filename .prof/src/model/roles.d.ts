export declare const ROLES: readonly ["lead", "support", "responsible"];
export type Role = (typeof ROLES)[number];
