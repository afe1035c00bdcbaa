/**
 * "At a glance": the headline figure of a few key indicators of the catalogue, before the details. Indicators the
 * area has no figure for are left out.
 */
import { figureElement } from './cards.js';
import { h } from './dom.js';
import { periodText, valueText } from './format.js';

const KEY_INDICATORS = [
    { indicator: 'gdp' },
    { indicator: 'industry.key_chains.value_added' },
    { indicator: 'investment.industrial' },
    { indicator: 'retail.total' },
    { indicator: 'budget.general.revenue', scope: 'consolidated' },
    { indicator: 'budget.general.total_expenditure', scope: 'consolidated' },
];

export function highlightsSection(cards, w) {
    const chosen = KEY_INDICATORS.map(key => cards.find(card => card.main.indicator === key.indicator
        && (card.main.scope ?? undefined) === key.scope)).filter(Boolean);
    if (!chosen.length) {
        return null;
    }
    return h('section', { class: 'highlights', 'aria-labelledby': 'highlights-title' },
        h('h2', { id: 'highlights-title' }, w.glance),
        h('ul', {}, chosen.map(({ main, growth }) => h('li', { class: 'highlight' },
            h('span', { class: 'highlight-name' }, main.indicatorName),
            h('span', { class: 'highlight-meta' }, [main.scopeName, w.join(periodText(main.period, w),
                main.measureName)].filter(Boolean).join(' · ')),
            figureElement(main, w),
            growth ? h('span', { class: 'growth' }, `${valueText(growth)}% ${w.yoyShort}`) : null))));
}
