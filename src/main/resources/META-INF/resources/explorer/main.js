/**
 * The explorer page: the latest figures of one area as cards and charts, in Chinese or English, from the public
 * API only. The area is ?area=<GB/T 2260 code>, or else the first prefecture-level area the API lists.
 */
import * as echarts from '/_static/echarts/dist/echarts.esm.min.js';
import { api } from './api.js';
import { cardElement } from './cards.js';
import { catalogueSection } from './catalogue.js';
import { comparisonSection } from './comparison.js';
import { budgetCharts, compositionCharts, growthChart, priorityCharts, shareCharts } from './charts.js';
import { h } from './dom.js';
import { decimalSum, sameDecimal, valueText } from './format.js';
import { LANGS, words } from './i18n.js';
import { cards, groupBy, indexCatalogue } from './model.js';
import { highlightsSection } from './highlights.js';
import { seriesSection } from './series.js';

const state = { lang: initialLang(), area: new URLSearchParams(window.location.search).get('area'), charts: [] };

function initialLang() {
    const asked = new URLSearchParams(window.location.search).get('lang');
    if (LANGS.includes(asked)) {
        return asked;
    }
    const preferred = (navigator.languages ?? [navigator.language]).map(tag => tag.slice(0, 2).toLowerCase())
        .find(tag => LANGS.includes(tag));
    return preferred ?? 'zh';
}

function mount(element, option, height) {
    element.style.height = `${height}px`;
    let chart = echarts.getInstanceByDom(element);
    if (!chart) {
        chart = echarts.init(element, null, { locale: state.lang === 'zh' ? 'ZH' : 'EN' });
        state.charts.push(chart);
    }
    chart.setOption(option, true);
}

function chartFigure(spec, w, pending) {
    const element = h('div', { class: 'chart', 'data-chart': spec.id });
    pending.push(() => mount(element, spec.option, spec.height));
    return h('figure', { class: 'chart-card' },
        h('figcaption', {}, h('h3', {}, spec.title), spec.unit ? h('p', { class: 'unit-note' },
            w.unitNote(spec.unit)) : null),
        element,
        spec.notes.length ? h('ul', { class: 'chart-notes' }, spec.notes.map(note => h('li', {}, note))) : null);
}

/** "商品零售 1213.11 + 餐饮收入 134.79 = 社会消费品零售总额 1347.90 亿元", or "of which …" when they do not add up. */
function equation(w) {
    return (total, parts) => {
        const named = item => `${item.indicatorName} ${valueText(item)}`;
        const exact = [total, ...parts].every(item => item.qualifier === 'exact');
        if (exact && sameDecimal(decimalSum(parts.map(part => part.valueText)), total.valueText)) {
            return `${parts.map(named).join(' + ')} = ${named(total)}${w.space}${total.unitSymbol}`;
        }
        return `${named(total)}${w.space}${total.unitSymbol}, ${w.ofWhich} ${parts.map(named).join(', ')}`;
    };
}

function categorySection(category, categoryCards, context, pending) {
    const { w, catalogue, items } = context;
    const categoryItems = items.filter(item => catalogue.get(item.indicator)?.category === category);
    const specs = [
        ...budgetCharts(categoryItems, catalogue, w),
        ...priorityCharts(categoryItems, catalogue, w),
        ...shareCharts(categoryItems, category, catalogue, w),
        ...growthChart(categoryItems, category, catalogue, w),
        ...compositionCharts(categoryItems, category, catalogue, w, equation(w)),
    ];
    const scopes = groupBy(categoryCards, card => card.main.scope ?? '');
    const titleId = `category-${category}`;
    return h('section', { class: 'category', id: `section-${category}`, 'aria-labelledby': titleId },
        h('h2', { id: titleId }, categoryCards[0].indicator?.categoryName ?? category),
        scopes.size > 1 ? h('p', { class: 'warning' }, w.budgetNote) : null,
        specs.length ? h('div', { class: 'charts' }, specs.map(spec => chartFigure(spec, w, pending))) : null,
        [...scopes.entries()].map(([scope, scopeCards]) => [
            scope ? h('h3', { class: 'scope-title' }, scopeCards[0].main.scopeName) : null,
            h('div', { class: 'cards' }, scopeCards.map(card => cardElement(card, w, context.sources))),
        ]));
}

