/** The public API, called like any other frontend would: GET, JSON, lang=zh|en. */

const MAX_PAGE_SIZE = 1000;

/** GETs a JSON document; a problem+json answer becomes an Error carrying its detail. */
export async function getJson(path, params = {}) {
    const url = new URL(path, window.location.origin);
    for (const [name, value] of Object.entries(params)) {
        if (value !== null && value !== undefined && value !== '') {
            url.searchParams.set(name, value);
        }
    }
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    if (!response.ok) {
        let detail = `${response.status} ${response.statusText}`;
        try {
            const problem = await response.json();
            detail = problem.detail || problem.title || detail;
        } catch (ignored) {
            // not a problem document: keep the status line
        }
        throw new Error(detail);
    }
    return response.json();
}

/** Every item of a paged list, following each page's `next` link until the last page. */
export async function getAll(path, params = {}) {
    let answer = await getJson(path, { ...params, size: MAX_PAGE_SIZE });
    const items = [...answer.items];
    while (answer.page.next) {
        answer = await getJson(answer.page.next);
        items.push(...answer.items);
    }
    return items;
}

export const api = {
    catalogue: lang => getAll('/api/v1/indicators', { lang }),
    categories: lang => getAll('/api/v1/categories', { lang }),
    areas: (level, lang) => getAll('/api/v1/areas', { level, lang }),
    areasWithFigures: lang => getAll('/api/v1/areas', { hasObservations: 'true', lang }),
    figures: params => getAll('/api/v1/observations', params),
    compare: (code, params) => getJson(`/api/v1/indicators/${encodeURIComponent(code)}/areas`, params),
    latest: (area, lang) => getJson(`/api/v1/areas/${encodeURIComponent(area)}/latest`, { lang }),
    sources: () => getAll('/api/v1/sources'),
    series: (code, params) => getJson(`/api/v1/indicators/${encodeURIComponent(code)}/series`, params),
};
