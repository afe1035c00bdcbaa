/**
 * An indicator card: the latest figure with its qualifier and unit, its year-on-year growth beside it, the other
 * figures of the same indicator and scope below, and — on hover, tap or keyboard focus — the published sentence and
 * the value in yuan.
 */
import { h, uid } from './dom.js';
import { baseText, isPercent, periodText, qualifierText, valueText } from './format.js';

/** The figure as spans: qualifier, value, unit ("超过" "4000" "亿元"; "more than" "4000" "100 million yuan"). */
export function figureElement(item, w, className = 'figure') {
    const parts = [];
    const qualifier = qualifierText(item);
    if (qualifier) {
        parts.push(h('span', { class: 'qualifier' }, qualifier), w.space);
    }
    parts.push(h('span', { class: 'value' }, valueText(item) + (isPercent(item) ? '%' : '')));
    if (!isPercent(item)) {
        parts.push(w.space, h('span', { class: 'unit' }, item.unitSymbol));
    }
    return h('span', { class: className }, parts);
}

function growthElement(growth, w) {
    const falling = growth.valueText.startsWith('-');
    return h('span', { class: 'growth' },
        h('span', { 'aria-hidden': 'true' }, falling ? '▼ ' : '▲ '),
        figureElement(growth, w, 'growth-figure'), ' ', h('span', { class: 'growth-label' }, w.yoyShort));
}

function whenAndWhat(item, w) {
    return w.join(periodText(item.period, w), item.measureName);
}

function detailElement(card, w, sources, id) {
    const quotes = [...new Set(card.items.map(item => item.quote).filter(Boolean))];
    const sourceNames = [...new Set(card.items.map(item => sources.get(item.source)).filter(Boolean))];
    const base = baseText(card.main, w);
    const parent = card.indicator?.parent ? card.indicator.parentName : null;
    return h('div', { class: 'card-detail', id },
        base ? h('p', { class: 'base' }, `${w.inBaseUnits}${w.space}`, h('span', { class: 'base-value' }, base)) : null,
        parent ? h('p', {}, `${w.partOf}${w.colon}${parent}`) : null,
        h('p', { class: 'detail-label' }, `${w.quote}${w.colon}`),
        quotes.map(quote => h('blockquote', { lang: 'zh-Hans' }, `“${quote}”`)),
        sourceNames.map(source => h('p', { class: 'card-source' }, `${w.source}${w.colon}${source}`)));
}

/** A focusable card; Escape hides its detail until the card is left. */
export function cardElement(card, w, sources) {
    const nameId = uid('card-name');
    const detailId = uid('card-detail');
    const { main, growth } = card;
    const element = h('article', {
        class: 'card', tabindex: '0', 'aria-labelledby': nameId, 'aria-describedby': detailId,
        'data-indicator': main.indicator, 'data-scope': main.scope,
    },
    h('p', { class: 'card-name', id: nameId }, main.indicatorName),
    h('p', { class: 'card-meta' }, main.scopeName ? h('span', { class: 'scope' }, main.scopeName) : null,
        whenAndWhat(main, w)),
    h('p', { class: 'card-figure' }, figureElement(main, w), growth ? growthElement(growth, w) : null),
    card.others.length ? h('ul', { class: 'card-more' }, card.others.map(item => h('li', {},
        `${whenAndWhat(item, w)}${w.colon}`, figureElement(item, w, 'figure-small')))) : null,
    detailElement(card, w, sources, detailId));
    element.addEventListener('keydown', event => {
        if (event.key === 'Escape') {
            element.classList.add('dismissed');
        }
    });
    element.addEventListener('focusout', () => element.classList.remove('dismissed'));
    element.addEventListener('mouseleave', () => element.classList.remove('dismissed'));
    return element;
}
