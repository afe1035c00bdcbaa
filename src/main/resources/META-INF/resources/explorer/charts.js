/**
 * ECharts options for the page's charts, built from the API's figures. Bar lengths use the numbers; every label
 * shows the published text with its qualifier ("超过13", "about 1").
 */
import { figureText, isPercent, periodText, qualifierText, valueText } from './format.js';
import { groupBy, measureRank } from './model.js';

export const FONT = 'system-ui, "Noto Sans CJK SC", "WenQuanYi Micro Hei", "PingFang SC", "Microsoft YaHei", '
    + 'sans-serif';
const INK = '#1a1a1a';
const PALETTE = ['#1f5fa8', '#c0561b', '#2e7d32', '#6a3d9a', '#a1282f', '#00707a'];
const PART_COLOUR = '#7fa7d6';
const REST_COLOUR = '#d7dce3';

/** Bounds, not values: a striped bar for "more than", "about" and "nearly". */
const APPROXIMATE = { symbol: 'rect', symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [3, 3], rotation: -Math.PI / 4,
    color: 'rgba(255, 255, 255, 0.55)' };

function base(extra) {
    return {
        animation: false,
        aria: { enabled: true },
        color: PALETTE,
        textStyle: { fontFamily: FONT, color: INK },
        // richText tooltips are drawn in the canvas: no HTML with inline styles (Content-Security-Policy)
        tooltip: { renderMode: 'richText', confine: true },
        ...extra,
    };
}

function textOf(params) {
    return params.data?.text ?? '';
}

function barLabel() {
    return { show: true, position: 'right', color: INK, formatter: textOf };
}

/** Bars with the row names on the left and the published text at the end of each bar; narrower on a phone. */
function horizontalBars(rows, series, legend) {
    const longest = Math.max(0, ...series.flatMap(s => s.data).map(d => d?.text?.length ?? 0));
    const right = Math.min(150, 16 + 7 * longest);
    const bars = base({
        legend: legend ? { top: 0, left: 0, textStyle: { color: INK } } : undefined,
        tooltip: { renderMode: 'richText', confine: true, trigger: 'item', formatter: params =>
            `${rows[params.dataIndex]}\n${params.seriesName ? `${params.seriesName}: ` : ''}${textOf(params)}` },
        grid: { left: 4, right, top: legend ? 56 : 8, bottom: 24, containLabel: true },
        xAxis: { type: 'value', axisLabel: { color: INK, hideOverlap: true },
            splitLine: { lineStyle: { color: '#e3e6ea' } } },
        yAxis: { type: 'category', data: rows, inverse: true,
            axisLabel: { color: INK, width: 128, overflow: 'break', lineHeight: 15, interval: 0 } },
        series,
    });
    return { baseOption: bars, media: [{ query: { maxWidth: 420 }, option: {
        yAxis: { axisLabel: { width: 92, fontSize: 11, lineHeight: 13 } },
        xAxis: { axisLabel: { fontSize: 10 } },
    } }] };
}

/** Width of the row names on a phone (px) and the height of one of their lines: the narrowest layout. */
const NAME_WIDTH = 92;
const NAME_LINE = 15;

/**
 * Chart height for bar rows: a number of rows, or their names, whose wrapped lines (estimated for the narrowest
 * layout: a Chinese character about 12 px wide, other characters about 6.5 px) each row must have room for, so
 * that long English names never run into their neighbours.
 */
export function barsHeight(rows, legend, w) {
    const names = typeof rows === 'number' ? Array(rows).fill('') : rows;
    const lines = name => Math.ceil([...name].reduce((px, c) => px + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 12 : 6.5), 0)
        / NAME_WIDTH) || 1;
    return names.reduce((sum, name) => sum + Math.max(w.barRowHeight, lines(name) * NAME_LINE + 12), 0) + (legend ? 100 : 56);
}

/**
 * One chart per fiscal scope: the general public budget's levels by (period, measure), e.g. 2023 actual against
 * the 2024 plan. Rows never mix scopes; rates go below the chart as notes.
 */
