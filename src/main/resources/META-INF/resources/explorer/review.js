/**
 * The stewards' review page: posts a document to /api/v1/intakes, shows its text with each candidate's quote
 * highlighted at its offsets, and the candidates beside it to accept, reject or edit, then publishes. The document is
 * only ever added as text nodes (never parsed as markup); the token lives in this module's memory and the password
 * field, never in storage.
 */
import { h } from './dom.js';
import { LANGS, reviewWords } from './i18n.js';

const FIELDS = ['indicator', 'value', 'unit', 'period', 'measure', 'scope', 'qualifier'];
const state = { lang: initialLang(), intake: null };

function initialLang() {
    const asked = new URLSearchParams(window.location.search).get('lang');
    return LANGS.includes(asked) ? asked : 'zh';
}

const $ = id => document.getElementById(id);
const w = () => reviewWords(state.lang);

/** Calls the intake API with the steward's token; a problem+json answer becomes an Error with its detail and list. */
async function call(method, path, { body, type, ifMatch } = {}) {
    const headers = { Accept: 'application/json', Authorization: `Bearer ${$('token').value.trim()}` };
    if (type) {
        headers['Content-Type'] = type;
    }
    if (ifMatch) {
        headers['If-Match'] = ifMatch;
    }
    const response = await fetch(path, { method, headers, body, cache: 'no-store' });
    const answer = await response.json().catch(() => ({}));
    if (!response.ok) {
        const error = new Error(answer.detail || `${response.status} ${response.statusText}`);
        error.status = response.status;
        error.violations = answer.violations || [];
        throw error;
    }
    return answer;
}

function say(text) {
    $('status').textContent = text;
}

function problems(error) {
    const list = $('problems');
    list.replaceChildren(...(error?.violations ?? []).map(v => h('li', {}, `${v.field}: ${v.message}`)));
    list.hidden = list.children.length === 0;
}

function fail(error) {
    say(w().failed(error.message));
    problems(error);
}

