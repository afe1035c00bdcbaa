/** The indicator catalogue by category: names, stable codes, units and parents, with links to the API. */
import { h } from './dom.js';
import { groupBy } from './model.js';

export function catalogueSection(context) {
    const { w, lang, catalogue, cards } = context;
    const withFigures = new Set(cards.map(card => card.main.indicator));
    const indicators = [...catalogue.values()].sort((a, b) => a.categoryRank - b.categoryRank
        || a.position - b.position);
    const columns = w.columns;
    const tables = [...groupBy(indicators, indicator => indicator.category).entries()].map(([category, list]) =>
        h('div', { class: 'table-wrap' }, h('table', {},
            h('caption', {}, list[0].categoryName),
            h('thead', {}, h('tr', {}, [columns.name, columns.code, columns.unit, columns.parent, columns.figures]
                .map(title => h('th', { scope: 'col' }, title)))),
            h('tbody', {}, list.map(indicator => h('tr', {},
                h('th', { scope: 'row', class: indicator.parent ? 'child' : null }, indicator.name),
                h('td', {}, h('code', {}, indicator.code)),
                h('td', {}, indicator.unit?.symbol ?? ''),
                h('td', {}, indicator.parentName ?? ''),
                h('td', {}, withFigures.has(indicator.code)
                    ? h('a', { href: `/api/v1/observations?indicator=${encodeURIComponent(indicator.code)}`
                        + `&area=${encodeURIComponent(context.area)}&lang=${lang}` }, w.json)
                    : w.noFigure)))))));
    return h('section', { class: 'category', id: 'catalogue', 'aria-labelledby': 'catalogue-title' },
        h('details', {},
            h('summary', {}, h('h2', { id: 'catalogue-title' }, w.catalogueTitle(catalogue.size))),
            h('p', { class: 'intro' }, w.catalogueIntro),
            tables));
}