export function budgetCharts(items, catalogue, w) {
    const general = items.filter(item => item.indicator.startsWith('budget.general') && item.scope);
    return [...groupBy(general, item => item.scope).values()].map(scopeItems => {
        const levels = scopeItems.filter(item => !isPercent(item));
        if (!levels.length) {
            return null;
        }
        const keys = [...groupBy(levels, seriesKey).keys()].sort((a, b) => {
            const [periodA, measureA] = a.split('|');
            const [periodB, measureB] = b.split('|');
            return periodA.localeCompare(periodB) || measureRank(measureA) - measureRank(measureB);
        });
        const order = item => (catalogue.get(item.indicator)?.position ?? 0) * 100 + keys.indexOf(seriesKey(item));
        const rows = [...levels].sort((a, b) => order(a) - order(b));
        const series = keys.map(key => {
            const sample = levels.find(item => seriesKey(item) === key);
            return {
                type: 'bar', name: w.join(periodText(sample.period, w), sample.measureName), barGap: '-100%',
                barMaxWidth: 22, label: barLabel(),
                data: rows.map(item => seriesKey(item) === key ? datum(item, w) : '-'),
            };
        });
        const first = scopeItems[0];
        return {
            id: `budget-${first.scope}`,
            title: w.budgetChart(first.scopeName),
            unit: levels[0]?.unitSymbol,
            height: barsHeight(rows.map(item => rowName(item, rows, w)), true, w),
            option: horizontalBars(rows.map(item => rowName(item, rows, w)), series, true),
            notes: scopeItems.filter(isPercent).sort((a, b) => order(a) - order(b)).map(item => w.join(
                `${item.indicatorName}${w.colon}`,
                periodText(item.period, w), item.measureName, figureText(item, w))),
        };
    }).filter(Boolean);
}

/**
 * A budget row's name: the indicator, and its period and measure whenever another row has the same indicator or
 * another period, so that no two bars share a name and no year is left for the colour to tell.
 */
function rowName(item, rows, w) {
    const alone = rows.every(other => other === item
        || (other.indicatorName !== item.indicatorName && other.period === item.period));
    return alone ? item.indicatorName
        : `${item.indicatorName}${w.colon}${w.join(periodText(item.period, w), item.measureName)}`;
}

function seriesKey(item) {
    return `${item.period}|${item.measure}`;
}

function datum(item, w, extra = {}) {
    return {
        value: Number(item.value),
        text: w.join(qualifierText(item), valueText(item)) + (isPercent(item) ? '%' : ''),
        ...(item.qualifier && item.qualifier !== 'exact' ? { itemStyle: { decal: APPROXIMATE } } : {}),
        ...extra,
    };
}

/**
 * The planned allocations to the budget's priorities (the parts of budget.priority, and budget.reserve), largest
 * first, each priority's own parts right below it in a lighter colour.
 */
export function priorityCharts(items, catalogue, w) {
    const priority = catalogue.get('budget.priority');
    const tops = new Set([...(priority?.children ?? []).map(child => child.code), 'budget.reserve']);
    const planned = items.filter(item => item.measure === 'planned' && item.scope && !isPercent(item)
        && (tops.has(item.indicator) || tops.has(catalogue.get(item.indicator)?.parent)));
    return [...groupBy(planned, item => `${item.scope}|${item.period}`).values()].map(scopeItems => {
        const top = scopeItems.filter(item => tops.has(item.indicator))
            .sort((a, b) => Number(b.value) - Number(a.value));
        const rows = top.flatMap(item => [item, ...scopeItems.filter(part =>
            catalogue.get(part.indicator)?.parent === item.indicator)]);
        const isPart = item => !tops.has(item.indicator);
        const data = rows.map(item => datum(item, w, isPart(item) ? { itemStyle: {
            color: PART_COLOUR, ...(item.qualifier !== 'exact' ? { decal: APPROXIMATE } : {}) } } : {}));
        const first = scopeItems[0];
        return {
            id: `priorities-${first.scope}-${first.period}`,
            title: w.priorityChart(first.scopeName, periodText(first.period, w)),
            unit: first.unitSymbol,
            height: barsHeight(rows.map(item => (isPart(item) ? '· ' : '') + item.indicatorName), false, w),
            option: horizontalBars(rows.map(item => (isPart(item) ? '· ' : '') + item.indicatorName),
                [{ type: 'bar', name: first.measureName, barMaxWidth: 22, label: barLabel(), data }], false),
            notes: [],
        };
    });
}

/** Year-on-year growth of every indicator of a category that has one, as bars (e.g. the industry chains). */
export function growthChart(items, category, catalogue, w) {
    const rows = items.filter(item => catalogue.get(item.indicator)?.category === category
        && item.measure === 'yoy_growth' && item.frequency === 'year' && !isLevelGrowth(item, items))
        .sort((a, b) => Number(b.value) - Number(a.value));
    if (rows.length < 2) {
        return [];
    }
    const periods = new Set(rows.map(item => item.period));
    const period = periods.size === 1 ? periodText(rows[0].period, w) : '';
    const name = item => (period ? item.indicatorName : `${item.indicatorName} (${periodText(item.period, w)})`);
    return [{
        id: `growth-${category}`,
        title: w.growthChart(catalogue.get(rows[0].indicator).categoryName, period),
        unit: '%',
        height: barsHeight(rows.map(name), false, w),
        option: horizontalBars(rows.map(name),
            [{ type: 'bar', name: rows[0].measureName, barMaxWidth: 22, label: barLabel(),
                data: rows.map(item => datum(item, w)) }], false),
        notes: [],
    }];
}

/** Growth rates that belong beside a level on a card rather than in a chart of their own. */
function isLevelGrowth(growth, items) {
    return items.some(item => item.indicator === growth.indicator && item.scope === growth.scope
        && !isPercent(item));
}