/** The document as text nodes, cut at every quote's start and end; each piece names the candidates covering it. */
function renderDocument(intake) {
    const text = intake.document;
    const cuts = new Set([0, text.length]);
    for (const c of intake.candidates) {
        cuts.add(c.start);
        cuts.add(c.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const pieces = [];
    for (let i = 0; i + 1 < points.length; i++) {
        const [from, to] = [points[i], points[i + 1]];
        const covering = intake.candidates.filter(c => c.start <= from && to <= c.end).map(c => c.ordinal);
        const piece = text.substring(from, to);
        pieces.push(covering.length === 0 ? document.createTextNode(piece)
            : h('span', { class: 'hl', 'data-c': ` ${covering.join(' ')} ` }, piece));
    }
    $('doc').replaceChildren(...pieces);
}

function focusCandidate(ordinal) {
    for (const piece of $('doc').querySelectorAll('.hl')) {
        piece.classList.toggle('active', piece.dataset.c.includes(` ${ordinal} `));
    }
    $('doc').querySelector('.hl.active')?.scrollIntoView({ block: 'nearest' });
}

function candidateCard(c) {
    const words = w();
    const inputs = Object.fromEntries(FIELDS.map(f => [f, h('input', { name: f, value: c[f] ?? '' })]));
    const card = h('article', { class: `candidate ${c.status}`, 'data-ordinal': c.ordinal },
        h('p', {}, h('button', { type: 'button', class: 'locate' }, `#${c.ordinal}`), ' ',
            h('q', {}, c.quote), ' ', h('strong', { class: 'review-status' }, words.status[c.status])),
        h('div', { class: 'fields' }, FIELDS.map(f => h('label', {}, words.fields[f], inputs[f]))),
        h('p', { class: 'reason' }, `${words.confidence} ${c.confidence} · ${c.indicator ? c.reason : words.unplaced}`),
        h('p', {}, h('button', { type: 'button', class: 'accept' }, words.accept), ' ',
            h('button', { type: 'button', class: 'reject' }, words.reject), ' ',
            h('button', { type: 'button', class: 'save' }, words.save)));
    card.querySelector('.locate').addEventListener('click', () => focusCandidate(c.ordinal));
    card.querySelector('.accept').addEventListener('click', () => patch(c, { status: 'accepted', ...edits(c, inputs) }));
    card.querySelector('.reject').addEventListener('click', () => patch(c, { status: 'rejected' }));
    card.querySelector('.save').addEventListener('click', () => patch(c, edits(c, inputs)));
    return card;
}

/** The fields the steward changed in a card, as a merge patch (an emptied field is null). */
function edits(c, inputs) {
    const changed = {};
    for (const f of FIELDS) {
        const value = inputs[f].value.trim();
        if (value !== (c[f] ?? '')) {
            changed[f] = value === '' ? null : value;
        }
    }
    return changed;
}

function render(intake) {
    state.intake = intake;
    $('review').hidden = false;
    $('review').dataset.intake = intake.id;
    renderDocument(intake);
    $('candidates').replaceChildren(...intake.candidates.map(candidateCard));
}

async function reload() {
    render(await call('GET', `/api/v1/intakes/${state.intake.id}`));
}

async function patch(c, changes) {
    if (Object.keys(changes).length === 0) {
        return;
    }
    try {
        await call('PATCH', `/api/v1/intakes/${state.intake.id}/candidates/${c.ordinal}`,
            { body: JSON.stringify(changes), type: 'application/merge-patch+json', ifMatch: c.etag });
        await reload();
        problems(null);
        say(w().saved);
    } catch (error) {
        if (error.status === 412) {
            await reload();
            say(w().stale);
        } else {
            fail(error);
        }
    }
}

async function draft(event) {
    event.preventDefault();
    say(w().drafting);
    problems(null);
    const params = new URLSearchParams();
    for (const [name, id] of [['title', 'title'], ['publisher', 'publisher'], ['published', 'published'], ['url', 'url'],
        ['source', 'source'], ['area', 'area'], ['referenceDate', 'reference-date']]) {
        if ($(id).value.trim() !== '') {
            params.set(name, $(id).value.trim());
        }
    }
    try {
        const intake = await call('POST', `/api/v1/intakes?${params}`,
            { body: $('document-input').value, type: `${$('content-type').value}; charset=utf-8` });
        render(intake);
        say(w().drafted(intake.candidates.length, intake.candidates.filter(c => c.indicator).length));
    } catch (error) {
        fail(error);
    }
}

async function acceptConfident() {
    try {
        const answer = await call('POST', `/api/v1/intakes/${state.intake.id}/accept`,
            { body: JSON.stringify({ minConfidence: Number($('min-confidence').value) }), type: 'application/json' });
        await reload();
        problems(null);
        say(w().acceptedMany(answer.accepted.length));
    } catch (error) {
        fail(error);
    }
}

async function publish() {
    try {
        const report = await call('POST', `/api/v1/intakes/${state.intake.id}/publish`);
        await reload();
        problems(null);
        say(w().published(report));
    } catch (error) {
        fail(error);
    }
}

function loadFile() {
    const file = $('file').files[0];
    if (!file) {
        return;
    }
    $('content-type').value = /\.html?$/i.test(file.name) ? 'text/html' : 'text/plain';
    file.text().then(text => {
        $('document-input').value = text;
    });
}

function label() {
    const words = w();
    document.documentElement.lang = words.htmlLang;
    document.title = words.title;
    $('page-title').textContent = words.title;
    $('tagline').textContent = words.tagline;
    $('link-explorer').textContent = words.explorer;
    $('link-explorer').href = `/?lang=${state.lang}`;
    for (const element of document.querySelectorAll('[data-word]')) {
        element.textContent = words[element.dataset.word];
    }
    for (const button of document.querySelectorAll('#lang-switch button')) {
        button.setAttribute('aria-pressed', String(button.dataset.lang === state.lang));
    }
    if (state.intake) {
        render(state.intake);
    }
}

$('intake-form').addEventListener('submit', draft);
$('accept-confident').addEventListener('click', acceptConfident);
$('publish').addEventListener('click', publish);
$('file').addEventListener('change', loadFile);
for (const button of document.querySelectorAll('#lang-switch button')) {
    button.addEventListener('click', () => {
        state.lang = button.dataset.lang;
        const url = new URL(window.location.href);
        url.searchParams.set('lang', state.lang);
        window.history.replaceState(null, '', url);
        label();
    });
}
label();
document.body.dataset.ready = state.lang;
