export const ASPECTS = ['structure', 'accountability', 'deadlines', 'targets'];
export const META_FIELDS = [
    'docNumber',
    'issuer',
    'noticeTitle',
    'planTitle',
    'signedDate',
    'publicity',
    'printedBy',
    'printedDate',
];
