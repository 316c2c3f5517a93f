// The roles a responsibility gives an agency (zod-free, for the parser).
export const ROLES = ['lead', 'support', 'responsible'];
