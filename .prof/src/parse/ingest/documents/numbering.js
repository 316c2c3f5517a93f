// The markers a list numbering draws before a paragraph (Word's automatic
// numbering, OpenDocument's list styles): 一、 （一） 1. （1）. Readers of
// those formats keep the counters; this module formats a counter as the
// reader of the printed page would see it.
const DIGITS = '〇一二三四五六七八九';
const LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const STEMS = '甲乙丙丁戊己庚辛壬癸';
const ROMAN = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
];
/** 一 … 十 … 二十一 … 九百九十九: the counting numbers of Chinese text (legal digits 壹贰叁 with `legal`). */
function chinese(n, legal = false) {
    const digits = legal ? LEGAL_DIGITS : DIGITS;
    const [ten, hundred] = legal ? ['拾', '佰'] : ['十', '百'];
    if (n <= 0 || n >= 1000)
        return String(n);
    const h = Math.floor(n / 100);
    const t = Math.floor((n % 100) / 10);
    const u = n % 10;
    let out = h ? digits[h] + hundred : '';
    if (t)
        out += (t === 1 && !h ? '' : digits[t]) + ten;
    else if (h && u)
        out += digits[0];
    if (u)
        out += digits[u];
    return out;
}
function roman(n) {
    let out = '';
    for (const [value, letters] of ROMAN)
        for (; n >= value; n -= value)
            out += letters;
    return out;
}
function letters(n) {
    // a, b … z, aa, bb … as Word counts
    const letter = String.fromCharCode(97 + ((n - 1) % 26));
    return letter.repeat(Math.floor((n - 1) / 26) + 1);
}
/** A counter in a numbering format, by Word's names (w:numFmt) or OpenDocument's (style:num-format). */
export function formatCounter(n, format) {
    switch (format) {
        case 'chineseCounting':
        case 'chineseCountingThousand':
        case 'japaneseCounting':
        case 'taiwaneseCounting':
        case 'koreanCounting':
        case '一, 二, 三, ...':
            return chinese(n);
        case 'chineseLegalSimplified':
        case 'ideographLegalTraditional':
        case '壹, 贰, 叁, ...':
            return chinese(n, true);
        case 'ideographTraditional':
        case '甲, 乙, 丙, ...':
            return STEMS[n - 1] ?? String(n);
        case 'ideographDigital':
            return [...String(n)].map((d) => DIGITS[Number(d)]).join('');
        case 'decimalEnclosedCircle':
        case 'decimalEnclosedCircleChinese':
        case '①, ②, ③, ...':
            return CIRCLED[n - 1] ?? String(n);
        case 'decimalFullWidth':
        case 'decimalFullWidth2':
        case '１, ２, ３, ...':
            return [...String(n)].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');
        case 'decimalZero':
            return n < 10 ? `0${n}` : String(n);
        case 'lowerLetter':
        case 'a':
            return letters(n);
        case 'upperLetter':
        case 'A':
            return letters(n).toUpperCase();
        case 'lowerRoman':
        case 'i':
            return roman(n);
        case 'upperRoman':
        case 'I':
            return roman(n).toUpperCase();
        case 'none':
        case 'bullet':
        case '':
            return '';
        default:
            return String(n);
    }
}
