/** The public API, called like any other frontend would: GET, JSON, lang=zh|en. */

const MAX_PAGE_SIZE = 500;

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

/** Every item of a paged list, page by page. */
export async function getAll(path, params = {}) {
    const items = [];
    for (let page = 1; ; page++) {
        const answer = await getJson(path, { ...params, page, size: MAX_PAGE_SIZE });
        items.push(...answer.items);
        if (page >= answer.page.totalPages) {
            return items;
        }
    }
}

export const api = {
    catalogue: lang => getAll('/api/v1/indicators', { lang }),
    areas: (level, lang) => getAll('/api/v1/areas', { level, lang }),
    latest: (area, lang) => getJson(`/api/v1/areas/${encodeURIComponent(area)}/latest`, { lang }),
    sources: () => getAll('/api/v1/sources'),
    series: (code, params) => getJson(`/api/v1/indicators/${encodeURIComponent(code)}/series`, params),
};
