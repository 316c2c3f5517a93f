// Diagnostics as people and compilers read them: `file:line:column severity code message`.
import { Chalk } from 'chalk';
const PLAIN = new Chalk({ level: 0 });
export function renderDiagnostics(path, diagnostics, c = PLAIN) {
    const paint = { error: c.red, warning: c.yellow, info: c.blue };
    return diagnostics.map((d) => `${path}:${d.line}:${d.column} ${paint[d.severity](d.severity)} ${c.dim(d.code)} ${d.message}\n`).join('');
}
