// RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes doubled, CRLF between records;
// text a spreadsheet would run as a formula is neutralised.
import { escapeCsvFormula } from '../render/escape.js';
function field(value) {
    const text = value === null || value === undefined ? '' : typeof value === 'number' ? String(value) : escapeCsvFormula(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
export function toCsv(rows, bom = false) {
    return (bom ? '\uFEFF' : '') + rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}