function renderChrome(w, areaName) {
    document.documentElement.lang = w.htmlLang;
    document.title = w.title(areaName);
    document.getElementById('page-title').textContent = w.title(areaName);
    document.getElementById('tagline').textContent = w.tagline;
    document.getElementById('skip-link').textContent = w.skip;
    document.getElementById('link-api').textContent = w.apiDocs;
    document.getElementById('link-csv').textContent = w.csv;
    document.querySelector('nav.tools').setAttribute('aria-label', w.tools);
    document.getElementById('lang-switch').setAttribute('aria-label', w.langSwitch);
    for (const button of document.querySelectorAll('#lang-switch button')) {
        button.setAttribute('aria-pressed', String(button.dataset.lang === state.lang));
    }
    document.getElementById('guide-title').textContent = w.guideTitle;
    document.getElementById('guide-list').replaceChildren(...w.guide.map(line => h('li', {}, line)));
    document.getElementById('guide').hidden = false;
}

function renderSources(w, sources) {
    document.getElementById('sources').replaceChildren(h('h2', {}, w.sourcesTitle), h('ul', {},
        sources.map(source => h('li', {}, h('span', { lang: 'zh-Hans' }, source.title),
            ` — ${source.publisher}, ${w.published} ${source.published}. ${w.licence ?? source.licence ?? ''}`))));
}

/** The areas that have figures, to choose from; hidden while there is only one. */
function renderAreaPicker(w, areas) {
    const select = document.getElementById('area-pick');
    document.getElementById('area-pick-label').textContent = w.areaPick;
    select.replaceChildren(...areas.map(area => h('option', { value: area.code, selected: area.code === state.area },
        area.name)));
    select.closest('label').hidden = areas.length < 2;
}

function switchArea(area) {
    state.area = area;
    const url = new URL(window.location.href);
    url.searchParams.set('area', area);
    window.history.replaceState(null, '', url);
    delete document.body.dataset.ready;
    render();
}

async function discoverArea(lang) {
    const [prefecture] = await api.areas('prefecture', lang);
    if (!prefecture) {
        throw new Error('no prefecture-level area in /api/v1/areas');
    }
    return prefecture.code;
}

async function render() {
    const { lang } = state;
    const w = words(lang);
    const status = document.getElementById('status');
    status.textContent = w.loading;
    try {
        state.area = state.area ?? await discoverArea(lang);
        const [indicators, categories, latest, sources, areas] = await Promise.all([api.catalogue(lang),
            api.categories(lang), api.latest(state.area, lang), api.sources(), api.areasWithFigures(lang)]);
        const catalogue = indexCatalogue(indicators, categories);
        const context = { w, lang, area: state.area, catalogue, items: latest.items, cards: cards(latest.items, catalogue),
            sources: new Map(sources.map(source => [source.code, `${source.publisher}, ${source.published}`])) };
        const pending = [];
        const byCategory = groupBy(context.cards, card => card.indicator?.category ?? 'other');
        const series = seriesSection(context, mount);
        const comparison = await comparisonSection(context, areas, latest.areaName, mount);
        state.charts.forEach(chart => chart.dispose());
        state.charts = [];
        renderChrome(w, latest.areaName);
        renderAreaPicker(w, areas);
        document.getElementById('highlights').replaceChildren(highlightsSection(context.cards, w) ?? '');
        document.getElementById('sections').replaceChildren(
            ...[...byCategory.entries()].map(([category, list]) => categorySection(category, list, context, pending)),
            series.section, comparison?.section ?? '', catalogueSection(context));
        renderSources(w, sources);
        pending.forEach(draw => draw());
        await series.draw();
        await comparison?.draw();
        status.textContent = '';
        document.body.dataset.ready = lang;
    } catch (error) {
        status.textContent = w.failed(error.message);
        document.body.dataset.ready = 'error';
    }
}

function switchLanguage(lang) {
    if (lang === state.lang) {
        return;
    }
    state.lang = lang;
    const url = new URL(window.location.href);
    url.searchParams.set('lang', lang);
    window.history.replaceState(null, '', url);
    delete document.body.dataset.ready;
    render();
}

for (const button of document.querySelectorAll('#lang-switch button')) {
    button.addEventListener('click', () => switchLanguage(button.dataset.lang));
}
document.getElementById('area-pick').addEventListener('change', event => switchArea(event.target.value));
window.addEventListener('resize', () => state.charts.forEach(chart => chart.resize()));
render();
