// GET /latest-snapshot/:area — the newest current figure of each series of an area (what a Directus user writes when
// the REST filters cannot say "newest per series": Directus 11.3 exposes tables only, not views, as collections).
export default {
    id: 'latest-snapshot',
    handler: (router, { database }) => {
        router.get('/:area', async (req, res, next) => {
            try {
                const rows = await database.raw(
                    `select distinct on (series_key) * from observation
                     where area_code = ? and superseded_at is null and not withdrawn
                     order by series_key, period_start desc, period_end desc, id desc`, [req.params.area]);
                res.json({ data: rows.rows });
            } catch (e) { next(e); }
        });
    },
};
