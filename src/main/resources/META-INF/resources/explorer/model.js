/**
 * Turns the API's catalogue and "latest" snapshot into what the page shows: one card per indicator and fiscal
 * scope, grouped by category (in the categories' display order), parents before their parts.
 */
import { isPercent } from './format.js';

const SCOPE_ORDER = [null, 'consolidated', 'municipal'];
const MEASURE_ORDER = ['actual', 'planned', 'adjusted_budget', 'share', 'execution_rate', 'yoy_growth',
    'planned_growth'];

/**
 * The catalogue as a map by code, each indicator with its children, its depth-first position and its category's name
 * and rank (the categories come from the API in display order).
 */
export function indexCatalogue(indicators, categories) {
    const rankOf = new Map(categories.map((category, index) => [category.code, { rank: index, name: category.name }]));
    const byCode = new Map(indicators.map(indicator => [indicator.code, { ...indicator, children: [],
        categoryRank: rankOf.get(indicator.category)?.rank ?? categories.length,
        categoryName: rankOf.get(indicator.category)?.name ?? indicator.category }]));
    const roots = [];
    for (const indicator of byCode.values()) {
        const parent = byCode.get(indicator.parent);
        indicator.parentName = parent?.name ?? null;
        (parent ? parent.children : roots).push(indicator);
    }
    let position = 0;
    const visit = indicator => {
        indicator.position = position++;
        indicator.children.forEach(visit);
    };
    roots.forEach(visit);
    return byCode;
}

function rank(order, value) {
    const index = order.indexOf(value ?? null);
    return index < 0 ? order.length : index;
}

export function measureRank(measure) {
    return rank(MEASURE_ORDER, measure);
}

function byMeasureThenNewest(a, b) {
    return isPercent(a) - isPercent(b)
        || rank(MEASURE_ORDER, a.measure) - rank(MEASURE_ORDER, b.measure)
        || (a.frequency === 'year' ? 0 : 1) - (b.frequency === 'year' ? 0 : 1)
        || String(b.period).localeCompare(String(a.period));
}

/**
 * Cards of the latest figures: the main figure (a level before a rate), the year-on-year growth of the same period
 * beside it, and the other figures of that indicator and scope below.
 */
export function cards(latestItems, catalogue) {
    const groups = groupBy(latestItems, item => `${item.indicator}|${item.scope ?? ''}`);
    const result = [];
    for (const items of groups.values()) {
        items.sort(byMeasureThenNewest);
        const [main] = items;
        const growth = main.measure === 'yoy_growth' ? null : items.find(item => item.measure === 'yoy_growth'
            && item.period === main.period && item.frequency === main.frequency);
        const indicator = catalogue.get(main.indicator);
        result.push({
            indicator,
            main,
            growth,
            others: items.filter(item => item !== main && item !== growth),
            items,
        });
    }
    const categoryRank = card => card.indicator?.categoryRank ?? Number.MAX_SAFE_INTEGER;
    return result.sort((a, b) => categoryRank(a) - categoryRank(b)
        || rank(SCOPE_ORDER, a.main.scope) - rank(SCOPE_ORDER, b.main.scope)
        || isPercent(a.main) - isPercent(b.main)
        || (a.indicator?.position ?? 0) - (b.indicator?.position ?? 0));
}

/** Items grouped by a key, in first-seen order. */
export function groupBy(items, keyOf) {
    const groups = new Map();
    for (const item of items) {
        const key = keyOf(item);
        if (!groups.has(key)) {
            groups.set(key, []);
        }
        groups.get(key).push(item);
    }
    return groups;
}
