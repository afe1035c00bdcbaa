// JSON-stat answers as a statistics consumer reads them: each dataset valid against the JSON-stat 2.0 schema (Ajv),
// with geo, time and metric roles, units (with decimals) on the metric categories instead of a unit dimension, labels in
// the requested language, and every published figure read back by jsonstat-toolkit with its value and status.
// Usage: node check-jsonstat.mjs BASE_URL. Prints the problems, then "jsonstat: N datasets, M values, K errors".
import { readFileSync } from "node:fs";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import JSONstat from "jsonstat-toolkit";

const base = process.argv[2];
const schema = JSON.parse(readFileSync(new URL("../jsonstat-2.0.schema.json", import.meta.url)));
const validate = addFormats(new Ajv({ allErrors: true, strict: false, unicodeRegExp: false })).compile(schema);
const cjk = /[\u4e00-\u9fff]/;
let errors = 0;
let values = 0;
const seen = new Map();
const report = (message) => {
    errors++;
    seen.set(message, (seen.get(message) ?? 0) + 1);
};
const getJson = async (path) => (await fetch(base + path)).json();

// the coordinate of an observation (JSON form) on a dimension of the dataset
const coordinate = (o, dimension) => ({
    indicator: o.indicator, measure: o.measure, metric: `${o.indicator}:${o.measure}`, scope: o.scope ?? "none",
    subject: o.area ?? o.project, geo: o.area ?? o.project, area: o.area ?? o.project, period: o.period, unit: o.unit,
    frequency: o.frequency,
})[dimension];

async function check(path, lang, query) {
    const answer = await getJson(`${path}?${query}&lang=${lang}&format=jsonstat`);
    if (!validate(answer)) validate.errors.forEach((e) => report(`${lang} ${path}: schema: ${e.instancePath} ${e.message}`));
    const dataset = JSONstat(answer).Dataset(0);
    if (dataset === null) return report(`${lang} ${path}: jsonstat-toolkit reads no dataset`);
    for (const role of ["geo", "time", "metric"]) {
        if (!(answer.role?.[role]?.length > 0)) report(`${lang} ${path}: no ${role} role`);
    }
    if (answer.id.includes("unit")) report(`${lang} ${path}: a unit dimension`);
    for (const metric of answer.role?.metric ?? []) {
        const category = answer.dimension[metric].category;
        for (const id of Object.keys(category.index)) {
            if (!Number.isInteger(category.unit?.[id]?.decimals)) report(`${lang} ${path}: metric ${id} without unit decimals`);
        }
    }
    const labels = [answer.label, ...answer.id.map((d) => answer.dimension[d].label)];
    if (lang === "en" && labels.some((l) => cjk.test(l ?? ""))) report(`${lang} ${path}: Chinese labels in an English answer`);
    if (sourceCodes.some((c) => (answer.source ?? "").includes(c))) report(`${lang} ${path}: source holds codes, not names`);
    const figures = (await getJson(`/api/v1/observations?${query}&lang=${lang}&size=1000`)).items;
    const cells = answer.size.reduce((a, b) => a * b, 1);
    if (cells > 20 * figures.length) report(`${lang} ${path}: ${cells} cells for ${figures.length} values`);
    for (const o of figures.filter((f) => path.endsWith("observations") || f.indicator === "gdp")) {
        values++;
        const cell = dataset.Data(Object.fromEntries(answer.id.map((d) => [d, coordinate(o, d)])));
        if (cell === null || cell.value !== Number(o.valueText)) report(`${lang} ${path}: ${o.indicator} ${o.period} read back as ${cell?.value}`);
        const status = o.qualifier === "exact" ? null : o.qualifier;
        if ((cell?.status ?? null) !== status) report(`${lang} ${path}: status ${cell?.status} for qualifier ${o.qualifier}`);
    }
}

const sourceCodes = (await getJson("/api/v1/sources")).items.map((s) => s.code);
for (const lang of ["zh", "en"]) {
    await check("/api/v1/observations", lang, "area=440700");
    await check("/api/v1/indicators/gdp/series", lang, "area=440700&indicator=gdp&measure=actual");
}
seen.forEach((count, message) => console.log(`  ${count} x ${message}`));
console.log(`jsonstat: 4 datasets, ${values} values read back, ${errors} errors`);
process.exit(errors === 0 ? 0 : 1);
