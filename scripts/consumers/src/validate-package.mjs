// The data package download as an open-data consumer checks it with Frictionless (datapackage + tableschema, JS):
// the descriptor against the tabular-data-package profile, then every row of every resource cast by its Table Schema,
// with its primary key unique and its foreign keys resolved. Also what a consumer needs to join the tables: a primary
// key on every resource, foreign keys for every code column (parents included) and booleans typed boolean.
// Usage: node validate-package.mjs DIRECTORY (the unzipped download). Prints the errors, then "frictionless: N errors".
import { Package } from "datapackage";

const dataPackage = await Package.load(`${process.argv[2]}/datapackage.json`, process.argv[2]);
let errors = 0;
const seen = new Map();
const report = (message) => {
    errors++;
    seen.set(message, (seen.get(message) ?? 0) + 1);
};
if (!dataPackage.valid) dataPackage.errors.forEach((e) => report(`descriptor: ${e.message}`));
let rows = 0;
for (const resource of dataPackage.resources) {
    const schema = resource.descriptor.schema;
    if (!schema.primaryKey) report(`${resource.name}: no primary key`);
    const keyed = new Set((schema.foreignKeys ?? []).flatMap((k) => [k.fields].flat()));
    for (const field of schema.fields) {
        const codeColumn = ["indicator", "area", "project", "source", "unit", "parent"].includes(field.name);
        if (codeColumn && !keyed.has(field.name) && !(resource.name === "units" && field.name === "unit")) {
            report(`${resource.name}.${field.name}: a code column without a foreign key`);
        }
        if (["scoped", "withdrawn"].includes(field.name) && field.type !== "boolean") {
            report(`${resource.name}.${field.name}: typed ${field.type}, not boolean`);
        }
    }
    let table;
    try {
        table = await resource.read({ relations: true, forceCast: true });
    } catch (error) {
        report(`${resource.name}: ${error.message}`);
        continue;
    }
    for (const row of table) {
        rows++;
        if (row instanceof Error) report(`${resource.name}: ${row.message}${(row.errors ?? []).map((e) => ` / ${e.message}`).join("")}`);
    }
}
seen.forEach((count, message) => console.log(`  ${count} x ${message}`));
console.log(`frictionless: ${dataPackage.resources.length} resources, ${rows} rows, ${errors} errors`);
process.exit(errors === 0 ? 0 : 1);
