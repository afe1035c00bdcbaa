/** "Series over time": any series of the area, picked from a list, charted from /api/v1/indicators/{code}/series. */
import { api } from './api.js';
import { seriesOption, barsHeight } from './charts.js';
import { h, uid } from './dom.js';
import { periodText } from './format.js';
import { groupBy } from './model.js';

function seriesKey(item) {
    return [item.indicator, item.scope ?? '', item.measure, item.frequency].join('|');
}

/** The section; mount(chartElement, option, height) draws a chart into an element. */
export function seriesSection(context, mount) {
    const { w, lang, area, cards } = context;
    const choices = [...groupBy(cards.flatMap(card => card.items), seriesKey).values()].map(([item]) => item);
    const qualifierNames = new Map(cards.flatMap(card => card.items)
        .map(item => [item.qualifier, item.qualifierName]));
    const selectId = uid('series-pick');
    const select = h('select', { id: selectId, 'data-role': 'series-pick' }, choices.map(item => h('option',
        { value: seriesKey(item) }, w.join(`${item.indicatorName}${item.scopeName ? ` (${item.scopeName})` : ''}`,
            '·', item.measureName, item.frequency !== 'year' ? `· ${periodText(item.period, w)}` : ''))));
    const chart = h('div', { class: 'chart', 'data-chart': 'series' });
    const unit = h('p', { class: 'unit-note' });
    const status = h('p', { class: 'chart-notes', role: 'status' });
    const draw = async () => {
        const [code, scope, measure, frequency] = select.value.split('|');
        try {
            const series = await api.series(code, { area, scope, measure, frequency, lang });
            status.textContent = '';
            unit.textContent = w.unitNote(series.unitSymbol);
            mount(chart, seriesOption(series, qualifierNames, w), barsHeight(series.points.length, false, w));
        } catch (error) {
            status.textContent = w.failed(error.message);
        }
    };
    select.addEventListener('change', draw);
    const section = h('section', { class: 'category', id: 'series', 'aria-labelledby': 'series-title' },
        h('h2', { id: 'series-title' }, w.seriesTitle),
        h('p', { class: 'intro' }, w.seriesIntro),
        h('div', { class: 'chart-card' },
            h('label', { for: selectId, class: 'series-label' }, w.seriesPick), select, unit, chart, status));
    return { section, draw };
}
