/**
 * "Areas compared": a figure of the page's area beside the same figure (indicator, scope, measure, period) of every
 * other area that has it, ranked, from /api/v1/indicators/{code}/areas. Only figures another area also has are offered.
 */
import { api } from './api.js';
import { barsHeight, comparisonOption } from './charts.js';
import { h, uid } from './dom.js';
import { periodText } from './format.js';

const LEVELS = ['actual', 'planned', 'adjusted_budget'];
const MAX_CODES = 50;

function figureKey(item) {
    return [item.indicator, item.scope ?? '', item.measure, item.period].join('|');
}

/** The section and its draw(), or null when no other area has any of this area's latest figures. */
export async function comparisonSection(context, areas, areaName, mount) {
    const { w, lang, area, items } = context;
    const others = areas.map(other => other.code).filter(code => code !== area).slice(0, MAX_CODES);
    const own = items.filter(item => LEVELS.includes(item.measure));
    if (!others.length || !own.length) {
        return null;
    }
    const theirs = await api.figures({ area: others.join(','), measure: LEVELS.join(','),
        indicator: [...new Set(own.map(item => item.indicator))].slice(0, MAX_CODES).join(',') });
    const shared = new Set(theirs.map(figureKey));
    const choices = own.filter(item => shared.has(figureKey(item)));
    if (!choices.length) {
        return null;
    }
    const selectId = uid('compare-pick');
    const select = h('select', { id: selectId, 'data-role': 'compare-pick' }, choices.map(item => h('option',
        { value: figureKey(item) }, w.join(`${item.indicatorName}${item.scopeName ? ` (${item.scopeName})` : ''}`,
            '·', item.measureName, '·', periodText(item.period, w)))));
    const chart = h('div', { class: 'chart', 'data-chart': 'comparison' });
    const unit = h('p', { class: 'unit-note' });
    const status = h('p', { class: 'chart-notes', role: 'status' });
    const draw = async () => {
        const [code, scope, measure, period] = select.value.split('|');
        try {
            const comparison = await api.compare(code, { period, measure, scope, lang });
            status.textContent = w.comparisonNote(areaName);
            unit.textContent = comparison.items.length ? w.unitNote(comparison.items[0].unitSymbol) : '';
            mount(chart, comparisonOption(comparison, area, w), barsHeight(comparison.items.length, false, w));
        } catch (error) {
            status.textContent = w.failed(error.message);
        }
    };
    select.addEventListener('change', draw);
    const section = h('section', { class: 'category', id: 'comparison', 'aria-labelledby': 'comparison-title' },
        h('h2', { id: 'comparison-title' }, w.comparisonTitle),
        h('p', { class: 'intro' }, w.comparisonIntro),
        h('div', { class: 'chart-card' },
            h('label', { for: selectId, class: 'series-label' }, w.comparisonPick), select, unit, chart, status));
    return { section, draw };
}
