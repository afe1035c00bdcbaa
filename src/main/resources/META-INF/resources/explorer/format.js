/**
 * How a published figure reads: always from valueText (the published decimals, "1347.90"), never from the JS
 * number, and always with its qualifier ("more than 4000") and unit.
 */

const GROWTH_MEASURES = new Set(['yoy_growth', 'planned_growth']);

export function isPercent(item) {
    return item.unitSymbol === '%';
}

export function isGrowth(item) {
    return GROWTH_MEASURES.has(item.measure);
}

/** The value as published, with a sign for growth rates. */
export function valueText(item) {
    const text = item.valueText;
    return isGrowth(item) && !/^[-+]/.test(text) && !/^0(\.0*)?$/.test(text) ? `+${text}` : text;
}

/** The qualifier in words, or nothing when the figure is exact. */
export function qualifierText(item) {
    return item.qualifier && item.qualifier !== 'exact' ? item.qualifierName ?? item.qualifier : '';
}

/** "超过4000亿元", "more than 4000 100 million yuan", "+2.8%". */
export function figureText(item, w) {
    const unit = isPercent(item) ? '' : item.unitSymbol;
    const number = isPercent(item) ? `${valueText(item)}%` : valueText(item);
    return w.join(qualifierText(item), number, unit);
}

/**
 * A period as people read it: "2023年", "2023年上半年", "2023年一季度", "2023年12月", "2024年1-4月累计"; "2023", "H1 2023",
 * "Q1 2023", "Dec 2023", "Jan–Apr 2024" (see docs/api.md, Periods).
 */
export function periodText(period, w) {
    const text = String(period);
    const cumulative = /^(\d{4})-(\d{2})\/\d{4}-(\d{2})$/.exec(text);
    if (cumulative) {
        return w.periodToDate(cumulative[1], Number(cumulative[2]), Number(cumulative[3]));
    }
    const [year, part = ''] = text.split('-');
    if (part.startsWith('H')) {
        return w.periodHalf(year, Number(part.slice(1)));
    }
    if (part.startsWith('Q')) {
        return w.periodQuarter(year, Number(part.slice(1)));
    }
    return part ? w.periodMonth(year, part) : w.periodYear(year);
}

/** The value in base units ("134,790,000,000 yuan"), or null for rates. */
export function baseText(item, w) {
    if (item.valueBase === null || item.valueBase === undefined || !item.baseUnit) {
        return null;
    }
    const number = new Intl.NumberFormat(w.locale, { maximumFractionDigits: 20 }).format(item.valueBase);
    return `${number}${w.space}${w.baseUnits[item.baseUnit] ?? item.baseUnit}`;
}

/** Exact sum of published decimal texts, as text with the most decimals among them ("1213.11"+"134.79"). */
export function decimalSum(texts) {
    const scale = Math.max(...texts.map(decimals));
    const total = texts.reduce((sum, text) => sum + scaled(text, scale), 0n);
    return unscaled(total, scale);
}

/** Whether two decimal texts are the same number ("1347.9" and "1347.90"). */
export function sameDecimal(a, b) {
    const scale = Math.max(decimals(a), decimals(b));
    return scaled(a, scale) === scaled(b, scale);
}

function decimals(text) {
    const dot = text.indexOf('.');
    return dot < 0 ? 0 : text.length - dot - 1;
}

function scaled(text, scale) {
    const negative = text.startsWith('-');
    const [whole, fraction = ''] = text.replace(/^[-+]/, '').split('.');
    const digits = BigInt(whole + fraction.padEnd(scale, '0'));
    return negative ? -digits : digits;
}

function unscaled(number, scale) {
    const negative = number < 0n;
    const digits = (negative ? -number : number).toString().padStart(scale + 1, '0');
    const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
    return negative ? `-${text}` : text;
}