/** A donut per share figure of a category: the part's share of its parent indicator. */
export function shareCharts(items, category, catalogue, w) {
    return items.filter(item => catalogue.get(item.indicator)?.category === category && item.measure === 'share'
        && catalogue.get(catalogue.get(item.indicator)?.parent)).map(item => {
        const whole = catalogue.get(catalogue.get(item.indicator).parent);
        const share = Number(item.value);
        const qualifier = qualifierText(item);
        return {
            id: `share-${item.indicator}`,
            title: w.shareChart(item.indicatorName, whole.name),
            height: 260,
            option: base({
                tooltip: { renderMode: 'richText', confine: true, trigger: 'item', formatter: params =>
                    `${params.name}${params.data.text ? `: ${params.data.text}` : ''}` },
                series: [{ type: 'pie', radius: ['52%', '78%'], avoidLabelOverlap: false,
                    label: { show: false }, emphasis: { scale: false },
                    data: [
                        { name: item.indicatorName, value: share, text: figureText(item, w),
                            label: { show: true, position: 'center', fontSize: 22, lineHeight: 26,
                                formatter: `${qualifier ? `${qualifier}\n` : ''}${valueText(item)}%`,
                                fontWeight: 'bold', color: INK } },
                        { name: w.rest, value: Math.max(0, 100 - share), itemStyle: { color: REST_COLOUR } },
                    ] }],
            }),
            notes: [`${w.quote}${w.colon}“${item.quote}”`],
        };
    });
}

/**
 * A donut per indicator of a category whose parts were published for the same period and measure (retail sales =
 * goods + catering), with the sum written out below it.
 */
export function compositionCharts(items, category, catalogue, w, equation) {
    // fiscal figures have their own charts (budgetCharts, priorityCharts)
    const levels = items.filter(item => !isPercent(item) && !item.scope
        && catalogue.get(item.indicator)?.category === category);
    return levels.flatMap(total => {
        const parts = levels.filter(part => catalogue.get(part.indicator)?.parent === total.indicator
            && part.period === total.period && part.measure === total.measure && part.unit === total.unit)
            .sort((a, b) => Number(b.value) - Number(a.value));
        if (parts.length < 2) {
            return [];
        }
        const growthOf = part => items.find(item => item.indicator === part.indicator && item.measure === 'yoy_growth'
            && item.period === part.period);
        return [{
            id: `composition-${total.indicator}`,
            title: w.compositionChart(total.indicatorName),
            unit: total.unitSymbol,
            height: 300,
            option: { baseOption: base({
                tooltip: { renderMode: 'richText', confine: true, trigger: 'item',
                    formatter: params => `${params.name}: ${params.data.text}` },
                title: { text: valueText(total), subtext: total.unitSymbol, left: 'center', top: 'center', itemGap: 2, textStyle: { fontSize: 18, color: INK, fontFamily: FONT },
                    subtextStyle: { fontSize: 14, color: INK, fontFamily: FONT } },
                series: [{ type: 'pie', radius: ['50%', '70%'], minAngle: 8,
                    label: { color: INK, formatter: params => `${params.name}\n${params.data.text}`,
                        overflow: 'break', width: 110 },
                    data: parts.map(part => {
                        const growth = growthOf(part);
                        return { name: part.indicatorName, value: Number(part.value),
                            text: w.join(qualifierText(part), valueText(part))
                                + (growth ? ` (${valueText(growth)}%)` : '') };
                    }) }],
            }), media: [{ query: { maxWidth: 420 }, option: {
                // on a phone the labels keep to the chart's edges instead of running off them
                series: [{ label: { alignTo: 'edge', edgeDistance: 4, width: 90 }, labelLine: { length2: 6 } }],
            } }] },
            notes: [equation(total, parts)],
        }];
    });
}

/** One figure across areas from /api/v1/indicators/{code}/areas, largest first; the page's own area stands out. */
export function comparisonOption(comparison, area, w) {
    return horizontalBars(comparison.items.map(row => row.areaName),
        [{ type: 'bar', name: comparison.measureName, barMaxWidth: 22, label: barLabel(),
            data: comparison.items.map(row => {
                const bar = datum({ ...row, measure: comparison.measure }, w);
                return row.area === area ? { ...bar, itemStyle: { ...bar.itemStyle, color: PALETTE[1] } } : bar;
            }) }], false);
}

/** A series from /api/v1/indicators/{code}/series as bars over its periods. */
export function seriesOption(series, qualifierNames, w) {
    return horizontalBars(series.points.map(point => periodText(point.period, w)),
        [{ type: 'bar', name: series.indicatorName, barMaxWidth: 22, label: barLabel(),
            data: series.points.map(point => datum({ ...point, unitSymbol: series.unitSymbol,
                measure: series.measure, qualifierName: qualifierNames.get(point.qualifier) }, w)) }], false);
}
