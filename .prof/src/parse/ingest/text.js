export function readText(text) {
    return text.split(/\r\n|\r|\n/).map((line, i) => ({ text: line, line: i + 1, column: 1, heading: false }));
}
